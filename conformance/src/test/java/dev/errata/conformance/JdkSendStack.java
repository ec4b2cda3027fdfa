package dev.errata.conformance;

import dev.errata.jdk.ErrataHttpClient;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.charset.StandardCharsets;

/** The JDK's {@code HttpClient} through {@link ErrataHttpClient#send}, on the caller's thread. */
final class JdkSendStack implements Stack {

  /** The body handler a caller writes: the body as text, with the status its response came with. */
  static final BodyHandler<Outcome> RECEIVED =
      info -> BodySubscribers.mapping(BodySubscribers.ofString(StandardCharsets.UTF_8), body -> Outcome.response(info.statusCode(), body));

  private final HttpClient http = HttpClient.newHttpClient();

  @Override
  public Running start(Call call) {
    ErrataHttpClient client = ErrataHttpClient.of(http, call.policy());
    return Running.onThread(() -> client.send(request(call), RECEIVED), call.deadline());
  }

  static HttpRequest request(Call call) {
    HttpRequest.Builder request = HttpRequest.newBuilder(call.uri());
    call.headers().forEach(request::header);
    if (call.isPost()) {
      request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(call.body()));
    }
    return request.build();
  }
}
