package dev.errata.conformance;

import dev.errata.feign.ErrataCapability;
import dev.errata.runtime.ClientPolicy;
import feign.Feign;
import feign.HeaderMap;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.Response;
import feign.http2client.Http2Client;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Feign interface with {@link ErrataCapability}, over feign-java11's {@link Http2Client} (which
 * keeps the error body of any request and streams it). Its methods return Feign's {@link
 * Response}, so the caller sees the status too.
 */
final class FeignStack implements Stack {

  /** The interface an application declares. */
  interface Api {
    @RequestLine("GET /{key}")
    Response get(@Param("key") String key, @HeaderMap Map<String, Object> headers);

    @RequestLine("POST /{key}")
    @Headers("Content-Type: application/json")
    Response post(@Param("key") String key, @HeaderMap Map<String, Object> headers, String body);
  }

  private final Map<ClientPolicy, Api> apis = new ConcurrentHashMap<>();

  @Override
  public Running start(Call call) {
    Api api = apis.computeIfAbsent(call.policy(), policy -> Feign.builder()
        .client(new Http2Client())
        .addCapability(ErrataCapability.of(policy))
        .target(Api.class, call.baseUrl()));
    Map<String, Object> headers = Map.copyOf(call.headers());
    return Running.onThread(() -> {
      try (Response response = call.isPost() ? api.post(call.key(), headers, call.body()) : api.get(call.key(), headers)) {
        return outcome(response);
      }
    }, call.deadline());
  }

  /** The status and the body of a response the caller got. */
  static Outcome outcome(Response response) throws IOException {
    if (response.body() == null) {
      return Outcome.response(response.status(), "");
    }
    try (InputStream body = response.body().asInputStream()) {
      return Outcome.response(response.status(), new String(body.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
