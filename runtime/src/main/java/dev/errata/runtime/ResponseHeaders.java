package dev.errata.runtime;

import dev.errata.ErrorDetails;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the decoder takes from response headers, gathered in one pass: the content type, the
 * stated body length, the Retry-After wait and the request id. The same pass begins the
 * error's details with every header, credentials already redacted.
 *
 * <p>Request id headers are ranked by {@link Precedence.RequestId}.
 */
final class ResponseHeaders {

  private static final int MAX_ID_LENGTH = 200;

  String contentType;
  /** The Content-Length, or -1 when absent or not a plain decimal number. */
  long contentLength = -1;
  Duration retryAfter;
  String requestId;
  /** The error's details so far: the headers, a credential's values redacted. */
  final ErrorDetails.Builder details = ErrorDetails.builder();
  private Precedence.RequestId requestIdSource;

  private ResponseHeaders() {}

  static ResponseHeaders read(Map<String, List<String>> headers, HeaderNames names, Clock clock) {
    ResponseHeaders h = new ResponseHeaders();
    if (headers == null || headers.isEmpty()) {
      return h;
    }
    String retryAfter = null;
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      String name = e.getKey();
      List<String> values = e.getValue();
      if (name == null || values == null) {
        continue; // HttpURLConnection's status line
      }
      HeaderNames.Kind kind = names.kindOf(name);
      if (kind.role() == HeaderNames.Role.SENSITIVE) {
        h.details.addHeader(name, HeaderRedactor.redactedValues());
        continue;
      }
      h.details.addHeader(name, values);
      String value = kind.role() == HeaderNames.Role.OTHER ? null : first(values);
      if (value == null) {
        continue;
      }
      switch (kind.role()) {
        case CONTENT_TYPE -> h.contentType = value;
        case CONTENT_LENGTH -> h.contentLength = length(value);
        case RETRY_AFTER -> retryAfter = value;
        case REQUEST_ID -> h.offerRequestId(kind.requestId(), value);
        default -> { }
      }
    }
    h.retryAfter = RetryAfter.parseOrNull(retryAfter, clock);
    return h;
  }

  private void offerRequestId(Precedence.RequestId source, String value) {
    if (requestIdSource != null && requestIdSource.compareTo(source) <= 0) {
      return;
    }
    String id = source.idIn(value);
    String v = id == null ? "" : id.trim();
    if (!v.isEmpty() && v.length() <= MAX_ID_LENGTH) {
      requestId = v;
      requestIdSource = source;
    }
  }

  private static long length(String value) {
    String digits = value.trim();
    if (digits.isEmpty() || digits.length() > 18) {
      return -1; // 18 digits cannot overflow a long
    }
    long n = 0;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private static String first(List<String> values) {
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
