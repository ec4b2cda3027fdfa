package dev.errata.runtime;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** The parts of a Content-Type header the decoder acts on: the kind of body and its charset. */
final class ContentType {

  /** What a media type says the body is. */
  enum Kind {
    /** No Content-Type, or one the decoder has no use for: the body's shape decides. */
    UNKNOWN,
    /** {@code application/problem+json} (RFC 9457). */
    PROBLEM_JSON,
    /** {@code application/graphql-response+json}. */
    GRAPHQL_JSON,
    /** {@code application/json} and any other {@code +json} type. */
    JSON,
    /** {@code text/html} and {@code application/xhtml+xml}: typically a proxy's error page. */
    HTML,
    /** Any other {@code text/*}. */
    TEXT
  }

  static final ContentType NONE = new ContentType(Kind.UNKNOWN, StandardCharsets.UTF_8);

  // Each kind in UTF-8, the charset of nearly every error body, made once.
  private static final ContentType[] UTF_8 = utf8();

  final Kind kind;
  final Charset charset;

  private ContentType(Kind kind, Charset charset) {
    this.kind = kind;
    this.charset = charset;
  }

  /** Parses a Content-Type value; anything unreadable counts as absent. */
  static ContentType parse(@Nullable String value) {
    if (value == null || value.isEmpty()) {
      return NONE;
    }
    int semicolon = value.indexOf(';');
    String type = (semicolon < 0 ? value : value.substring(0, semicolon)).trim();
    Kind kind = kindOf(type);
    Charset charset = semicolon < 0 ? StandardCharsets.UTF_8 : charset(value, semicolon);
    return charset == StandardCharsets.UTF_8 ? UTF_8[kind.ordinal()] : new ContentType(kind, charset);
  }

  private static ContentType[] utf8() {
    ContentType[] types = new ContentType[Kind.values().length];
    for (Kind kind : Kind.values()) {
      types[kind.ordinal()] = kind == Kind.UNKNOWN ? NONE : new ContentType(kind, StandardCharsets.UTF_8);
    }
    return types;
  }

  private static Kind kindOf(String type) {
    if (type.equalsIgnoreCase("application/problem+json")) {
      return Kind.PROBLEM_JSON;
    }
    if (type.equalsIgnoreCase("application/graphql-response+json")) {
      return Kind.GRAPHQL_JSON;
    }
    if (type.equalsIgnoreCase("application/json") || endsWithIgnoreCase(type, "+json")) {
      return Kind.JSON;
    }
    if (type.equalsIgnoreCase("text/html") || type.equalsIgnoreCase("application/xhtml+xml")) {
      return Kind.HTML;
    }
    if (type.regionMatches(true, 0, "text/", 0, 5)) {
      return Kind.TEXT;
    }
    return Kind.UNKNOWN;
  }

  // JSON is UTF-8 by definition (RFC 8259); a charset parameter only matters for text bodies.
  private static Charset charset(String value, int from) {
    int at = indexOfIgnoreCase(value, "charset=", from);
    if (at < 0) {
      return StandardCharsets.UTF_8;
    }
    int start = at + "charset=".length();
    int end = value.indexOf(';', start);
    String name = (end < 0 ? value.substring(start) : value.substring(start, end)).trim();
    if (name.length() >= 2 && name.charAt(0) == '"' && name.charAt(name.length() - 1) == '"') {
      name = name.substring(1, name.length() - 1);
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException unsupportedOrIllegal) {
      return StandardCharsets.UTF_8;
    }
  }

  private static boolean endsWithIgnoreCase(String s, String suffix) {
    return s.regionMatches(true, s.length() - suffix.length(), suffix, 0, suffix.length());
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
