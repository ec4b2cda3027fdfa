package dev.errata.runtime;

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

  static final int OTHER = 0;
  static final int SENSITIVE = 1;
  static final int CONTENT_TYPE = 2;
  static final int RETRY_AFTER = 3;
  /** {@code REQUEST_ID + rank}: request id headers, best first (see {@link ResponseHeaders}). */
  static final int REQUEST_ID = 16;

  static final int MAX_REMEMBERED = 512;

  private final HeaderRedactor redactor;
  private final Map<String, Integer> kinds = new ConcurrentHashMap<>();

  HeaderNames(HeaderRedactor redactor) {
    this.redactor = redactor;
  }

  HeaderRedactor redactor() {
    return redactor;
  }

  int kindOf(String name) {
    Integer known = kinds.get(name);
    if (known != null) {
      return known;
    }
    int kind = classify(name.toLowerCase(Locale.ROOT));
    if (kinds.size() < MAX_REMEMBERED) {
      kinds.put(name, kind);
    }
    return kind;
  }

  private int classify(String lower) {
    if (redactor.isSensitiveLowerCase(lower)) {
      return SENSITIVE;
    }
    switch (lower) {
      case "content-type":
        return CONTENT_TYPE;
      case "retry-after":
        return RETRY_AFTER;
      case "x-request-id":
        return REQUEST_ID;
      case "request-id":
        return REQUEST_ID + 1;
      case "x-correlation-id":
        return REQUEST_ID + 2;
      case "x-amzn-requestid":
        return REQUEST_ID + 3;
      case "x-amz-request-id":
        return REQUEST_ID + 4;
      case "x-ms-request-id":
        return REQUEST_ID + 5;
      case "traceparent":
        return REQUEST_ID + 6;
      default:
        return OTHER;
    }
  }
}
