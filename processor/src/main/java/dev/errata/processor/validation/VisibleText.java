package dev.errata.processor.validation;

import java.util.Locale;

/**
 * What a reader can see in catalog text. {@link String#isBlank} and {@link String#strip} only
 * know whitespace, so a description of no-break or zero-width spaces would pass as text, and a
 * wire code with a byte-order mark in it would never match what the API sends.
 */
public final class VisibleText {

  private VisibleText() {}

  /**
   * Whether a code point shows nothing: whitespace and every other space (no-break spaces
   * included), control characters, format characters (zero-width space and joiners, byte-order
   * mark, soft hyphen, bidirectional marks, …), unpaired surrogates, and the letters and marks
   * Unicode says to render as nothing (Hangul fillers, variation selectors, …).
   */
  public static boolean isInvisible(int c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
      return true;
    }
    int type = Character.getType(c);
    if (type == Character.FORMAT || type == Character.SURROGATE) {
      return true;
    }
    return c == 0x034F // combining grapheme joiner
        || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 // Hangul fillers
        || c == 0x17B4 || c == 0x17B5 // Khmer inherent vowels
        || (c >= 0x180B && c <= 0x180F) // Mongolian variation selectors and vowel separator
        || (c >= 0xFE00 && c <= 0xFE0F) // variation selectors
        || (c >= 0xE0100 && c <= 0xE01EF) // variation selectors supplement
        || c == 0x2800; // Braille pattern blank
  }

  /** Whether a text has nothing visible in it. */
  public static boolean isBlank(String text) {
    return text.codePoints().allMatch(VisibleText::isInvisible);
  }

  /** The text without the invisible code points at either end. */
  public static String strip(String text) {
    int start = 0;
    while (start < text.length() && isInvisible(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    int end = text.length();
    while (end > start && isInvisible(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return text.substring(start, end);
  }

  /** A description of the first invisible code point of a text, such as {@code whitespace (U+0020) at index 3}, or {@code null}. */
  static String firstInvisible(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (isInvisible(c)) {
        return String.format(Locale.ROOT, "%s (U+%04X) at index %d", kind(c), c, i);
      }
      i += Character.charCount(c);
    }
    return null;
  }

  private static String kind(int c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return "whitespace";
    }
    if (Character.isISOControl(c)) {
      return "a control character";
    }
    return Character.getType(c) == Character.FORMAT ? "an invisible format character" : "an invisible character";
  }
}
