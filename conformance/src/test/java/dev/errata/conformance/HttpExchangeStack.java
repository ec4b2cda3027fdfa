package dev.errata.conformance;

import dev.errata.runtime.ClientPolicy;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/** An {@code @HttpExchange} interface over a {@code RestClient} configured as in {@link RestClientStack}. */
final class HttpExchangeStack implements Stack {

  /** The service interface an application declares. */
  interface Api {
    @GetExchange
    ResponseEntity<String> get(URI uri, @RequestHeader Map<String, String> headers);

    @PostExchange(contentType = "application/json")
    ResponseEntity<String> post(URI uri, @RequestHeader Map<String, String> headers, @RequestBody String body);
  }

  private final RestClientStack restClients = new RestClientStack();
  private final Map<ClientPolicy, Api> apis = new ConcurrentHashMap<>();

  @Override
  public Running start(Call call) {
    Api api = apis.computeIfAbsent(call.policy(), policy ->
        HttpServiceProxyFactory.builderFor(RestClientAdapter.create(restClients.client(policy))).build().createClient(Api.class));
    return Running.onThread(() -> {
      ResponseEntity<String> entity = call.isPost()
          ? api.post(call.uri(), call.headers(), call.body())
          : api.get(call.uri(), call.headers());
      return Outcome.response(entity.getStatusCode().value(), entity.getBody());
    }, call.deadline());
  }
}
