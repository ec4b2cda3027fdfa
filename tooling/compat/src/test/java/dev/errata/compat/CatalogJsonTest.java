package dev.errata.compat;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Reading catalog files: what every file has, what newer processors add, and broken input. */
class CatalogJsonTest {

  @Test
  void readsCatalogAndEntries() {
    CatalogSnapshot catalog = Catalogs.payments();

    assertThat(catalog.enumName()).isEqualTo("com.acme.PaymentError");
    assertThat(catalog.name()).isEqualTo("Payments API");
    assertThat(catalog.parentCatalog()).hasValue("dev.errata.http.HttpError");
    assertThat(catalog.catalogClass()).isEqualTo("com.acme.PaymentErrorCatalog");
    assertThat(catalog.handlerInterface()).isEqualTo("com.acme.PaymentErrorHandler");
    assertThat(catalog.codePointers()).containsExactly("/error/code");
    assertThat(catalog.messagePointers()).containsExactly("/error/message");
    assertThat(catalog.source()).isEqualTo("v1");
    EntrySnapshot declined = catalog.entry("CARD_DECLINED").orElseThrow();
    assertThat(declined.code()).isEqualTo("card_declined");
    assertThat(declined.status()).isEqualTo(402);
    assertThat(declined.statusTo()).isEqualTo(402);
    assertThat(declined.category()).isFalse();
    assertThat(declined.remedy()).containsExactly("Do this.", "Then that.").inOrder();
    assertThat(declined.refined()).hasValue("com.acme.PaymentError.CARD_ERROR");
    assertThat(declined.exception()).isEqualTo("com.acme.CardDeclinedException");
    assertThat(declined.standsForStatus()).isFalse();
    assertThat(declined.otherProperties()).isEmpty();
  }

  @Test
  void pointerListsAndUnknownPropertiesOfNewerProcessorsAreRead() {
    CatalogSnapshot catalog = CatalogJson.parse("""
        {"enum": "com.acme.CardError", "future": {"x": 1},
         "codePointers": ["/error/decline_code", "/error/code"], "messagePointers": null,
         "entries": [{"name": "INVALID", "code": "invalid", "status": 400, "standsForStatus": true,
                      "severity": "high", "refines": null}]}
        """, "card.json");

    assertThat(catalog.codePointers()).containsExactly("/error/decline_code", "/error/code").inOrder();
    assertThat(catalog.messagePointers()).isEmpty();
    assertThat(catalog.parentCatalog()).isEmpty();
    EntrySnapshot invalid = catalog.entries().get(0);
    assertThat(invalid.standsForStatus()).isTrue();
    assertThat(invalid.refined()).isEmpty();
    assertThat(invalid.otherProperties()).containsExactly("severity", "\"high\"");
  }

  @Test
  void aNewerFormatIsRefusedWithTheErrataVersionThatReadsIt() {
    CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> CatalogJson.parse(
        "{\"formatVersion\": 4, \"formatSince\": \"0.4.0\", \"enum\": \"x.E\", \"entries\": []}", "x.E.json"));

    assertThat(e).hasMessageThat().isEqualTo("x.E.json is written in catalog format 4, which Errata 0.4.0 or newer"
        + " reads; this errata-compat reads formats 1 to 3. Run the check with the errata-maven-plugin (or"
        + " errata-compat) of Errata 0.4.0 or newer.");
  }

  @Test
  void formatThreeListsTheMembersOfEachCodeAndOlderFormatsHaveNone() {
    CatalogSnapshot catalog = CatalogJson.parse("""
        {"formatVersion": 3, "enum": "x.E", "entries": [{"name": "LIMITED", "code": "limited", "status": 429,
          "members": [{"name": "remaining", "accessor": "remaining", "pointer": "/remaining", "type": "integer",
                       "javaType": "java.util.OptionalInt", "description": "Calls left.", "inherited": false}]}]}
        """, "x.E.json");

    assertThat(catalog.entries().get(0).members()).containsExactly(new MemberSnapshot(
        "remaining", "remaining", "/remaining", "integer", "java.util.OptionalInt", "Calls left.", false));
    assertThat(catalog.entries().get(0).otherProperties()).isEmpty();
    assertThat(Catalogs.payments().entry("CARD_DECLINED").orElseThrow().members()).isEmpty();
  }

  @Test
  void membersThatAreNoListAreAnError() {
    CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> CatalogJson.parse(
        "{\"enum\": \"x.E\", \"entries\": [{\"name\": \"A\", \"status\": 400, \"members\": 3}]}", "x.E.json"));

    assertThat(e).hasMessageThat().contains("\"members\" is not an array");
  }

  @Test
  void aFileWithoutFormatVersionIsFormatOne() {
    assertThat(Catalogs.payments().formatVersion()).isEqualTo(1);
    assertThat(CatalogJson.parse("{\"formatVersion\": 2, \"enum\": \"x.E\", \"entries\": []}", "x").formatVersion())
        .isEqualTo(2);
  }

  @Test
  void brokenJsonNamesItsSource() {
    CatalogFormatException e = assertThrows(CatalogFormatException.class,
        () -> CatalogJson.parse("{\"enum\": ", "payments-1.0.jar!/META-INF/errata/com.acme.PaymentError.json"));

    assertThat(e).hasMessageThat().startsWith("payments-1.0.jar!/META-INF/errata/com.acme.PaymentError.json is not valid JSON");
  }

  @Test
  void fileWithoutEnumOrEntriesIsNotACatalog() {
    assertThat(assertThrows(CatalogFormatException.class, () -> CatalogJson.parse("[1, 2]", "a.json")))
        .hasMessageThat().contains("a.json is not an Errata catalog file: the top level is not a JSON object");
    assertThat(assertThrows(CatalogFormatException.class, () -> CatalogJson.parse("{\"entries\": []}", "b.json")))
        .hasMessageThat().contains("\"enum\" is missing or not a string");
    assertThat(assertThrows(CatalogFormatException.class, () -> CatalogJson.parse("{\"enum\": \"x.E\"}", "c.json")))
        .hasMessageThat().contains("\"entries\" is missing or not an array");
  }

  @Test
  void brokenEntryNamesItsPosition() {
    CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> CatalogJson.parse(
        "{\"enum\": \"x.E\", \"entries\": [{\"name\": \"A\", \"status\": 400}, {\"name\": \"B\", \"status\": \"400\"}]}",
        "e.json"));

    assertThat(e).hasMessageThat().contains("e.json entries[1] is not an Errata catalog file: \"status\" of B is missing or not a number");
  }

  @Test
  void pointerOfAnotherTypeIsAnError() {
    CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> CatalogJson.parse(
        "{\"enum\": \"x.E\", \"codePointers\": [\"/a\", 3], \"entries\": []}", "f.json"));

    assertThat(e).hasMessageThat().contains("\"codePointers\" holds a value that is not a string: 3");
  }
}
