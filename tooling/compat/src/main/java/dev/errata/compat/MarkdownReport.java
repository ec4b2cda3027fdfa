package dev.errata.compat;

import java.util.List;
import java.util.Locale;

/** Renders a {@link CompatibilityReport} as a Markdown page, one table per severity. */
public final class MarkdownReport {

  private MarkdownReport() {}

  /**
   * The report as Markdown.
   *
   * @param baseline names the old version, such as {@code com.acme:payments:1.4.0}
   * @param current names the new version, such as {@code com.acme:payments:1.5.0-SNAPSHOT}
   */
  public static String render(CompatibilityReport report, AcceptedChanges accepted, String baseline, String current) {
    StringBuilder md = new StringBuilder();
    md.append("# Error catalog compatibility\n\n");
    md.append("`").append(current).append("` compared with the baseline `").append(baseline).append("`.\n\n");
    if (report.changes().isEmpty()) {
      md.append("No changes: the catalogs are the same.\n");
      return md.toString();
    }
    md.append("| Severity | Changes | Accepted |\n|---|---|---|\n");
    for (Severity severity : Severity.values()) {
      List<Change> changes = report.changes(severity);
      long acceptedCount = changes.stream().filter(accepted::accepts).count();
      md.append("| ").append(title(severity)).append(" | ").append(changes.size()).append(" | ")
          .append(acceptedCount).append(" |\n");
    }
    for (Severity severity : Severity.values()) {
      List<Change> changes = report.changes(severity);
      if (changes.isEmpty()) {
        continue;
      }
      md.append("\n## ").append(title(severity)).append(" changes\n\n");
      md.append("| Change id | What changed | Why it is ").append(severity.name().toLowerCase(Locale.ROOT))
          .append(" | Accepted |\n|---|---|---|---|\n");
      for (Change change : changes) {
        md.append("| `").append(cell(change.id())).append("` | ").append(cell(change.detail())).append(" | ")
            .append(cell(change.reason())).append(" | ").append(accepted.accepts(change) ? "yes" : "no").append(" |\n");
      }
      List<Change> moving = changes.stream().filter(c -> !c.responses().isEmpty()).toList();
      if (!moving.isEmpty()) {
        md.append("\n### Responses that decode otherwise\n\n");
        for (Change change : moving) {
          md.append("- `").append(change.id()).append("`:\n");
          for (MovedResponse response : change.responses()) {
            md.append("  - ").append(line(response)).append('\n');
          }
        }
      }
    }
    List<String> unused = accepted.unused(report.changes());
    if (!unused.isEmpty()) {
      md.append("\n## Accepted changes that match nothing\n\n");
      unused.forEach(u -> md.append("- `").append(cell(u)).append("`\n"));
    }
    return md.toString();
  }

  /** A moved response as a list item: status, body, the exceptions before and after, the effect. */
  static String line(MovedResponse r) {
    String body = r.body().isEmpty() ? "without a known code (no body, an HTML page, an unknown code)"
        : "`" + r.body() + "`";
    return r.status() + " " + body + ": " + MovedResponse.simple(r.before()) + " → " + MovedResponse.simple(r.after())
        + " (" + r.effect() + ")";
  }

  private static String title(Severity severity) {
    String name = severity.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** Keeps a value inside its table cell. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
