package dev.errata.conformance;

import dev.errata.runtime.ClientPolicy;
import dev.errata.spring.client.ErrataResponseErrorHandler;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** Spring's {@code RestClient} with {@link ErrataResponseErrorHandler}, over its default (JDK) request factory. */
final class RestClientStack implements Stack {

  private final Map<ClientPolicy, RestClient> clients = new ConcurrentHashMap<>();

  /** The client of a policy, made as an application makes it. */
  RestClient client(ClientPolicy policy) {
    return clients.computeIfAbsent(policy, p -> RestClient.builder().apply(ErrataResponseErrorHandler.of(p)).build());
  }

  @Override
  public Running start(Call call) {
    RestClient client = client(call.policy());
    return Running.onThread(() -> {
      RestClient.RequestBodySpec request = client.method(HttpMethod.valueOf(call.method()))
          .uri(call.uri())
          .headers(headers -> call.headers().forEach(headers::add));
      if (call.isPost()) {
        request.contentType(MediaType.APPLICATION_JSON).body(call.body());
      }
      ResponseEntity<String> entity = request.retrieve().toEntity(String.class);
      return Outcome.response(entity.getStatusCode().value(), entity.getBody());
    }, call.deadline());
  }
}
