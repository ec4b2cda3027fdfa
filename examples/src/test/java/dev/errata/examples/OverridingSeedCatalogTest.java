package dev.errata.examples;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.ErrorDefinition;
import dev.errata.http.HttpErrorCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A seed catalog whose codes each override the HTTP code of their status (same status, same wire
 * code, the API's own advice): whatever the API sent, a bare status decodes to them.
 */
public abstract class OverridingSeedCatalogTest extends SeedCatalogTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void bareStatusCreatesTheCodeOfThatStatus(SeedRow row) {
    CatalogChecks.assertStatusResolves(catalog(), row.status(), row.exception());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void overridesTheHttpCodeOfItsStatus(SeedRow row) {
    ErrorDefinition own = catalog().definition(row.code()).orElseThrow();
    ErrorDefinition http = HttpErrorCatalog.INSTANCE.definition(row.code()).orElseThrow();

    assertThat(own.catalog()).isEqualTo(catalog().name());
    assertThat(own.parent()).hasValue(http);
    assertThat(own.status()).isEqualTo(http.status());
    assertThat(own.description()).isNotEqualTo(http.description());
  }
}
