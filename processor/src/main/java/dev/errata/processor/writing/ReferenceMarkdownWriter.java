package dev.errata.processor.writing;

import dev.errata.processor.model.CatalogModel;
import dev.errata.processor.model.EntryModel;
import dev.errata.processor.model.MemberModel;
import java.util.List;

/**
 * Writes {@code META-INF/errata/<enum>.md}: the error reference page of a catalog, a table of
 * code, status, title, meaning, what to do, retryability and exception type.
 */
final class ReferenceMarkdownWriter {

  String write(CatalogModel catalog) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(text(catalog.name())).append(" errors\n\n");
    md.append("Error reference of `").append(catalog.id().enumQualifiedName()).append('`');
    catalog.parent().ifPresent(p -> md.append(", which extends the ").append(text(p.name()))
        .append(" catalog (`").append(p.id().enumQualifiedName()).append("`)"));
    md.append(". Each error decodes to the exception in its row, which extends the exception of the ")
        .append("error it refines: catching a status exception also catches the codes that refine it.\n\n");
    md.append("| Code | Status | Title | Meaning | What to do | Retryable | Exception |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    for (EntryModel entry : catalog.entries()) {
      md.append("| ").append(code(entry.code()))
          .append(" | ").append(entry.statusText())
          .append(" | ").append(title(entry))
          .append(" | ").append(text(entry.description()))
          .append(" | ").append(steps(entry.remedy()))
          .append(" | ").append(entry.retryable() ? "yes" : "no")
          .append(" | ").append(exception(entry))
          .append(" |\n");
    }
    writeMembers(catalog, md);
    return md.toString();
  }

  /**
   * The members of the codes that have any, in a second table: what each occurrence of the error
   * carries beyond its message, where a client reads it and what it means.
   */
  private static void writeMembers(CatalogModel catalog, StringBuilder md) {
    List<EntryModel> withMembers = catalog.entries().stream().filter(e -> !e.members().isEmpty()).toList();
    if (withMembers.isEmpty()) {
      return;
    }
    md.append("\n## Members\n\n")
        .append("What an occurrence of the error carries besides its message, as problem extension members. ")
        .append("A client reads each at its pointer, else at the problem's root under its name; a code has ")
        .append("the members of the code it refines too.\n\n");
    md.append("| Code | Member | Type | Pointer | Meaning | Accessor |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (EntryModel entry : withMembers) {
      List<MemberModel> own = entry.ownMembers();
      for (MemberModel member : entry.members()) {
        md.append("| ").append(code(entry.code()))
            .append(" | ").append(code(member.name())).append(own.contains(member) ? "" : " (inherited)")
            .append(" | ").append(text(member.type().display()))
            .append(" | ").append(code(member.pointer()))
            .append(" | ").append(member.description().isEmpty() ? "—" : text(member.description()))
            .append(" | `").append(member.accessor()).append("()`")
            .append(" |\n");
      }
    }
  }

  private static String title(EntryModel entry) {
    String title = text(entry.title());
    return entry.docsUrl().isEmpty() ? title : "[" + title + "](" + entry.docsUrl().replace(")", "%29") + ")";
  }

  private static String steps(List<String> remedy) {
    if (remedy.isEmpty()) {
      return "—";
    }
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < remedy.size(); i++) {
      s.append(i == 0 ? "" : "<br>").append(i + 1).append(". ").append(text(remedy.get(i)));
    }
    return s.toString();
  }

  private static String exception(EntryModel entry) {
    String own = "`" + entry.exceptionSimpleName() + "`";
    return entry.refined()
        .map(r -> own + " (refines `" + (r.catalog().equals(entry.catalog()) ? r.exceptionSimpleName() : r.exceptionQualifiedName()) + "`)")
        .orElse(own);
  }

  /** A wire code as inline code; one holding a backtick falls back to escaped HTML. */
  private static String code(String code) {
    return code.indexOf('`') < 0 ? "`" + code.replace("|", "\\|") + "`" : "<code>" + text(code) + "</code>";
  }

  /** Table-cell text: no line breaks, pipes and HTML escaped. */
  static String text(String value) {
    return value.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("|", "\\|")
        .replace("\r", " ")
        .replace("\n", " ");
  }
}
