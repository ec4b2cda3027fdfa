package dev.errata.compat;

import static com.google.common.truth.Truth.assertThat;
import static dev.errata.compat.Catalogs.entryOf;
import static dev.errata.compat.Catalogs.ids;
import static dev.errata.compat.Catalogs.payments;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** One test per kind of change: version 1 of the payments catalog against a version 2 with one edit. */
class CompatibilityCheckTest {

  private static final String CATALOG = "com.acme.PaymentError";

  @Test
  void sameVersionHasNoChanges() {
    assertThat(CompatibilityCheck.compare(payments(), payments()).changes()).isEmpty();
  }

  // Codes.

  @Test
  void removedCodeIsBreaking() {
    Change change = only(root -> removeEntry(root, "CARD_DECLINED"));

    assertThat(change.id()).isEqualTo(CATALOG + ".CARD_DECLINED: removed");
    assertThat(change.kind()).isEqualTo(ChangeKind.CODE_REMOVED);
    assertThat(change.severity()).isEqualTo(Severity.BREAKING);
    assertThat(change.detail()).isEqualTo("CARD_DECLINED (card_declined, 402, CardDeclinedException) is gone");
    assertThat(change.reason()).contains("no longer compiles");
  }

  @Test
  void renamedConstantIsOneBreakingChangeNotRemovedAndAdded() {
    Change change = only(root -> {
      ObjectNode entry = entryOf(root, "CARD_DECLINED");
      entry.put("name", "CARD_REFUSED");
      entry.put("exception", "com.acme.CardRefusedException");
    });

    assertThat(change.id()).isEqualTo(CATALOG + ".CARD_DECLINED: renamed");
    assertThat(change.severity()).isEqualTo(Severity.BREAKING);
    assertThat(change.detail()).isEqualTo("CARD_DECLINED → CARD_REFUSED, exception CardDeclinedException → CardRefusedException");
  }

  @Test
  void refiningARenamedCodeIsNotReportedAgain() {
    CompatibilityReport report = compare(root -> {
      ObjectNode parent = entryOf(root, "CARD_ERROR");
      parent.put("name", "CARD_FAILURE");
      parent.put("exception", "com.acme.CardFailureException");
      entryOf(root, "CARD_DECLINED").put("refines", CATALOG + ".CARD_FAILURE");
    });

    assertThat(ids(report)).containsExactly(CATALOG + ".CARD_ERROR: renamed");
  }

  @Test
  void renamedExceptionClassIsBreaking() {
    Change change = only(root -> entryOf(root, "API_ERROR").put("exception", "com.acme.ApiFailureException"));

    assertThat(change.id()).isEqualTo(CATALOG + ".API_ERROR: exception-renamed");
    assertThat(change.severity()).isEqualTo(Severity.BREAKING);
    assertThat(change.detail()).isEqualTo("com.acme.ApiErrorException → com.acme.ApiFailureException");
  }

  @Test
  void changedWireCodeIsBreaking() {
    Change change = only(root -> entryOf(root, "CARD_DECLINED").put("code", "declined"));

    assertThat(change.id()).isEqualTo(CATALOG + ".CARD_DECLINED: code-changed");
    assertThat(change.severity()).isEqualTo(Severity.BREAKING);
    assertThat(change.detail()).isEqualTo("wire code card_declined → declined");
  }

  @Test
  void changedStatusClassIsBehaviouralWhileTheExceptionKeepsItsParent() {
    Change change = only(root -> entryOf(root, "INVALID_REQUEST").put("status", 500));

    assertThat(change.id()).isEqualTo(CATALOG + ".INVALID_REQUEST: status-class-changed");
    assertThat(change.severity()).isEqualTo(Severity.BEHAVIOURAL);
    assertThat(change.detail()).isEqualTo("status 400 → 500");
    assertThat(change.responses()).isEmpty();
  }

  @Test
  void changedStatusClassWithTheParentOfTheNewStatusIsBreaking() {
    CompatibilityReport report = compare(root -> entryOf(root, "INVALID_REQUEST").put("status", 500)
        .put("refines", "dev.errata.http.HttpError.INTERNAL_SERVER_ERROR"));

    assertThat(ids(report)).containsExactly(
        CATALOG + ".INVALID_REQUEST: status-class-changed", CATALOG + ".INVALID_REQUEST: refines-changed").inOrder();
    Change refines = report.changes().get(1);
    assertThat(refines.severity()).isEqualTo(Severity.BREAKING);
    assertThat(refines.responses().get(0).toString()).isEqualTo(
        "400 {\"error\":{\"code\":\"invalid_request\"}}: InvalidRequestException → InvalidRequestException"
            + " (catch (BadRequestException e) stops firing)");
  }

  @Test
  void changedStatusWithinItsClassIsBehavioural() {
    Change change = only(root -> entryOf(root, "INVALID_REQUEST").put("status", 422));

    assertThat(change.id()).isEqualTo(CATALOG + ".INVALID_REQUEST: status-changed");
    assertThat(change.severity()).isEqualTo(Severity.BEHAVIOURAL);
  }

  @Test
  void changedRefinementParentIsBreaking() {
    Change change = only(root -> entryOf(root, "CARD_DECLINED").put("refines", "dev.errata.http.HttpError.PAYMENT_REQUIRED"));

    assertThat(change.id()).isEqualTo(CATALOG + ".CARD_DECLINED: refines-changed");
    assertThat(change.severity()).isEqualTo(Severity.BREAKING);
    assertThat(change.detail()).isEqualTo("refines com.acme.PaymentError.CARD_ERROR → dev.errata.http.HttpError.PAYMENT_REQUIRED");
  }

  @Test
  void refiningNothingAnyMoreIsAChangedParent() {
    Change change = only(root -> entryOf(root, "CARD_DECLINED").putNull("refines"));

    assertThat(change.kind()).isEqualTo(ChangeKind.REFINES_CHANGED);
    assertThat(change.detail()).isEqualTo("refines com.acme.PaymentError.CARD_ERROR → nothing");
  }

  @Test
  void flippedRetryableFlagIsBehavioural() {
    Change change = only(root -> entryOf(root, "API_ERROR").put("retryable", false));

    assertThat(change.id()).isEqualTo(CATALOG + ".API_ERROR: retryable-changed");
    assertThat(change.severity()).isEqualTo(Severity.BEHAVIOURAL);
    assertThat(change.detail()).isEqualTo("retryable true → false");
  }

  @Test
  void changedDocsUrlIsBehaviouralSinceNoResponseDecodesOtherwise() {
    Change change = only(root -> entryOf(root, "RATE_LIMITED").put("docsUrl", "https://docs.example.com/v2/errors#rate_limited"));

    assertThat(change.id()).isEqualTo(CATALOG + ".RATE_LIMITED: docs-url-changed");
    assertThat(change.severity()).isEqualTo(Severity.BEHAVIOURAL);
    assertThat(change.responses()).isEmpty();
    assertThat(change.reason()).contains("type");
  }

  @Test
  void removedAndAddedDocsUrlsAreBehavioural() {
    Change removed = only(root -> entryOf(root, "RATE_LIMITED").putNull("docsUrl"));
    assertThat(removed.id()).isEqualTo(CATALOG + ".RATE_LIMITED: docs-url-removed");
    assertThat(removed.severity()).isEqualTo(Severity.BEHAVIOURAL);

    CatalogSnapshot withoutUrl = payments(root -> entryOf(root, "RATE_LIMITED").putNull("docsUrl"));
    Change added = single(CompatibilityCheck.compare(withoutUrl, payments()));
    assertThat(added.id()).isEqualTo(CATALOG + ".RATE_LIMITED: docs-url-added");
    assertThat(added.severity()).isEqualTo(Severity.BEHAVIOURAL);
  }

  @Test
  void changedDescriptionIsCompatibleAndTitleAndRemedyAreBehavioural() {
    CompatibilityReport report = compare(root -> {
      ObjectNode entry = entryOf(root, "CARD_DECLINED");
      entry.put("title", "Card Refused");
      entry.put("description", "The bank refused the card.");
      ((ArrayNode) entry.get("remedy")).add("Try another card.");
    });

    assertThat(ids(report)).containsExactly(
        CATALOG + ".CARD_DECLINED: title-changed",
        CATALOG + ".CARD_DECLINED: description-changed",
        CATALOG + ".CARD_DECLINED: remedy-changed").inOrder();
    assertThat(report.changes(Severity.COMPATIBLE)).hasSize(1);
    assertThat(report.changes(Severity.BEHAVIOURAL)).hasSize(2);
    assertThat(report.changes().get(0).detail()).isEqualTo("\"A title\" → \"Card Refused\"");
  }

  @Test
  void addedCodeRefiningAnUnchangedCodeIsCompatible() {
    Change change = only(root -> addEntry(root, Catalogs.entry(
        "INSUFFICIENT_FUNDS", "insufficient_funds", 402, false, CATALOG + ".CARD_DECLINED", "InsufficientFundsException")));

    assertThat(change.id()).isEqualTo(CATALOG + ".INSUFFICIENT_FUNDS: added");
    assertThat(change.severity()).isEqualTo(Severity.COMPATIBLE);
    assertThat(change.detail()).endsWith("refines com.acme.PaymentError.CARD_DECLINED, which is unchanged");
  }

  @Test
  void addedCodeSaysWhenTheCodeItRefinesChangedToo() {
    CompatibilityReport report = compare(root -> {
      entryOf(root, "CARD_DECLINED").put("retryable", true);
      addEntry(root, Catalogs.entry(
          "INSUFFICIENT_FUNDS", "insufficient_funds", 402, false, CATALOG + ".CARD_DECLINED", "InsufficientFundsException"));
    });

    assertThat(ids(report)).containsExactly(
        CATALOG + ".CARD_DECLINED: retryable-changed", CATALOG + ".INSUFFICIENT_FUNDS: added").inOrder();
    assertThat(report.changes().get(1).detail()).endsWith("which changed too (see its own changes)");
  }

  @Test
  void addedCodeRefiningANewCodeOrAnotherCatalogsCodeIsCompatible() {
    CompatibilityReport report = compare(root -> {
      addEntry(root, Catalogs.entry("FRAUD", "fraud", 402, false, "dev.errata.http.HttpError.PAYMENT_REQUIRED", "FraudException"));
      addEntry(root, Catalogs.entry("STOLEN_CARD", "stolen_card", 402, false, CATALOG + ".FRAUD", "StolenCardException"));
    });

    assertThat(report.changes(Severity.COMPATIBLE)).hasSize(2);
    assertThat(report.changes().get(0).detail()).endsWith("from a catalog not compared here");
    assertThat(report.changes().get(1).detail()).endsWith("refines com.acme.PaymentError.FRAUD, which is new too");
  }

  @Test
  void addedCodeUnderAnotherStatusThanTheCodeItRefinesIsBreaking() {
    Change change = only(root -> addEntry(root, Catalogs.entry(
        "CARD_EXPIRED", "expired_card", 400, false, CATALOG + ".CARD_DECLINED", "CardExpiredException")));

    assertThat(change.id()).isEqualTo(CATALOG + ".CARD_EXPIRED: added-under-other-status");
    assertThat(change.severity()).isEqualTo(Severity.BREAKING);
    assertThat(change.detail()).endsWith("of status 402");
    assertThat(change.responses().get(0).toString()).isEqualTo("400 {\"error\":{\"code\":\"expired_card\"}}:"
        + " BadRequestException → CardExpiredException (catch (BadRequestException e) stops firing)");
  }

  @Test
  void addedCodeIsCompatibleAndItsResponsesAreTheExamples() {
    Change change = only(root -> addEntry(root, Catalogs.entry(
        "INSUFFICIENT_FUNDS", "insufficient_funds", 402, false, CATALOG + ".CARD_DECLINED", "InsufficientFundsException")));

    assertThat(change.severity()).isEqualTo(Severity.COMPATIBLE);
    assertThat(change.responses().get(0).toString()).isEqualTo("402 {\"error\":{\"code\":\"insufficient_funds\"}}:"
        + " PaymentRequiredException → InsufficientFundsException (a subclass of what it decoded to)");
  }

  @Test
  void addedCodeThatFlipsTheRetryAdviceOfItsResponsesIsBehavioural() {
    Change change = only(root -> addEntry(root, Catalogs.entry(
        "ISSUER_BUSY", "issuer_busy", 402, true, CATALOG + ".CARD_DECLINED", "IssuerBusyException")));

    assertThat(change.severity()).isEqualTo(Severity.BEHAVIOURAL);
    assertThat(change.responses().get(0).effect()).isEqualTo("isRetryable() false → true");
  }

  @Test
  void codeBecomingACategoryIsBreaking() {
    CompatibilityReport report = compare(root -> {
      ObjectNode entry = entryOf(root, "CARD_ERROR");
      entry.put("kind", "category");
      entry.put("statusTo", 402);
    });

    assertThat(ids(report)).containsExactly(CATALOG + ".CARD_ERROR: kind-changed");
    assertThat(report.changes().get(0).detail()).isEqualTo("code → category");
  }

  @Test
  void standsForStatusFlagIsBehaviouralAndItsAbsenceMeansFalse() {
    Change change = only(root -> entryOf(root, "INVALID_REQUEST").put("standsForStatus", true));

    assertThat(change.id()).isEqualTo(CATALOG + ".INVALID_REQUEST: stands-for-status-changed");
    assertThat(change.severity()).isEqualTo(Severity.BEHAVIOURAL);
    assertThat(change.detail()).isEqualTo("now stands for status 400");
    assertThat(CompatibilityCheck.compare(payments(), payments(root -> entryOf(root, "INVALID_REQUEST")
        .put("standsForStatus", false))).changes()).isEmpty();
  }

  @Test
  void unknownPropertyIsComparedOnlyWhenBothVersionsHaveIt() {
    assertThat(CompatibilityCheck.compare(payments(), payments(root -> entryOf(root, "API_ERROR")
        .put("severity", "high"))).changes()).isEmpty();

    CatalogSnapshot before = payments(root -> entryOf(root, "API_ERROR").put("severity", "high"));
    CatalogSnapshot after = payments(root -> entryOf(root, "API_ERROR").put("severity", "low"));
    Change change = single(CompatibilityCheck.compare(before, after));
    assertThat(change.id()).isEqualTo(CATALOG + ".API_ERROR: severity-changed");
    assertThat(change.kind()).isEqualTo(ChangeKind.PROPERTY_CHANGED);
    assertThat(change.severity()).isEqualTo(Severity.BEHAVIOURAL);
    assertThat(change.detail()).isEqualTo("severity \"high\" → \"low\"");
  }

  // Whole catalogs.

  @Test
  void removedCatalogIsBreakingAndAddedOneCompatible() {
    CompatibilityReport removed = CompatibilityCheck.compare(List.of(payments()), List.of());
    assertThat(ids(removed)).containsExactly(CATALOG + ": removed");
    assertThat(removed.hasBreakingChanges()).isTrue();

    CompatibilityReport added = CompatibilityCheck.compare(List.of(), List.of(payments()));
    assertThat(ids(added)).containsExactly(CATALOG + ": added");
    assertThat(added.changes().get(0).severity()).isEqualTo(Severity.COMPATIBLE);
  }

  @Test
  void changedParentCatalogIsBreaking() {
    Change change = only(root -> root.put("parent", "com.acme.CommonError"));

    assertThat(change.id()).isEqualTo(CATALOG + ": parent-changed");
    assertThat(change.severity()).isEqualTo(Severity.BREAKING);
    assertThat(change.detail()).isEqualTo("parent dev.errata.http.HttpError → com.acme.CommonError");
  }

  @Test
  void changedDisplayNameIsCompatible() {
    Change change = only(root -> root.put("catalog", "Acme Payments"));

    assertThat(change.id()).isEqualTo(CATALOG + ": name-changed");
    assertThat(change.severity()).isEqualTo(Severity.COMPATIBLE);
  }

  @Test
  void changedGeneratedCatalogClassAndHandlerAreBreaking() {
    CompatibilityReport report = compare(root -> {
      root.put("catalogClass", "com.acme.PaymentErrors");
      root.put("handlerInterface", "com.acme.PaymentErrorsHandler");
    });

    assertThat(ids(report)).containsExactly(CATALOG + ": catalog-class-changed", CATALOG + ": handler-changed");
    assertThat(report.changes(Severity.BREAKING)).hasSize(2);
  }

  @Test
  void appendedCodePointerIsBreakingWhenItReadsARefinedCodeBeforeTheSpecificOne() {
    Change change = only(root -> root.putArray("codePointers").add("/error/code").add("/error/type"));

    assertThat(change.id()).isEqualTo(CATALOG + ": code-pointer-added");
    assertThat(change.severity()).isEqualTo(Severity.BREAKING);
    assertThat(change.responses().get(0).toString()).isEqualTo("402 {\"code\":\"card_error\",\"error\":{\"type\":"
        + "\"PAYMENT_REQUIRED\"}}: CardErrorException → PaymentRequiredException (catch (CardErrorException e) stops firing)");
    assertThat(change.detail()).isEqualTo("code pointers /error/code → /error/code, /error/type");
  }

  @Test
  void codePointerAheadOfTheOldOnesIsBreaking() {
    Change change = only(root -> root.putArray("codePointers").add("/error/decline_code").add("/error/code"));

    assertThat(change.id()).isEqualTo(CATALOG + ": code-pointers-reordered");
    assertThat(change.severity()).isEqualTo(Severity.BREAKING);
  }

  @Test
  void removedCodePointerIsBreaking() {
    Change change = only(root -> root.putArray("codePointers").add("/code"));

    assertThat(change.id()).isEqualTo(CATALOG + ": code-pointer-removed");
    assertThat(change.severity()).isEqualTo(Severity.BREAKING);
  }

  @Test
  void switchingToAutoDetectionIsBehavioural() {
    Change change = only(root -> root.putArray("codePointers"));

    assertThat(change.id()).isEqualTo(CATALOG + ": code-pointer-detection-changed");
    assertThat(change.detail()).isEqualTo("code pointers /error/code → auto-detected");
  }

  @Test
  void aMissingPointerListIsLikeAnEmptyOne() {
    assertThat(CompatibilityCheck.compare(
            payments(root -> root.putArray("codePointers")), payments(root -> root.remove("codePointers")))
        .changes()).isEmpty();
  }

  @Test
  void changedMessagePointersAreCompatible() {
    Change change = only(root -> root.putArray("messagePointers").add("/error/message").add("/message"));

    assertThat(change.id()).isEqualTo(CATALOG + ": message-pointers-changed");
    assertThat(change.severity()).isEqualTo(Severity.COMPATIBLE);
  }

  @Test
  void changesAreOrderedByCatalogThenCatalogLevelThenEntries() {
    CatalogSnapshot other = CatalogJson.parse(Catalogs.PAYMENTS.replace("com.acme.PaymentError\"", "com.acme.AaaError\""), "a");
    CompatibilityReport report = CompatibilityCheck.compare(List.of(payments(), other), List.of(payments(root -> {
      removeEntry(root, "API_ERROR");
      root.put("catalog", "Payments");
    })));

    assertThat(ids(report)).containsExactly(
        "com.acme.AaaError: removed", CATALOG + ": name-changed", CATALOG + ".API_ERROR: removed").inOrder();
  }

  private static CompatibilityReport compare(Consumer<ObjectNode> edit) {
    return CompatibilityCheck.compare(payments(), payments(edit));
  }

  private static Change only(Consumer<ObjectNode> edit) {
    return single(compare(edit));
  }

  private static Change single(CompatibilityReport report) {
    assertThat(report.changes()).hasSize(1);
    return report.changes().get(0);
  }

  private static void removeEntry(ObjectNode root, String name) {
    ArrayNode entries = (ArrayNode) root.get("entries");
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).get("name").asString().equals(name)) {
        entries.remove(i);
        return;
      }
    }
    throw new IllegalArgumentException(name);
  }

  private static void addEntry(ObjectNode root, String json) {
    ((ArrayNode) root.get("entries")).add(Catalogs.JSON.readTree(json));
  }
}
