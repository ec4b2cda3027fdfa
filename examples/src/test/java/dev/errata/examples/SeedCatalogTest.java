package dev.errata.examples;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.Catalog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks every seed catalog gets, one row of its seed at a time: the row's wire code and
 * status create the row's exception with the row's advice, and the generated reference page lists
 * it; the catalog holds exactly the seed's rows, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SeedCatalogTest {

  /** The generated catalog under test. */
  protected abstract Catalog catalog();

  /** The catalog enum, whose reference page is read from the classpath. */
  protected abstract Class<? extends Enum<?>> catalogEnum();

  /** The seed's rows, in the catalog's declaration order. */
  protected abstract List<SeedRow> rows();

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void codeCreatesItsException(SeedRow row) {
    CatalogChecks.assertCreates(catalog(), row);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void referencePageListsTheCode(SeedRow row) {
    ReferencePage.of(catalogEnum()).assertListed(row);
  }

  @Test
  void catalogHoldsExactlyTheSeedsCodesInOrder() {
    CatalogChecks.assertDefinesExactly(catalog(), rows());
    assertThat(ReferencePage.of(catalogEnum()).codes())
        .containsExactlyElementsIn(rows().stream().map(SeedRow::code).toList())
        .inOrder();
  }
}
