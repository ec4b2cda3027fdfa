package dev.errata.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.errata.processor.model.CatalogModel;
import dev.errata.processor.model.EntryModel;
import dev.errata.processor.model.MemberModel;
import java.util.List;

/** Javadoc for generated types, written from the catalog: meaning, remedy, status, docs link. */
final class Javadocs {

  private static final int WIDTH = 96;

  private Javadocs() {}

  /** The documentation of one entry, shared by its exception class and its handler method. */
  static CodeBlock entry(EntryModel entry) {
    CodeBlock.Builder doc = CodeBlock.builder();
    doc.add("$L\n", wrap(escape(entry.title()) + ": " + escape(entry.description()), ""));
    doc.add("\n$L\n", wrap("<p>" + facts(entry), ""));
    List<String> remedy = entry.remedy();
    if (!remedy.isEmpty()) {
      doc.add("\n<p>What to do:\n<ol>\n");
      for (String step : remedy) {
        doc.add("$L\n", wrap("  <li>" + escape(step), "      "));
      }
      doc.add("</ol>\n");
    }
    if (!entry.docsUrl().isEmpty()) {
      doc.add("\n<p>Reference: <a href=\"$L\">$L</a>\n", escape(entry.docsUrl()), escape(entry.docsUrl()));
    }
    return doc.build();
  }

  /**
   * The members of an entry, for its exception's Javadoc: each one's wire name, type and
   * description, those it inherits too; nothing for a code without members.
   */
  static CodeBlock members(EntryModel entry) {
    List<MemberModel> members = entry.members();
    if (members.isEmpty()) {
      return CodeBlock.of("");
    }
    CodeBlock.Builder doc = CodeBlock.builder().add("\n<p>Members:\n<ul>\n");
    for (MemberModel member : members) {
      doc.add("$L\n", wrap("  <li>{@link #" + member.accessor() + "()}: m" + member(member).substring(1), "      "));
    }
    return doc.add("</ul>\n").build();
  }

  /** "Member {@code decline_code} (string): why the issuer declined." */
  static String member(MemberModel member) {
    String text = "Member <code>" + escape(member.name()) + "</code> (" + escape(member.type().display()) + ")";
    if (member.description().isEmpty()) {
      return text + ".";
    }
    String description = escape(member.description());
    return text + ": " + description + (description.endsWith(".") ? "" : ".");
  }

  /**
   * The documentation of a handler method: what it handles, with a link to the exception, whose
   * own Javadoc carries the meaning and what to do (not repeated here, since a large catalog's
   * handler would otherwise hold every description twice).
   */
  static CodeBlock handlerMethod(EntryModel entry, ClassName exception) {
    String what = escape(entry.title()) + " (" + (entry.isCategory() ? "HTTP " + entry.statusText() : "HTTP " + entry.status())
        + ", wire code <code>" + escape(entry.code()) + "</code>)";
    // The first line names the exception with $T, so that JavaPoet qualifies it only where needed.
    return CodeBlock.builder()
        .add("Handles {@link $T}:", exception)
        .add("$L\n", wrap(what + ".", "", "Handles {@link }:".length() + exception.simpleName().length()))
        .build();
  }

  /** Breaks a paragraph into lines of at most {@value #WIDTH} characters where it has spaces. */
  static String wrap(String text, String indent) {
    return wrap(text, indent, 0);
  }

  /** As {@link #wrap(String, String)}, for text that continues a first line already {@code used} characters long. */
  static String wrap(String text, String indent, int used) {
    StringBuilder s = new StringBuilder();
    int lineStart = -used;
    for (String word : text.split(" ")) {
      if (s.length() > lineStart && s.length() - lineStart + 1 + word.length() > WIDTH) {
        s.append('\n').append(indent);
        lineStart = s.length() - indent.length();
      } else if (s.length() > lineStart) {
        s.append(' ');
      }
      s.append(word);
    }
    return s.toString();
  }

  /** Status, wire code, retry advice and place in the catalog, as one sentence. */
  static String facts(EntryModel entry) {
    String status = entry.isCategory()
        ? "Category of HTTP statuses " + entry.statusText()
        : "HTTP status " + entry.status();
    return status
        + ", wire code <code>" + escape(entry.code()) + "</code>"
        + (entry.retryable() ? ", retryable" : ", not retryable")
        + ". Declared as <code>" + escape(entry.catalog().enumReference() + "." + entry.name()) + "</code>.";
  }

  /** A short description of a catalog for its generated types' Javadoc, to follow "the". */
  static String catalog(CatalogModel catalog) {
    String parent = catalog.parent()
        .map(p -> " It extends the " + escape(p.name()) + " catalog (<code>" + escape(p.id().enumQualifiedName()) + "</code>).")
        .orElse("");
    return escape(catalog.name()) + " error catalog, generated from <code>"
        + escape(catalog.id().enumQualifiedName()) + "</code>." + parent;
  }

  /**
   * Makes catalog text safe inside a Javadoc comment: HTML special characters, block-tag
   * {@code @}, the comment terminator, and backslashes (javac reads unicode escapes even in
   * comments).
   */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      s.append(switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '@' -> "&#64;";
        case '\\' -> "&#92;";
        case '/' -> i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/";
        case '\n', '\r' -> " ";
        default -> String.valueOf(c);
      });
    }
    return s.toString();
  }
}
