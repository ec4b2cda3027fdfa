package dev.errata.runtime;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the decoder takes from response headers, gathered in one pass: the content type, the
 * Retry-After wait, the request id, and the headers with credentials already redacted.
 *
 * <p>Request id headers, best first: {@code X-Request-Id}, {@code Request-Id}, {@code
 * X-Correlation-Id}, {@code X-Amzn-RequestId}, {@code X-Amz-Request-Id}, {@code
 * X-MS-Request-Id}, and the trace id of a W3C {@code traceparent}.
 */
final class ResponseHeaders {

  private static final int MAX_ID_LENGTH = 200;

  String contentType;
  Duration retryAfter;
  String requestId;
  private int requestIdRank = Integer.MAX_VALUE;
  Map<String, List<String>> redacted = Map.of();

  private ResponseHeaders() {}

  static ResponseHeaders read(Map<String, List<String>> headers, HeaderNames names, Clock clock) {
    ResponseHeaders h = new ResponseHeaders();
    if (headers == null || headers.isEmpty()) {
      return h;
    }
    Map<String, List<String>> copy = null;
    String retryAfter = null;
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      String name = e.getKey();
      if (name == null) {
        continue; // HttpURLConnection's status line
      }
      int kind = names.kindOf(name);
      if (kind == HeaderNames.OTHER) {
        continue;
      }
      if (kind == HeaderNames.SENSITIVE) {
        if (copy == null) {
          copy = new HashMap<>(headers);
        }
        copy.put(name, HeaderRedactor.redactedValues());
        continue;
      }
      String value = first(e.getValue());
      if (value == null) {
        continue;
      }
      if (kind == HeaderNames.CONTENT_TYPE) {
        h.contentType = value;
      } else if (kind == HeaderNames.RETRY_AFTER) {
        retryAfter = value;
      } else if (kind == HeaderNames.REQUEST_ID + 6) {
        h.offerRequestId(traceId(value), 6);
      } else {
        h.offerRequestId(value, kind - HeaderNames.REQUEST_ID);
      }
    }
    h.redacted = copy == null ? headers : copy;
    h.retryAfter = RetryAfter.parseOrNull(retryAfter, clock);
    return h;
  }

  private void offerRequestId(String value, int rank) {
    if (value == null || rank >= requestIdRank) {
      return;
    }
    String v = value.trim();
    if (!v.isEmpty() && v.length() <= MAX_ID_LENGTH) {
      requestId = v;
      requestIdRank = rank;
    }
  }

  // version "-" trace-id (32 hex) "-" parent-id "-" flags
  private static String traceId(String traceparent) {
    String v = traceparent.trim();
    return v.length() >= 55 && v.charAt(2) == '-' && v.charAt(35) == '-' ? v.substring(3, 35) : null;
  }

  private static String first(List<String> values) {
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
