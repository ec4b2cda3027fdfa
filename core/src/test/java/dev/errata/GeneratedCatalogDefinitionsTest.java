package dev.errata;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.fixtures.shop.Shop;
import dev.errata.fixtures.shop.ShopCatalog;
import dev.errata.fixtures.web.Web;
import dev.errata.fixtures.web.WebCatalog;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a generated catalog says of itself: its definitions, its ancestors' codes, its settings. */
class GeneratedCatalogDefinitionsTest {

  private static final ShopCatalog SHOP = ShopCatalog.INSTANCE;

  @Test
  void carriesTheNameParentAndPointersItWasGeneratedWith() {
    assertThat(SHOP.name()).isEqualTo("Shop");
    assertThat(SHOP.parent()).hasValue(WebCatalog.INSTANCE);
    assertThat(SHOP.codePointers()).containsExactly("/code", "/error/code").inOrder();
    assertThat(SHOP.messagePointers()).containsExactly("/detail");
    assertThat(WebCatalog.INSTANCE.parent()).isEmpty();
    assertThat(WebCatalog.INSTANCE.codePointers()).isEmpty();
  }

  @Test
  void definitionsAreTheCatalogsOwnInDeclarationOrder() {
    assertThat(SHOP.definitions()).hasSize(3);
    assertThat(SHOP.definitions().stream().map(ErrorDefinition::name).toList())
        .containsExactly("OUT_OF_STOCK", "NOT_FOUND", "TEAPOT").inOrder();
    assertThat(SHOP.definitions().get(0)).isSameInstanceAs(SHOP.definition(Shop.OUT_OF_STOCK));
    assertThat(WebCatalog.INSTANCE.definitions().stream().map(ErrorDefinition::name).toList())
        .containsExactly("CLIENT_ERROR", "SERVER_ERROR", "GATEWAY_ERROR", "NOT_FOUND", "CONFLICT",
            "SERVICE_UNAVAILABLE").inOrder();
  }

  @Test
  void definitionsIsReadOnlyAndRefusesIndexesOutsideIt() {
    List<ErrorDefinition> definitions = SHOP.definitions();

    assertThrows(IndexOutOfBoundsException.class, () -> definitions.get(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> definitions.get(3));
    assertThrows(UnsupportedOperationException.class, () -> definitions.remove(0));
  }

  @Test
  void eachDefinitionIsOneInstanceFromThenOn() {
    ErrorDefinition first = SHOP.definition("Teapot").orElseThrow();

    assertThat(SHOP.definition("Teapot").orElseThrow()).isSameInstanceAs(first);
    assertThat(SHOP.definitions().get(2)).isSameInstanceAs(first);
    assertThat(SHOP.create("Teapot", 418, ErrorDetails.empty()).definition()).isSameInstanceAs(first);
  }

  @Test
  void definitionFindsTheCatalogsOwnCodesFirstThenTheAncestors() {
    assertThat(SHOP.definition("OutOfStock").map(ErrorDefinition::name)).hasValue("OUT_OF_STOCK");
    assertThat(SHOP.definition("NOT_FOUND").map(ErrorDefinition::catalog)).hasValue("Shop");
    assertThat(SHOP.definition("CONFLICT")).hasValue(WebCatalog.INSTANCE.definition(Web.CONFLICT));
    assertThat(SHOP.definition("CLIENT_ERROR")).hasValue(WebCatalog.INSTANCE.definition(Web.CLIENT_ERROR));
  }

  @Test
  void definitionOfAnUnknownOrNullCodeIsEmpty() {
    assertThat(SHOP.definition("NoSuchCode")).isEmpty();
    assertThat(SHOP.definition((String) null)).isEmpty();
    assertThat(WebCatalog.INSTANCE.definition("OutOfStock")).isEmpty();
  }

  @Test
  void aCodeRefinesTheAncestorsDefinitionItself() {
    assertThat(SHOP.definition(Shop.OUT_OF_STOCK).parent()).hasValue(WebCatalog.INSTANCE.definition(Web.CONFLICT));
    assertThat(SHOP.definition(Shop.OUT_OF_STOCK).parent().orElseThrow())
        .isSameInstanceAs(WebCatalog.INSTANCE.definition(Web.CONFLICT));
  }

  @Test
  void aRefinedCodeTheAncestorNoLongerDefinesIsNamedWithTheFix() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> StaleCatalog.INSTANCE.definitions().get(0));

    assertThat(e).hasMessageThat().isEqualTo("Web no longer defines GONE, which a code of Stale refines; recompile"
        + " the enum of " + StaleCatalog.class.getName() + " against it");
  }

  /** A catalog compiled against a version of {@link Web} that still had a code {@code GONE}. */
  private static final class StaleCatalog extends GeneratedCatalog {
    static final StaleCatalog INSTANCE = new StaleCatalog();

    private StaleCatalog() {
      super("Stale", WebCatalog.INSTANCE, /* size= */ 1, List.of(), List.of());
    }

    @Override
    protected int indexOfCode(String code) {
      return code.equals("Expired") ? 0 : -1;
    }

    @Override
    protected int indexOfStatus(int status) {
      return -1;
    }

    @Override
    protected int indexOfCategory(int status) {
      return -1;
    }

    @Override
    protected ErrorDefinition newDefinition(int index) {
      return new ErrorDefinition(name(), "EXPIRED", "Expired", 410, "Expired", "The offer expired.", List.of(),
          /* retryable= */ false, "", Optional.of(inherited(WebCatalog.INSTANCE, "GONE")));
    }

    @Override
    protected CatalogException newException(
        int index, ErrorDefinition definition, ErrorDetails details, boolean captureStackTrace) {
      throw new UnsupportedOperationException();
    }
  }
}
