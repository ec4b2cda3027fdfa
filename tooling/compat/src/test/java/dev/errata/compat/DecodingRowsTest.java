package dev.errata.compat;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Five changes that once passed the check while a {@code catch} silently stopped firing. Each
 * compiles both versions with the processor, shows the response that moves with their generated
 * decoders, and checks that the report calls the change breaking with responses that really move.
 */
class DecodingRowsTest {

  private static final String ENUM = "com.acme.addresses.AddressError";

  private static String catalog(String pointers, String standsFor, String extra400, String extra403) {
    return """
        package com.acme.addresses;

        import dev.errata.ErrorCatalog;
        import dev.errata.ErrorCode;
        import dev.errata.http.HttpError;

        @ErrorCatalog(name = "Addresses API", parent = HttpError.class, codePointer = {%s})
        public enum AddressError {
          @ErrorCode(status = 400, code = "invalid_request", %sdescription = "The request is malformed.")
          INVALID_REQUEST,
          %s
          @ErrorCode(status = 422, code = "address_unresolvable", description = "No address matches.")
          ADDRESS_UNRESOLVABLE,
          @ErrorCode(code = "postcode_unknown", refines = "ADDRESS_UNRESOLVABLE", description = "No such postcode.")
          POSTCODE_UNKNOWN,
          @ErrorCode(status = 409, code = "address_locked", description = "The address is being verified.")
          ADDRESS_LOCKED%s
        }
        """.formatted(pointers, standsFor, extra400, extra403);
  }

  private static final String POINTERS = "\"/error/reason\", \"/error/code\"";
  private static final String STANDS = "standsForStatus = true, ";
  private static final CompiledCatalog V1 = compile(catalog(POINTERS, STANDS, "", ""));

  private static CompiledCatalog compile(String source) {
    return CompiledCatalog.compile(ENUM, source).orElseThrow();
  }

  private static CompatibilityReport check(CompiledCatalog v2) {
    CompatibilityReport report = CompatibilityCheck.compare(V1.snapshot("1.0"), v2.snapshot("2.0"));
    Decoded.assertExamplesMove(V1, v2, report);
    return report;
  }

  private static Change change(CompatibilityReport report, String id) {
    return report.changes().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void reorderedCodePointers() {
    CompiledCatalog v2 = compile(catalog("\"/error/code\", \"/error/reason\"", STANDS, "", ""));
    String body = "{\"error\":{\"code\":\"address_unresolvable\",\"reason\":\"postcode_unknown\"}}";

    assertThat(V1.decode(422, body).getClass().getSimpleName()).isEqualTo("PostcodeUnknownException");
    assertThat(v2.decode(422, body).getClass().getSimpleName()).isEqualTo("AddressUnresolvableException");
    assertThat(Decoded.lostCatches(V1, v2, 422, body)).containsExactly("com.acme.addresses.PostcodeUnknownException");
    assertThat(change(check(v2), ENUM + ": code-pointers-reordered").severity()).isEqualTo(Severity.BREAKING);
  }

  @Test
  void codeAddedNextToTheCodeThatStandsForItsStatus() {
    CompiledCatalog v2 = compile(catalog(POINTERS, STANDS, """
        @ErrorCode(status = 400, code = "field_missing", description = "A field is missing.")
        FIELD_MISSING,""", ""));
    String body = "{\"error\":{\"code\":\"field_missing\"}}";

    assertThat(Decoded.lostCatches(V1, v2, 400, body)).containsExactly("com.acme.addresses.InvalidRequestException");
    Change added = change(check(v2), ENUM + ".FIELD_MISSING: added");
    assertThat(added.severity()).isEqualTo(Severity.BREAKING);
    assertThat(added.responses().get(0).toString()).isEqualTo("400 {\"error\":{\"reason\":\"field_missing\"}}"
        + ": InvalidRequestException → FieldMissingException (catch (InvalidRequestException e) stops firing)");
  }

  @Test
  void standsForStatusRemoved() {
    CompiledCatalog v2 = compile(catalog(POINTERS, "", "", ""));

    assertThat(Decoded.lostCatches(V1, v2, 400, "")).containsExactly("com.acme.addresses.InvalidRequestException");
    Change dropped = change(check(v2), ENUM + ".INVALID_REQUEST: stands-for-status-changed");
    assertThat(dropped.severity()).isEqualTo(Severity.BREAKING);
    assertThat(dropped.responses().get(0).toString()).isEqualTo("400 without a known code: InvalidRequestException"
        + " → BadRequestException (catch (InvalidRequestException e) stops firing)");
  }

  @Test
  void codeAddedUnderAnotherStatusThanTheCodeItRefines() {
    CompiledCatalog v2 = compile(catalog(POINTERS, STANDS, "", """
        ,
          @ErrorCode(status = 403, code = "address_frozen", refines = "ADDRESS_LOCKED", description = "Frozen.")
          ADDRESS_FROZEN"""));
    String body = "{\"error\":{\"code\":\"address_frozen\"}}";

    assertThat(Decoded.lostCatches(V1, v2, 403, body)).containsExactly("dev.errata.http.ForbiddenException");
    assertThat(change(check(v2), ENUM + ".ADDRESS_FROZEN: added-under-other-status").severity())
        .isEqualTo(Severity.BREAKING);
  }

  @Test
  void typeAppendedAsTheLastCodePointer() {
    CompiledCatalog v2 = compile(catalog(POINTERS + ", \"/type\"", STANDS, "", ""));
    // A problem whose type is its documentation link keeps its code: the link hides nothing.
    String problem = "{\"type\":\"https://docs.example.com/errors#postcode_unknown\",\"code\":\"postcode_unknown\"}";
    assertThat(Decoded.lostCatches(V1, v2, 422, problem)).isEmpty();
    // A typed error whose type names the code it refines now decodes to that code.
    String typed = "{\"code\":\"postcode_unknown\",\"type\":\"address_unresolvable\"}";

    assertThat(Decoded.lostCatches(V1, v2, 422, typed)).containsExactly("com.acme.addresses.PostcodeUnknownException");
    Change added = change(check(v2), ENUM + ": code-pointer-added");
    assertThat(added.severity()).isEqualTo(Severity.BREAKING);
  }

  @Test
  void theSameVersionMovesNothing() {
    assertThat(CompatibilityCheck.compare(List.of(V1.snapshot("a")), List.of(V1.snapshot("b"))).changes()).isEmpty();
  }
}
