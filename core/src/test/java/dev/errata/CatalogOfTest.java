package dev.errata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.fixtures.shop.Shop;
import dev.errata.fixtures.shop.ShopCatalog;
import dev.errata.lookup.Impostor;
import dev.errata.lookup.Unprocessed;
import org.junit.jupiter.api.Test;

class CatalogOfTest {

  @Test
  void theGeneratedCatalogOfAnEnumIsItsInstance() {
    assertSame(ShopCatalog.INSTANCE, Catalog.of(Shop.class));
  }

  @Test
  void missingCatalogSaysTheProcessorDidNotRunAndHowToAddIt() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Catalog.of(Unprocessed.class));

    assertEquals("dev.errata.lookup.UnprocessedCatalog does not exist: the Errata annotation processor"
        + " did not run when dev.errata.lookup.Unprocessed was compiled. Put dev.errata:errata-processor"
        + " on the annotation processor path (Maven: <annotationProcessorPaths> of maven-compiler-plugin"
        + " 3.5 or newer; Gradle: annotationProcessor) and check that Unprocessed is annotated"
        + " @ErrorCatalog.", e.getMessage());
    assertInstanceOf(ClassNotFoundException.class, e.getCause());
  }

  @Test
  void nestedEnumIsLookedUpUnderTheJoinedNameTheProcessorGives() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Catalog.of(Unprocessed.Nested.class));

    assertEquals("dev.errata.lookup.UnprocessedNestedCatalog", ((ClassNotFoundException) e.getCause()).getMessage());
  }

  @Test
  void classThatTakesTheCatalogsNameWithoutBeingOneIsNamed() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Catalog.of(Impostor.class));

    assertEquals("dev.errata.lookup.ImpostorCatalog is not the catalog the Errata processor generates"
        + " for dev.errata.lookup.Impostor (it has no public static INSTANCE of type dev.errata.Catalog)."
        + " Rename the class that takes the generated catalog's name.", e.getMessage());
  }

  @Test
  void notAnEnumIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Catalog.of(String.class));

    assertEquals("Catalog.of takes an @ErrorCatalog enum, not java.lang.String", e.getMessage());
  }
}
