package dev.errata.conformance;

import dev.errata.runtime.ClientPolicy;
import dev.errata.spring.client.ErrataWebClientStatusHandler;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Spring's {@code WebClient} with {@link ErrataWebClientStatusHandler}, over the JDK's {@code
 * HttpClient} ({@link JdkClientHttpConnector}): subscribed to, not blocked on; a deadline is
 * {@code Mono.timeout}, giving up is disposing the subscription.
 */
final class WebClientStack implements Stack {

  private final Map<ClientPolicy, WebClient> clients = new ConcurrentHashMap<>();

  @Override
  public Running start(Call call) {
    WebClient client = clients.computeIfAbsent(call.policy(), policy -> WebClient.builder()
        .clientConnector(new JdkClientHttpConnector())
        .apply(ErrataWebClientStatusHandler.of(policy))
        .build());
    WebClient.RequestBodySpec request = client.method(HttpMethod.valueOf(call.method()))
        .uri(call.uri())
        .headers(headers -> call.headers().forEach(headers::add));
    if (call.isPost()) {
      request.contentType(MediaType.APPLICATION_JSON).bodyValue(call.body());
    }
    Mono<ResponseEntity<String>> entity = request.retrieve().toEntity(String.class);
    if (call.hasDeadline()) {
      entity = entity.timeout(call.deadline());
    }
    CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    Disposable subscription = entity
        .doOnCancel(() -> outcome.complete(Outcome.of(new CancellationException("subscription disposed"))))
        .subscribe(
            e -> outcome.complete(Outcome.response(e.getStatusCode().value(), e.getBody())),
            failure -> outcome.complete(Outcome.of(failure)));
    return Running.async(outcome, subscription::dispose);
  }
}
