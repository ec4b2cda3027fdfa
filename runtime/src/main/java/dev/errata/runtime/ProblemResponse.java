package dev.errata.runtime;

import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An error rendered as an RFC 9457 problem details response: the status, the headers and the
 * {@code application/problem+json} body to send. Immutable.
 */
public final class ProblemResponse {

  private final int status;
  private final byte[] body;
  private final @Nullable Duration retryAfter;

  ProblemResponse(int status, byte[] body, @Nullable Duration retryAfter) {
    this.status = status;
    this.body = body;
    this.retryAfter = retryAfter;
  }

  /** The HTTP status to answer with. */
  public int status() {
    return status;
  }

  /** Always {@value ProblemRenderer#CONTENT_TYPE}. */
  public String contentType() {
    return ProblemRenderer.CONTENT_TYPE;
  }

  /** The JSON body, UTF-8. A copy: the response stays immutable. */
  public byte[] body() {
    return body.clone();
  }

  /** The body's length in bytes, for a Content-Length header. */
  public int bodyLength() {
    return body.length;
  }

  /** The wait to announce in a Retry-After header, when the error carries one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** Content-Type, and Retry-After in whole seconds (rounded up) when there is a wait. */
  public Map<String, List<String>> headers() {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.put("Content-Type", List.of(ProblemRenderer.CONTENT_TYPE));
    if (retryAfter != null) {
      headers.put("Retry-After", List.of(RetryAfter.format(retryAfter)));
    }
    return headers;
  }

  @Override
  public boolean equals(@Nullable Object o) {

    if (!(o instanceof ProblemResponse)) {
      return false;
    }
    ProblemResponse that = (ProblemResponse) o;
    return status == that.status && Arrays.equals(body, that.body) && Objects.equals(retryAfter, that.retryAfter);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * status + Arrays.hashCode(body)) + Objects.hashCode(retryAfter);
  }

  @Override
  public String toString() {
    return "ProblemResponse{status=" + status + ", body=" + new String(body, StandardCharsets.UTF_8) + "}";
  }
}
