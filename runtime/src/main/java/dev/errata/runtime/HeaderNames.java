package dev.errata.runtime;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a response header name means to the decoder, remembered per name: responses repeat the
 * same few names, so after warm-up classifying one is a hash lookup instead of lower-casing and
 * a dozen substring searches.
 *
 * <p>The memory holds at most {@value #MAX_REMEMBERED} names, so a server inventing new header
 * names cannot grow it; names beyond that are classified each time.
 */
final class HeaderNames {

  /** What a header is to the decoder. */
  enum Role {
    OTHER,
    SENSITIVE,
    CONTENT_TYPE,
    CONTENT_LENGTH,
    RETRY_AFTER,
    REQUEST_ID
  }

  /** A classified header name: its role, and for a request id header which source it is. */
  record Kind(Role role, Precedence.RequestId requestId) {
    static final Kind OTHER = new Kind(Role.OTHER, null);
    static final Kind SENSITIVE = new Kind(Role.SENSITIVE, null);
    static final Kind CONTENT_TYPE = new Kind(Role.CONTENT_TYPE, null);
    static final Kind CONTENT_LENGTH = new Kind(Role.CONTENT_LENGTH, null);
    static final Kind RETRY_AFTER = new Kind(Role.RETRY_AFTER, null);
  }

  static final int MAX_REMEMBERED = 512;

  private static final Map<String, Kind> KNOWN = known();

  private final HeaderRedactor redactor;
  private final Map<String, Kind> kinds = new ConcurrentHashMap<>();

  HeaderNames(HeaderRedactor redactor) {
    this.redactor = redactor;
  }

  HeaderRedactor redactor() {
    return redactor;
  }

  Kind kindOf(String name) {
    Kind known = kinds.get(name);
    if (known != null) {
      return known;
    }
    Kind kind = classify(name.toLowerCase(Locale.ROOT));
    if (kinds.size() < MAX_REMEMBERED) {
      kinds.put(name, kind);
    }
    return kind;
  }

  private Kind classify(String lower) {
    if (redactor.isSensitiveLowerCase(lower)) {
      return Kind.SENSITIVE;
    }
    return KNOWN.getOrDefault(lower, Kind.OTHER);
  }

  private static Map<String, Kind> known() {
    Map<String, Kind> known = new HashMap<>();
    known.put("content-type", Kind.CONTENT_TYPE);
    known.put("content-length", Kind.CONTENT_LENGTH);
    known.put("retry-after", Kind.RETRY_AFTER);
    for (Precedence.RequestId source : Precedence.RequestId.values()) {
      if (source.header() != null) {
        known.put(source.header(), new Kind(Role.REQUEST_ID, source));
      }
    }
    return Map.copyOf(known);
  }
}
