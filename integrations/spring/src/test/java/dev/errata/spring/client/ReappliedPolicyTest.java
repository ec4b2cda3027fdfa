package dev.errata.spring.client;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.CatalogException;
import dev.errata.http.ConflictException;
import dev.errata.http.HttpErrorCatalog;
import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.runtime.RetryAdvisor;
import dev.errata.spring.client.catalog.OutOfStockException;
import dev.errata.spring.client.catalog.ShopErrorCatalog;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A builder that already has a policy (as Spring Boot's auto-configured ones do) and gets
 * another, on a clone: the clone follows the new policy and the original keeps its own, whether
 * either policy needs an interceptor or not.
 */
class ReappliedPolicyTest {

  private static final ClientPolicy SHOP = ClientPolicy.of(ErrorDecoder.builder(ShopErrorCatalog.INSTANCE).build());
  private static final ClientPolicy HTTP = ClientPolicy.of(ErrorDecoder.builder(HttpErrorCatalog.INSTANCE).build());

  @AutoClose
  private static final ErrorServer server = new ErrorServer();

  /** Pairs of (first policy, second policy): with and without an interceptor on either side. */
  static List<ClientPolicy[]> pairs() {
    ClientPolicy shopRetrying = SHOP.toBuilder().retry(RetryAdvisor.builder().maxAttempts(2).build()).build();
    ClientPolicy httpRetrying = HTTP.toBuilder().retry(RetryAdvisor.builder().maxAttempts(2).build()).build();
    return List.of(
        new ClientPolicy[] {SHOP, HTTP},
        new ClientPolicy[] {shopRetrying, HTTP},
        new ClientPolicy[] {SHOP, httpRetrying},
        new ClientPolicy[] {HTTP, SHOP});
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void aRestClientClonesPolicyReplacesTheOriginals(ClientPolicy first, ClientPolicy second) {
    RestClient.Builder original = RestClient.builder().baseUrl(server.url()).apply(ErrataResponseErrorHandler.of(first));
    RestClient.Builder clone = original.clone().apply(ErrataResponseErrorHandler.of(second));

    CatalogException fromClone = assertThrows(CatalogException.class,
        () -> clone.build().get().uri("/problem").retrieve().body(String.class));
    CatalogException fromOriginal = assertThrows(CatalogException.class,
        () -> original.build().get().uri("/problem").retrieve().body(String.class));

    assertThat(fromClone.getClass()).isEqualTo(expected(second));
    assertThat(fromOriginal.getClass()).isEqualTo(expected(first));
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void aWebClientClonesPolicyReplacesTheOriginals(ClientPolicy first, ClientPolicy second) {
    WebClient.Builder original = WebClient.builder().baseUrl(server.url()).apply(ErrataWebClientStatusHandler.of(first));
    WebClient.Builder clone = original.clone().apply(ErrataWebClientStatusHandler.of(second));

    CatalogException fromClone = assertThrows(CatalogException.class,
        () -> clone.build().get().uri("/problem").retrieve().bodyToMono(String.class).block());
    CatalogException fromOriginal = assertThrows(CatalogException.class,
        () -> original.build().get().uri("/problem").retrieve().bodyToMono(String.class).block());

    assertThat(fromClone.getClass()).isEqualTo(expected(second));
    assertThat(fromOriginal.getClass()).isEqualTo(expected(first));
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void aRestTemplateConfiguredAgainFollowsTheLastPolicy(ClientPolicy first, ClientPolicy second) {
    RestTemplate template = new RestTemplate();
    ErrataResponseErrorHandler.of(first).configure(template);
    ErrataResponseErrorHandler.of(second).configure(template);

    CatalogException e = assertThrows(CatalogException.class, () -> template.getForObject(server.url() + "/problem", String.class));

    assertThat(e.getClass()).isEqualTo(expected(second));
    assertThat(template.getInterceptors().stream().filter(PolicyInterceptor.class::isInstance).count())
        .isEqualTo(second.needsInterception() ? 1 : 0);
  }

  /** /problem answers 409 OutOfStock: the shop's catalog knows it, the HTTP catalog only its status. */
  private static Class<?> expected(ClientPolicy policy) {
    return policy.decoder().catalog() == ShopErrorCatalog.INSTANCE ? OutOfStockException.class : ConflictException.class;
  }
}
