package dev.errata.processor.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the text of one {@code @param} tag out of a doc comment, as plain text. */
final class DocComments {

  private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:code|literal|link|linkplain|value)\\s+([^}]*)}");

  private DocComments() {}

  /**
   * The text of {@code @param name} in {@code doc} as plain text: up to the next block tag, on
   * one line, inline tags replaced by their text ({@code {@code x}} → {@code x}, {@code {@link A
   * label}} → {@code label}), HTML tags left out and the common entities read; the empty string
   * when there is no such tag or no doc comment. Writers escape it again for each format.
   */
  static String param(String doc, String name) {
    if (doc == null) {
      return "";
    }
    Matcher tag = Pattern.compile("(?m)^\\s*@param\\s+" + Pattern.quote(name) + "(?:\\s+|$)").matcher(doc);
    if (!tag.find()) {
      return "";
    }
    String rest = doc.substring(tag.end());
    Matcher next = Pattern.compile("(?m)^\\s*@\\w").matcher(rest);
    String text = next.find() ? rest.substring(0, next.start()) : rest;
    return plain(text);
  }

  private static String plain(String text) {
    Matcher inline = INLINE_TAG.matcher(text);
    StringBuilder s = new StringBuilder();
    while (inline.find()) {
      String content = inline.group(1).trim();
      boolean link = inline.group().startsWith("{@link");
      int space = content.indexOf(' ');
      String shown = link && space > 0 ? content.substring(space + 1).trim() : content;
      if (link && space < 0) {
        shown = shown.substring(shown.lastIndexOf('#') + 1);
      }
      inline.appendReplacement(s, Matcher.quoteReplacement(shown));
    }
    inline.appendTail(s);
    String withoutTags = s.toString().replaceAll("</?[a-zA-Z][^>]*>", "");
    return withoutTags.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#64;", "@")
        .replace("&amp;", "&").replaceAll("\\s+", " ").trim();
  }
}
