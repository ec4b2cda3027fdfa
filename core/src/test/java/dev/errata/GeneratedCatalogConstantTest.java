package dev.errata;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.fixtures.shop.Shop;
import dev.errata.fixtures.shop.ShopCatalog;
import dev.errata.fixtures.web.WebCatalog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which constant of a catalog an error is, as the generated {@code constantOf} and {@code dispatch}
 * ask {@link GeneratedCatalog#indexOf(ErrorDefinition)}.
 */
class GeneratedCatalogConstantTest {

  private static final ShopCatalog SHOP = ShopCatalog.INSTANCE;

  @Test
  void anErrorOfTheCatalogIsItsConstant() {
    assertThat(SHOP.constantOf(SHOP.create("OutOfStock", 409, ErrorDetails.empty()))).hasValue(Shop.OUT_OF_STOCK);
    assertThat(SHOP.constantOf(SHOP.create(null, 404, ErrorDetails.empty()))).hasValue(Shop.NOT_FOUND);
    assertThat(SHOP.constantOf(SHOP.create(null, 418, ErrorDetails.empty()))).hasValue(Shop.TEAPOT);
  }

  @Test
  void anErrorOfAnAncestorOrAnUnknownOneIsNoConstant() {
    assertThat(SHOP.constantOf(SHOP.create(null, 409, ErrorDetails.empty()))).isEmpty();
    assertThat(SHOP.constantOf(SHOP.create(null, 500, ErrorDetails.empty()))).isEmpty();
    assertThat(SHOP.constantOf(SHOP.create(null, 302, ErrorDetails.empty()))).isEmpty();
  }

  @Test
  void anErrorThatWasSerializedIsStillItsConstant() throws Exception {
    CatalogException copy = roundTrip(SHOP.create("OutOfStock", 409, ErrorDetails.empty()));

    assertThat(copy.definition()).isNotSameInstanceAs(SHOP.definition(Shop.OUT_OF_STOCK));
    assertThat(SHOP.constantOf(copy)).hasValue(Shop.OUT_OF_STOCK);
  }

  @Test
  void anErrorOfAnotherCatalogOfTheSameNameIsNoConstant() {
    // Display names are not unique: two services may both call their catalog "Shop".
    ErrorDefinition sameCode = new ErrorDefinition("Shop", "OUT_OF_STOCK", "OutOfStock", 409, "Out Of Stock",
        "Another shop's meaning.", List.of(), /* retryable= */ false, "", Optional.empty());
    ErrorDefinition otherCode = new ErrorDefinition("Shop", "SOLD_OUT", "SoldOut", 410, "Sold Out",
        "Gone for good.", List.of(), /* retryable= */ false, "", Optional.empty());

    assertThat(SHOP.constantOf(new OtherShopException(sameCode))).isEmpty();
    assertThat(SHOP.constantOf(new OtherShopException(otherCode))).isEmpty();
  }

  @Test
  void theCatchAllIsNoConstant() {
    assertThat(SHOP.constantOf(CatalogException.unknown(SHOP.unknownDefinition(), ErrorDetails.empty(), false)))
        .isEmpty();
    assertThat(SHOP.constantOf(CatalogException.unknown(WebCatalog.INSTANCE.unknownDefinition(),
        ErrorDetails.empty(), false))).isEmpty();
  }

  private static final class OtherShopException extends CatalogException {
    private static final long serialVersionUID = 1L;

    OtherShopException(ErrorDefinition definition) {
      super(definition, ErrorDetails.empty(), null, null, false);
    }
  }

  private static CatalogException roundTrip(CatalogException e) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (CatalogException) in.readObject();
    }
  }
}
