package dev.errata;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.fixtures.shop.OutOfStockException;
import dev.errata.fixtures.shop.ShopCatalog;
import dev.errata.fixtures.shop.TeapotException;
import dev.errata.fixtures.web.ClientErrorException;
import dev.errata.fixtures.web.ConflictException;
import dev.errata.fixtures.web.GatewayErrorException;
import dev.errata.fixtures.web.ServerErrorException;
import dev.errata.fixtures.web.ServiceUnavailableException;
import org.junit.jupiter.api.Test;

/**
 * The resolution order documented on {@link Catalog}, as {@link GeneratedCatalog} implements it:
 * wire code, status, category, catch-all, each in the catalog and then in its ancestors.
 */
class GeneratedCatalogResolutionTest {

  private static final ShopCatalog SHOP = ShopCatalog.INSTANCE;

  private static Class<?> created(String code, int status) {
    CatalogException e = SHOP.create(code, status, ErrorDetails.empty());
    assertThat(e.definition()).isSameInstanceAs(SHOP.resolve(code, status));
    return e.getClass();
  }

  @Test
  void aWireCodeOfTheCatalogWinsOverTheStatus() {
    assertThat(created("OutOfStock", 409)).isEqualTo(OutOfStockException.class);
    assertThat(created("OutOfStock", 503)).isEqualTo(OutOfStockException.class);
    assertThat(created("Teapot", 400)).isEqualTo(TeapotException.class);
  }

  @Test
  void aWireCodeOfAnAncestorIsFoundThere() {
    assertThat(created("CONFLICT", 400)).isEqualTo(ConflictException.class);
    assertThat(created("SERVICE_UNAVAILABLE", 500)).isEqualTo(ServiceUnavailableException.class);
  }

  @Test
  void theCatalogsOwnCodeWinsOverTheAncestorsCodeOfTheSameWireCode() {
    assertThat(created("NOT_FOUND", 410)).isEqualTo(dev.errata.fixtures.shop.NotFoundException.class);
  }

  @Test
  void anUnknownOrMissingWireCodeLeavesItToTheStatus() {
    assertThat(created("NoSuchCode", 418)).isEqualTo(TeapotException.class);
    assertThat(created(null, 418)).isEqualTo(TeapotException.class);
    assertThat(created("", 418)).isEqualTo(TeapotException.class);
  }

  @Test
  void theCatalogsCodeForAStatusWinsOverTheAncestors() {
    assertThat(created(null, 404)).isEqualTo(dev.errata.fixtures.shop.NotFoundException.class);
  }

  @Test
  void oneParticularErrorOfAStatusNeverStandsForIt() {
    assertThat(created(null, 409)).isEqualTo(ConflictException.class);
    assertThat(created(null, 503)).isEqualTo(ServiceUnavailableException.class);
  }

  @Test
  void aStatusWithoutACodeFallsToTheNarrowestCategoryThatHoldsIt() {
    assertThat(created(null, 400)).isEqualTo(ClientErrorException.class);
    assertThat(created("NoSuchCode", 451)).isEqualTo(ClientErrorException.class);
    assertThat(created(null, 502)).isEqualTo(GatewayErrorException.class);
    assertThat(created(null, 504)).isEqualTo(GatewayErrorException.class);
    assertThat(created(null, 500)).isEqualTo(ServerErrorException.class);
    assertThat(created(null, 599)).isEqualTo(ServerErrorException.class);
  }

  @Test
  void whatNothingPlacesIsThePlainCatchAllOfTheCatalogAsked() {
    CatalogException e = SHOP.create("NoSuchCode", 302, ErrorDetails.empty());

    assertThat(e.getClass()).isEqualTo(CatalogException.class);
    assertThat(e.definition()).isSameInstanceAs(SHOP.unknownDefinition());
    assertThat(e.definition()).isEqualTo(ErrorDefinition.unknown("Shop"));
    assertThat(SHOP.resolve(null, 200)).isSameInstanceAs(SHOP.unknownDefinition());
  }

  @Test
  void theExceptionCarriesTheDetailsAndTheCatalogsDefinition() {
    ErrorDetails details = ErrorDetails.builder().status(409).code("OutOfStock").message("2 left").build();

    CatalogException e = SHOP.create("OutOfStock", 409, details);

    assertThat(e.details()).isSameInstanceAs(details);
    assertThat(e.definition()).isSameInstanceAs(SHOP.definition("OutOfStock").orElseThrow());
  }

  @Test
  void aStackTraceIsRecordedUnlessDecodingAsksToSkipIt() {
    assertThat(SHOP.create("OutOfStock", 409, ErrorDetails.empty()).getStackTrace()).isNotEmpty();
    assertThat(SHOP.create("OutOfStock", 409, ErrorDetails.empty(), false).getStackTrace()).isEmpty();
    assertThat(SHOP.create(null, 302, ErrorDetails.empty()).getStackTrace()).isNotEmpty();
    assertThat(SHOP.create(null, 302, ErrorDetails.empty(), false).getStackTrace()).isEmpty();
  }
}
