package dev.errata.runtime;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Turns body bytes into the capped text kept in details, and non-JSON bodies into a message. */
final class TextBody {

  /** Longest message taken from a plain-text or HTML body; longer ones are cut with "…". */
  static final int MAX_SUMMARY = 300;

  private TextBody() {}

  /**
   * The first {@code length} bytes as text. A cut UTF-8 sequence at the end is dropped rather
   * than shown as garbage; invalid bytes become U+FFFD.
   */
  static String text(byte[] body, int length, boolean cut, Charset charset) {
    int n = length;
    if (cut && charset.equals(StandardCharsets.UTF_8)) {
      n = utf8Boundary(body, n);
    }
    return new String(body, 0, n, charset);
  }

  // Backs off over continuation bytes (10xxxxxx) and the lead byte of an incomplete sequence.
  private static int utf8Boundary(byte[] body, int n) {
    int i = n;
    int continuation = 0;
    while (i > 0 && continuation < 3 && (body[i - 1] & 0xC0) == 0x80) {
      i--;
      continuation++;
    }
    if (i > 0) {
      int lead = body[i - 1] & 0xFF;
      int needed = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
      if (needed > continuation) {
        return i - 1;
      }
    }
    return n;
  }

  /**
   * A one-line message for a text or HTML body: an HTML page's {@code <title>} (else its first
   * {@code <h1>}), a text body's first non-blank line. {@code null} when there is none or it does
   * not look like text.
   */
  static @Nullable String summary(String text, boolean html) {
    String line = html ? element(text, "title") : firstLine(text);
    if (html && line == null) {
      line = element(text, "h1");
    }
    return line == null ? null : clean(line);
  }

  private static @Nullable String element(String text, String tag) {
    int open = indexOfIgnoreCase(text, "<" + tag, 0);
    if (open < 0) {
      return null;
    }
    int start = text.indexOf('>', open);
    if (start < 0) {
      return null;
    }
    int end = indexOfIgnoreCase(text, "</" + tag, start + 1);
    return text.substring(start + 1, end < 0 ? text.length() : end);
  }

  private static @Nullable String firstLine(String text) {
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (!text.substring(start, end).isBlank()) {
        return text.substring(start, end);
      }
      start = end + 1;
    }
    return null;
  }

  // Collapses whitespace; refuses binary-looking text so garbage never becomes a message.
  private static @Nullable String clean(String raw) {

    StringBuilder s = new StringBuilder(Math.min(raw.length(), MAX_SUMMARY + 1));
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isWhitespace(c)) {
        space = s.length() > 0;
        continue;
      }
      if (c == '\uFFFD' || Character.isISOControl(c)) {
        return null;
      }
      if (space) {
        s.append(' ');
        space = false;
      }
      s.append(c);
      if (s.length() > MAX_SUMMARY) {
        s.setLength(MAX_SUMMARY);
        return s.append('…').toString();
      }
    }
    return s.length() == 0 ? null : s.toString();
  }

  private static int indexOfIgnoreCase(String s, String needle, int from) {
    for (int i = from; i + needle.length() <= s.length(); i++) {
      if (s.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }
}
