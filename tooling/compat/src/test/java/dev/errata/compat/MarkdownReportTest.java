package dev.errata.compat;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Markdown page of a report. */
class MarkdownReportTest {

  @Test
  void listsEachSeverityWithIdsReasonsAndAcceptance() {
    CompatibilityReport report = CompatibilityCheck.compare(Catalogs.payments(), Catalogs.payments(root -> {
      Catalogs.entryOf(root, "CARD_DECLINED").put("code", "declined|card");
      Catalogs.entryOf(root, "API_ERROR").put("retryable", false);
      Catalogs.entryOf(root, "API_ERROR").put("description", "The payment service failed.");
    }));
    AcceptedChanges accepted = AcceptedChanges.of(List.of(
        "com.acme.PaymentError.CARD_DECLINED: code-changed", "com.acme.PaymentError.OLD: removed"));

    String md = MarkdownReport.render(report, accepted, "com.acme:payments:1.0", "com.acme:payments:2.0-SNAPSHOT");

    assertThat(md).startsWith("# Error catalog compatibility\n\n"
        + "`com.acme:payments:2.0-SNAPSHOT` compared with the baseline `com.acme:payments:1.0`.\n");
    assertThat(md).contains("| Breaking | 1 | 1 |\n| Behavioural | 1 | 0 |\n| Compatible | 1 | 0 |\n");
    assertThat(md).contains("## Breaking changes\n\n| Change id | What changed | Why it is breaking | Accepted |");
    Change codeChanged = report.changes().get(0);
    assertThat(md).contains("| `com.acme.PaymentError.CARD_DECLINED: code-changed` | wire code card_declined → declined\\|card | "
        + codeChanged.reason().replace("|", "\\|") + " | yes |");
    assertThat(md).contains("### Responses that decode otherwise\n\n- `com.acme.PaymentError.CARD_DECLINED: code-changed`:\n"
        + "  - 402 `{\"error\":{\"code\":\"card_declined\"}}`: CardDeclinedException → PaymentRequiredException"
        + " (catch (CardDeclinedException e) stops firing)\n");
    assertThat(md).contains("| `com.acme.PaymentError.API_ERROR: retryable-changed` | retryable true → false | "
        + ChangeKind.RETRYABLE_CHANGED.reason() + " | no |");
    assertThat(md).contains("## Compatible changes");
    assertThat(md).contains("## Accepted changes that match nothing\n\n- `com.acme.PaymentError.OLD: removed`\n");
    assertThat(md.indexOf("## Breaking")).isLessThan(md.indexOf("## Behavioural"));
  }

  @Test
  void sameVersionsSaySo() {
    String md = MarkdownReport.render(new CompatibilityReport(List.of()), AcceptedChanges.none(), "a", "b");

    assertThat(md).endsWith("No changes: the catalogs are the same.\n");
  }
}
