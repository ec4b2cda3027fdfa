package dev.errata.runtime;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What a response header name means to the decoder. */
final class HeaderNames {

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

  private HeaderNames() {}

  /** The kind of the header {@code name} under {@code redactor}'s rule. */
  static Kind kindOf(String name, HeaderRedactor redactor) {
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
