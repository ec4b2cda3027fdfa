package dev.errata.benchmarks.decode;

import feign.Request;
import feign.Response;
import feign.codec.DefaultErrorDecoder;
import feign.codec.ErrorDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OpenFeign 13's default error decoder: {@code FeignException.NotFound}, {@code .Conflict} and so
 * on, and a {@code RetryableException} (wrapping the status exception) when the response carries
 * Retry-After. Feign 13.x deprecates {@code ErrorDecoder.Default}, an empty subclass, in favour of
 * {@code DefaultErrorDecoder}, which is used here; the behaviour is the same.
 */
public final class FeignDecoder {

  private static final Request REQUEST = Request.create(Request.HttpMethod.GET,
      "https://bots.example.com/v1/bots/support-assistant/tables/orders", Map.of(), null,
      StandardCharsets.UTF_8, null);

  /** The method key Feign passes to an error decoder. */
  static final String METHOD_KEY = "BotApi#table(String,String)";

  private final ErrorDecoder decoder = new DefaultErrorDecoder();

  /** The exception Feign's default error decoder returns for the response. */
  public Exception decode(Response response) {
    return decoder.decode(METHOD_KEY, response);
  }

  /** The response as Feign's client hands it over; its body can be read any number of times. */
  public static Response response(ErrorResponse r) {
    Map<String, Collection<String>> headers = new LinkedHashMap<>(r.headers());
    return Response.builder()
        .status(r.status())
        .reason(r.reason())
        .headers(headers)
        .body(r.body())
        .request(REQUEST)
        .build();
  }
}
