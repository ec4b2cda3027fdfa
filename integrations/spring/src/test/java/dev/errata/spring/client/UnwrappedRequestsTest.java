package dev.errata.spring.client;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.CatalogException;
import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.runtime.RetryAdvisor;
import dev.errata.spring.client.catalog.ShopErrorCatalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * A policy that needs no interceptor adds none, not even an empty interceptor list: RestClient
 * sends every request of a builder with an interceptor list through a buffering factory, which
 * would cost each call, successful ones included, a wrapper and a copy of its headers and body.
 * Nor does it add a filter to a WebClient, whose filters run on every exchange.
 */
class UnwrappedRequestsTest {

  private static final ClientPolicy SHOP = ClientPolicy.of(ErrorDecoder.builder(ShopErrorCatalog.INSTANCE).build());

  @AutoClose
  private static final ErrorServer server = new ErrorServer();

  /** Whether the request RestClient initializes is the one its request factory made. */
  private static boolean sendsTheFactorysOwnRequest(RestClient.Builder builder) {
    ClientHttpRequestFactory jdk = new JdkClientHttpRequestFactory();
    List<ClientHttpRequest> made = new ArrayList<>();
    List<ClientHttpRequest> sent = new ArrayList<>();
    RestClient client = builder
        .baseUrl(server.url())
        .requestFactory((uri, method) -> {
          ClientHttpRequest request = jdk.createRequest(uri, method);
          made.add(request);
          return request;
        })
        .requestInitializer(sent::add)
        .build();

    assertThrows(CatalogException.class, () -> client.get().uri("/problem").retrieve().toBodilessEntity());
    return made.size() == 1 && sent.size() == 1 && sent.get(0) == made.get(0);
  }

  @Test
  void theDefaultPolicyLeavesRequestsAsTheFactoryMadeThem() {
    assertThat(sendsTheFactorysOwnRequest(RestClient.builder().apply(ErrataResponseErrorHandler.of(SHOP)))).isTrue();
  }

  /** The counterpart, which shows the check can tell: a policy that retries intercepts every request. */
  @Test
  void aRetryingPolicyInterceptsRequests() {
    ClientPolicy retrying = SHOP.toBuilder().retry(RetryAdvisor.builder().maxAttempts(2).build()).build();

    assertThat(sendsTheFactorysOwnRequest(RestClient.builder().apply(ErrataResponseErrorHandler.of(retrying)))).isFalse();
  }

  /** Whether the response a WebClient caller gets went through Errata's filter. */
  private static boolean judgedByTheFilter(ErrataWebClientStatusHandler errata) {
    return WebClient.builder().baseUrl(server.url()).apply(errata).build()
        .get().uri("/problem").exchangeToMono(response -> Mono.just(response instanceof PolicyFilter.Judged)).block();
  }

  @Test
  void theDefaultPolicyAddsNoFilterToAWebClient() {
    ClientPolicy retrying = SHOP.toBuilder().retry(RetryAdvisor.builder().maxAttempts(2).build()).build();

    assertThat(judgedByTheFilter(ErrataWebClientStatusHandler.of(SHOP))).isFalse();
    assertThat(judgedByTheFilter(ErrataWebClientStatusHandler.of(retrying))).isTrue();
  }
}
