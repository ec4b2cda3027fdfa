package dev.errata.benchmarks.decode;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One error response of the bot platform API (see {@code dev.errata.examples.bots.BotError}) as
 * an HTTP client hands it over: status, headers and a JSON body of about 200 bytes. Every decoder
 * measured gets exactly these values, converted once into its own response type.
 *
 * @param status the HTTP status
 * @param reason the reason phrase of the status line
 * @param headers the headers in the order received, names in lower case as HTTP/2 sends them
 * @param body the body
 */
public record ErrorResponse(int status, String reason, Map<String, List<String>> headers, byte[] body) {

  /** 404: the body names the type {@code ResourceNotFound}. */
  public static final ErrorResponse NOT_FOUND = of(404, "Not Found", "ResourceNotFound",
      "Table 'orders' was not found in bot 'support-assistant'. It may have been deleted, or the "
          + "identifier may be misspelled.");

  /** 409: the body names the type {@code RelationConflict}. */
  public static final ErrorResponse CONFLICT = of(409, "Conflict", "RelationConflict",
      "Table 'orders' does not belong to bot 'support-assistant'; link the table to the bot before "
          + "querying it from this integration.");

  /** 429 with {@code Retry-After: 30}: the body names the type {@code RateLimited}. */
  public static final ErrorResponse TOO_MANY_REQUESTS = of(429, "Too Many Requests", "RateLimited",
      "Too many requests for workspace 'acme-production': the limit is 100 requests per minute. "
          + "Wait as long as Retry-After says.");

  /** The response of a status: 404, 409 or 429. */
  public static ErrorResponse of(int status) {
    switch (status) {
      case 404:
        return NOT_FOUND;
      case 409:
        return CONFLICT;
      case 429:
        return TOO_MANY_REQUESTS;
      default:
        throw new IllegalArgumentException("no response for status " + status);
    }
  }

  private static ErrorResponse of(int status, String reason, String type, String message) {
    byte[] body = ("{\"code\":" + status + ",\"type\":\"" + type + "\",\"message\":\"" + message + "\"}")
        .getBytes(StandardCharsets.UTF_8);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("content-type", List.of("application/json"));
    headers.put("content-length", List.of(Integer.toString(body.length)));
    headers.put("date", List.of("Thu, 01 Jan 2026 00:00:00 GMT"));
    headers.put("x-request-id", List.of("7f3c9e2a-41d8-4b6e-9a0c-5b1d2e3f4a5b"));
    headers.put("cache-control", List.of("no-store"));
    headers.put("vary", List.of("Accept-Encoding"));
    if (status == 429) {
      headers.put("retry-after", List.of("30"));
    }
    return new ErrorResponse(status, reason, Collections.unmodifiableMap(headers), body);
  }

  /** This response without its Content-Length header, as a chunked response arrives. */
  public ErrorResponse withoutContentLength() {
    Map<String, List<String>> rest = new LinkedHashMap<>(headers);
    rest.remove("content-length");
    return new ErrorResponse(status, reason, Collections.unmodifiableMap(rest), body);
  }

  /**
   * The headers as {@code java.net.http.HttpHeaders#map()} returns them: an unmodifiable map
   * whose names compare case-insensitively.
   */
  public Map<String, List<String>> jdkHeaders() {
    TreeMap<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> map.put(name, List.copyOf(values)));
    return Collections.unmodifiableMap(map);
  }
}
