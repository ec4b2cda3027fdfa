package dev.errata.examples;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.errata.Catalog;
import dev.errata.CatalogException;
import dev.errata.ErrorDefinition;
import dev.errata.ErrorDetails;
import java.util.List;

/** Assertions shared by the catalog tests: a seed row against the generated catalog. */
public final class CatalogChecks {

  /** A wire code no catalog of the examples defines. */
  public static final String UNKNOWN_CODE = "SomethingNobodyDeclared";

  private CatalogChecks() {}

  /** Details of a response with this status and wire code. */
  public static ErrorDetails response(int status, String code) {
    return ErrorDetails.builder().status(status).code(code).message("server says no").build();
  }

  /**
   * The row's wire code and status create the row's exception, whose class extends the refined
   * code's exception, with the row's status, title and retry advice; {@code definition(code)}
   * returns the same definition.
   */
  public static void assertCreates(Catalog catalog, SeedRow row) {
    ErrorDetails details = response(row.status(), row.code());
    CatalogException e = catalog.create(row.code(), row.status(), details);

    assertThat(e.getClass()).isEqualTo(row.exception());
    assertThat(e.getClass().getSuperclass()).isEqualTo(row.superclass());
    assertThat(e.code()).isEqualTo(row.code());
    assertThat(e.status()).isEqualTo(row.status());
    assertThat(e.isRetryable()).isEqualTo(row.retryable());
    assertThat(e.details()).isSameInstanceAs(details);
    assertThat(e.getMessage()).contains("server says no");

    ErrorDefinition definition = catalog.definition(row.code()).orElseThrow();
    assertThat(e.definition()).isSameInstanceAs(definition);
    assertThat(definition.kind()).isEqualTo(ErrorDefinition.Kind.CODE);
    assertThat(definition.catalog()).isEqualTo(catalog.name());
    assertThat(definition.status()).isEqualTo(row.status());
    assertThat(definition.title()).isEqualTo(row.title());
    assertThat(definition.retryable()).isEqualTo(row.retryable());
    assertWithMessage("description of %s", row.code()).that(definition.description()).isNotEmpty();
    assertWithMessage("remedy of %s", row.code()).that(definition.remedy()).isNotEmpty();
    assertThat(definition.parent()).isPresent();
  }

  /** A response with an unknown wire code and this status creates exactly {@code expected}. */
  public static void assertStatusResolves(Catalog catalog, int status, Class<? extends CatalogException> expected) {
    CatalogException byUnknownCode = catalog.create(UNKNOWN_CODE, status, response(status, UNKNOWN_CODE));
    CatalogException byStatusOnly = catalog.create(null, status, response(status, null));
    assertWithMessage("status %s with an unknown code", status).that(byUnknownCode.getClass()).isEqualTo(expected);
    assertWithMessage("status %s without a code", status).that(byStatusOnly.getClass()).isEqualTo(expected);
    assertThat(byStatusOnly.status()).isEqualTo(status);
  }

  /** The catalog's own codes are exactly the rows' codes, in the order of the rows. */
  public static void assertDefinesExactly(Catalog catalog, List<SeedRow> rows) {
    List<String> codes = catalog.definitions().stream().map(ErrorDefinition::code).toList();
    assertThat(codes).containsExactlyElementsIn(rows.stream().map(SeedRow::code).toList()).inOrder();
  }
}
