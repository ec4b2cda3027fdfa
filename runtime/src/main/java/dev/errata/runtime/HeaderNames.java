package dev.errata.runtime;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What a response header name means to a decoder, under its redaction rule. A server sends the
 * same few names in every response, so the kinds of the first {@value #MAX_REMEMBERED} names
 * seen, as spelled, are remembered: a name seen before is not lower-cased and classified again.
 * A server sending ever new names fills the memory once and is then classified name by name.
 */
final class HeaderNames {

  static final int MAX_REMEMBERED = 256;

  /** What a header is to the decoder. */
  enum Role {
    OTHER,
    SENSITIVE,
    CONTENT_TYPE,
    CONTENT_ENCODING,
    RETRY_AFTER,
    REQUEST_ID
  }

  /** A classified header name: its role, and for a request id header which source it is. */
  record Kind(Role role, Precedence.@Nullable RequestId requestId) {
    static final Kind OTHER = new Kind(Role.OTHER, null);
    static final Kind SENSITIVE = new Kind(Role.SENSITIVE, null);
  }

  private static final Map<String, Kind> KNOWN = known();

  private final HeaderRedactor redactor;
  private final Map<String, Kind> remembered = new ConcurrentHashMap<>();

  HeaderNames(HeaderRedactor redactor) {
    this.redactor = redactor;
  }

  HeaderRedactor redactor() {
    return redactor;
  }

  /** The kind of the header {@code name}. */
  Kind kindOf(String name) {
    Kind kind = remembered.get(name);
    if (kind == null) {
      kind = classify(name);
      if (remembered.size() < MAX_REMEMBERED) {
        remembered.putIfAbsent(name, kind);
      }
    }
    return kind;
  }

  /** The kind of the header {@code name} under this decoder's redaction rule, found afresh. */
  private Kind classify(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (redactor.isSensitiveLowerCase(lower)) {
      return Kind.SENSITIVE;
    }
    return KNOWN.getOrDefault(lower, Kind.OTHER);
  }

  private static Map<String, Kind> known() {
    Map<String, Kind> known = new HashMap<>();
    known.put("content-type", new Kind(Role.CONTENT_TYPE, null));
    known.put("content-encoding", new Kind(Role.CONTENT_ENCODING, null));
    known.put("retry-after", new Kind(Role.RETRY_AFTER, null));
    for (Precedence.RequestId source : Precedence.RequestId.values()) {
      if (source.header() != null) {
        known.put(source.header(), new Kind(Role.REQUEST_ID, source));
      }
    }
    return Map.copyOf(known);
  }
}
