package dev.errata.spring.boot;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.Catalog;
import dev.errata.CatalogException;
import dev.errata.http.HttpErrorCatalog;
import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.spring.client.ErrataResponseErrorHandler;
import dev.errata.spring.client.ErrataWebClientStatusHandler;
import dev.errata.spring.client.catalog.ShopErrorCatalog;
import dev.errata.spring.service.ServiceErrorCatalog;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.RestTemplateCustomizer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/** What the client auto-configuration contributes, and how properties and user beans shape it. */
class ErrataClientAutoConfigurationTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ErrataClientAutoConfiguration.class));

  private final ApplicationContextRunner withCatalog =
      runner.withBean("shopCatalog", Catalog.class, () -> ShopErrorCatalog.INSTANCE);

  private static int count(ApplicationContext context, Class<?> type) {
    return context.getBeanNamesForType(type).length;
  }

  @Test
  void theApplicationsCatalogBeanDecodes() {
    withCatalog.run(context -> {
      assertThat(context.getBean(ErrorDecoder.class).catalog()).isSameInstanceAs(ShopErrorCatalog.INSTANCE);
      assertThat(context.getBean(ErrataResponseErrorHandler.class).policy().decoder())
          .isSameInstanceAs(context.getBean(ErrorDecoder.class));
      assertThat(context.getBean(ErrataWebClientStatusHandler.class).policy())
          .isSameInstanceAs(context.getBean(ClientPolicy.class));
      assertThat(context.getBean(ClientPolicy.class).retries()).isFalse();
      assertThat(count(context, RestClientCustomizer.class)).isEqualTo(1);
      assertThat(count(context, RestTemplateCustomizer.class)).isEqualTo(1);
      assertThat(count(context, WebClientCustomizer.class)).isEqualTo(1);
    });
  }

  @Test
  void withoutACatalogBeanTheHttpCatalogDecodes() {
    runner.run(context ->
        assertThat(context.getBean(ErrorDecoder.class).catalog()).isSameInstanceAs(HttpErrorCatalog.INSTANCE));
  }

  @Test
  void withTwoCatalogBeansNeitherBecomesTheDefaultByAccident() {
    withCatalog.withBean("httpCatalog", Catalog.class, () -> HttpErrorCatalog.INSTANCE)
        .withBean("otherCatalog", Catalog.class, () -> ServiceErrorCatalog.INSTANCE)
        .run(context -> {
          assertThat(context.getStartupFailure()).isNull();
          assertThat(context.getBean(ErrorDecoder.class).catalog()).isSameInstanceAs(HttpErrorCatalog.INSTANCE);
        });
  }

  @Test
  void aPrimaryCatalogBeanIsTheDefault() {
    withCatalog.withBean("serviceCatalog", Catalog.class, () -> ServiceErrorCatalog.INSTANCE, bean -> bean.setPrimary(true))
        .run(context ->
            assertThat(context.getBean(ErrorDecoder.class).catalog()).isSameInstanceAs(ServiceErrorCatalog.INSTANCE));
  }

  @Test
  void thePropertyNamesTheDefaultCatalogByItsEnumOrItsGeneratedClass() {
    withCatalog.withPropertyValues("errata.client.catalog=dev.errata.spring.service.ServiceError").run(context ->
        assertThat(context.getBean(ErrorDecoder.class).catalog()).isSameInstanceAs(ServiceErrorCatalog.INSTANCE));
    runner.withPropertyValues("errata.client.catalog=dev.errata.spring.service.ServiceErrorCatalog").run(context ->
        assertThat(context.getBean(ErrorDecoder.class).catalog()).isSameInstanceAs(ServiceErrorCatalog.INSTANCE));
  }

  @Test
  void aPropertyThatNamesNoCatalogFailsStartupNamingTheProperty() {
    runner.withPropertyValues("errata.client.catalogs.inventory=java.lang.String").run(context ->
        assertThat(messages(context.getStartupFailure()))
            .contains("errata.client.catalogs.inventory=java.lang.String names no catalog: Catalog.of takes an @ErrorCatalog enum"));
    runner.withPropertyValues("errata.client.catalog=java.util.concurrent.TimeUnit").run(context ->
        assertThat(messages(context.getStartupFailure()))
            .contains("errata.client.catalog=java.util.concurrent.TimeUnit names no catalog: "
                + "java.util.concurrent.TimeUnitCatalog does not exist"));
  }

  @Test
  void anotherCatalogsPolicyHasTheApplicationsSettings() {
    withCatalog.withPropertyValues(
            "errata.client.max-read-bytes=2KB",
            "errata.redacted-headers=X-Shop-Key",
            "errata.client.pass-through-statuses=404",
            "errata.client.retry.enabled=true",
            "errata.client.catalogs.orders=dev.errata.spring.service.ServiceError")
        .run(context -> {
          ErrataClients clients = context.getBean(ErrataClients.class);
          ClientPolicy other = clients.policy(ServiceErrorCatalog.INSTANCE);
          assertThat(other.decoder().catalog()).isSameInstanceAs(ServiceErrorCatalog.INSTANCE);
          assertThat(other.decoder().maxReadBytes()).isEqualTo(2048);
          assertThat(other.passThrough().statuses()).containsExactly(404);
          assertThat(other.retries()).isTrue();
          CatalogException e = other.decoder().decode(404, Map.of("X-Shop-Key", List.of("k3y")), new byte[0]);
          assertThat(e.details().header("X-Shop-Key")).hasValue("[redacted]");
          assertThat(clients.policy(ServiceErrorCatalog.INSTANCE)).isSameInstanceAs(other);
          assertThat(clients.policy(ShopErrorCatalog.INSTANCE)).isSameInstanceAs(context.getBean(ClientPolicy.class));
          assertThat(clients.policyFor("Feign client", "orders")).isSameInstanceAs(other);
          assertThat(clients.policyFor("Feign client", "shop")).isSameInstanceAs(context.getBean(ClientPolicy.class));
          assertThat(clients.restClient(ServiceErrorCatalog.INSTANCE).policy()).isSameInstanceAs(other);
          assertThat(clients.webClient(ServiceErrorCatalog.INSTANCE).policy()).isSameInstanceAs(other);
        });
  }

  private static String messages(Throwable failure) {
    assertThat(failure).isNotNull();
    List<String> messages = new java.util.ArrayList<>();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      messages.add(String.valueOf(t.getMessage()));
    }
    return String.join("\n", messages);
  }

  @Test
  void propertiesConfigureTheDecoderAndThePolicy() {
    withCatalog.withPropertyValues(
            "errata.client.max-read-bytes=1KB",
            "errata.client.max-kept-body-bytes=16B",
            "errata.capture-stack-traces=false",
            "errata.redacted-headers=X-Shop-Key",
            "errata.client.pass-through-statuses=404,410",
            "errata.client.pass-through-codes=CardDeclined",
            "errata.client.graphql=true",
            "errata.client.retry.enabled=true",
            "errata.client.retry.max-attempts=5",
            "errata.client.retry.max-retry-after=5s")
        .run(context -> {
          ErrorDecoder decoder = context.getBean(ErrorDecoder.class);
          assertThat(decoder.maxReadBytes()).isEqualTo(1024);
          CatalogException e = decoder.decode(409, Map.of("X-Shop-Key", List.of("k3y")),
              "{\"code\":\"OutOfStock\",\"message\":\"Only 2 left, and more text after it.\"}"
                  .getBytes(StandardCharsets.UTF_8));
          assertThat(e.code()).isEqualTo("OutOfStock");
          assertThat(e.getStackTrace()).isEmpty();
          assertThat(e.details().header("X-Shop-Key")).hasValue("[redacted]");
          assertThat(e.details().bodyTruncated()).isTrue();
          ErrataResponseErrorHandler handler = context.getBean(ErrataResponseErrorHandler.class);
          ClientPolicy policy = handler.policy();
          assertThat(policy.passThrough().statuses()).containsExactly(404, 410).inOrder();
          assertThat(policy.passThrough().codes()).containsExactly("CardDeclined");
          assertThat(policy.graphQl()).isTrue();
          assertThat(policy.retry().maxAttempts()).isEqualTo(5);
          assertThat(policy.retry().maxRetryAfter()).isEqualTo(java.time.Duration.ofSeconds(5));
          assertThat(context.getBean(ErrataWebClientStatusHandler.class).policy()).isSameInstanceAs(policy);
        });
  }

  @Test
  void aCapBeyondTwoGigabytesIsAClearStartupError() {
    runner.withPropertyValues("errata.client.max-read-bytes=3GB").run(context -> {
      assertThat(context.getStartupFailure()).isNotNull();
      Throwable root = context.getStartupFailure();
      while (root.getCause() != null) {
        root = root.getCause();
      }
      assertThat(root).hasMessageThat().contains("errata.client.max-read-bytes must be at most 2GB");
    });
  }

  @Test
  void theApplicationsOwnBeansWin() {
    ErrorDecoder own = ErrorDecoder.builder(ShopErrorCatalog.INSTANCE).maxReadBytes(10).build();
    ErrataResponseErrorHandler ownHandler = ErrataResponseErrorHandler.of(own);
    withCatalog.withBean(ErrorDecoder.class, () -> own)
        .withBean(ErrataResponseErrorHandler.class, () -> ownHandler)
        .run(context -> {
          assertThat(context.getBean(ErrorDecoder.class)).isSameInstanceAs(own);
          assertThat(context.getBean(ErrataResponseErrorHandler.class)).isSameInstanceAs(ownHandler);
        });
  }

  @Test
  void withoutWebFluxOnlyTheRestClientSideIsConfigured() {
    withCatalog.withClassLoader(new FilteredClassLoader(WebClient.class)).run(context -> {
      assertThat(count(context, ErrataResponseErrorHandler.class)).isEqualTo(1);
      assertThat(count(context, ErrataWebClientStatusHandler.class)).isEqualTo(0);
      assertThat(count(context, WebClientCustomizer.class)).isEqualTo(0);
    });
  }

  @Test
  void withoutRestClientOnlyTheWebClientSideIsConfigured() {
    withCatalog.withClassLoader(new FilteredClassLoader(RestClient.class)).run(context -> {
      assertThat(count(context, ErrataWebClientStatusHandler.class)).isEqualTo(1);
      assertThat(count(context, ErrataResponseErrorHandler.class)).isEqualTo(0);
      assertThat(count(context, RestClientCustomizer.class)).isEqualTo(0);
    });
  }

  @Test
  void disabledLeavesTheBuildersAlone() {
    withCatalog.withPropertyValues("errata.client.enabled=false").run(context -> {
      assertThat(count(context, ErrorDecoder.class)).isEqualTo(1);
      assertThat(count(context, RestClientCustomizer.class)).isEqualTo(0);
      assertThat(count(context, RestTemplateCustomizer.class)).isEqualTo(0);
      assertThat(count(context, WebClientCustomizer.class)).isEqualTo(0);
    });
  }
}
