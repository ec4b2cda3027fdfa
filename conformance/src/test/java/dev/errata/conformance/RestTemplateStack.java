package dev.errata.conformance;

import dev.errata.runtime.ClientPolicy;
import dev.errata.spring.client.ErrataResponseErrorHandler;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestTemplate;

/**
 * Spring's {@code RestTemplate} configured by {@link ErrataResponseErrorHandler#configure}, over
 * its default request factory ({@code HttpURLConnection}).
 */
final class RestTemplateStack implements Stack {

  private final Map<ClientPolicy, RestTemplate> templates = new ConcurrentHashMap<>();

  @Override
  public Running start(Call call) {
    RestTemplate template = templates.computeIfAbsent(call.policy(), policy -> {
      RestTemplate t = new RestTemplate();
      ErrataResponseErrorHandler.of(policy).configure(t);
      return t;
    });
    HttpHeaders headers = new HttpHeaders();
    call.headers().forEach(headers::add);
    if (call.isPost()) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    HttpEntity<String> request = new HttpEntity<>(call.body(), headers);
    return Running.onThread(() -> {
      ResponseEntity<String> entity = template.exchange(call.uri(), HttpMethod.valueOf(call.method()), request, String.class);
      return Outcome.response(entity.getStatusCode().value(), entity.getBody());
    }, call.deadline());
  }
}
