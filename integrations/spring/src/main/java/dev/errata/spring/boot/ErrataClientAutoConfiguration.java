package dev.errata.spring.boot;

import dev.errata.Catalog;
import dev.errata.http.HttpErrorCatalog;
import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.runtime.PassThrough;
import dev.errata.runtime.RetryAdvisor;
import dev.errata.spring.client.ErrataResponseErrorHandler;
import dev.errata.spring.client.ErrataWebClientStatusHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.RestTemplateCustomizer;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Typed client errors for a Spring Boot application: the auto-configured {@code
 * RestClient.Builder}, {@code RestTemplateBuilder} and {@code WebClient.Builder} throw the
 * catalog's exceptions for error responses.
 *
 * <p>The catalog is the application's {@link Catalog} bean (for example {@code
 * PlatformErrorCatalog.INSTANCE} returned from a {@code @Bean} method); without one, the standard
 * HTTP catalog ({@link HttpErrorCatalog}), so errors are still typed by status. Each piece is a
 * bean the application can replace with its own: the {@link ErrorDecoder} (built from {@link
 * ErrataProperties}), the {@link ErrataResponseErrorHandler} and the {@link
 * ErrataWebClientStatusHandler}. The builders are customised through Boot's customizer beans, so
 * they stay Boot's and the application's own. {@code errata.client.enabled=false} turns the
 * customizers off. Each client stack is configured only when its classes are present.
 */
@AutoConfiguration
@EnableConfigurationProperties(ErrataProperties.class)
public class ErrataClientAutoConfiguration {

  /** The decoder of the application's catalog, or of the HTTP catalog when it declares none. */
  @Bean
  @ConditionalOnMissingBean
  public ErrorDecoder errataErrorDecoder(ObjectProvider<Catalog> catalog, ErrataProperties properties) {
    ErrataProperties.Client client = properties.getClient();
    return ErrorDecoder.builder(catalog.getIfAvailable(() -> HttpErrorCatalog.INSTANCE))
        .maxReadBytes(intBytes(client.getMaxReadBytes().toBytes(), "errata.client.max-read-bytes"))
        .maxKeptBodyBytes(intBytes(client.getMaxKeptBodyBytes().toBytes(), "errata.client.max-kept-body-bytes"))
        .redactHeaders(properties.getRedactedHeaders())
        .captureStackTraces(properties.isCaptureStackTraces())
        .build();
  }

  /** The policy of the auto-configured clients, from {@code errata.client.*}. */
  @Bean
  @ConditionalOnMissingBean
  public ClientPolicy errataClientPolicy(ErrorDecoder decoder, ErrataProperties properties) {
    ErrataProperties.Client client = properties.getClient();
    ClientPolicy.Builder policy = ClientPolicy.builder(decoder)
        .passThrough(PassThrough.statuses(client.getPassThroughStatuses().stream().mapToInt(Integer::intValue).toArray())
            .andCodes(client.getPassThroughCodes()))
        .graphQl(client.isGraphql())
        .maxGraphQlBytes(intBytes(client.getMaxGraphqlBytes().toBytes(), "errata.client.max-graphql-bytes"));
    ErrataProperties.Retry retry = client.getRetry();
    if (retry.isEnabled()) {
      policy.retry(RetryAdvisor.builder()
          .maxAttempts(retry.getMaxAttempts())
          .baseDelay(retry.getBaseDelay())
          .maxDelay(retry.getMaxDelay())
          .maxRetryAfter(retry.getMaxRetryAfter())
          .build());
    }
    return policy.build();
  }

  private static int intBytes(long bytes, String property) {
    if (bytes > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(property + " must be at most 2GB, was " + bytes + " bytes");
    }
    return (int) bytes;
  }

  /** RestClient and RestTemplate, when Boot's RestClient support is present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({RestClient.class, RestClientCustomizer.class})
  static class RestClientErrors {

    @Bean
    @ConditionalOnMissingBean
    ErrataResponseErrorHandler errataResponseErrorHandler(ClientPolicy policy) {
      return ErrataResponseErrorHandler.of(policy);
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "errata.client.enabled", matchIfMissing = true)
    RestClientCustomizer errataRestClientCustomizer(ErrataResponseErrorHandler handler) {
      return builder -> builder.apply(handler);
    }

    @Bean
    @ConditionalOnClass(RestTemplate.class)
    @ConditionalOnBooleanProperty(name = "errata.client.enabled", matchIfMissing = true)
    RestTemplateCustomizer errataRestTemplateCustomizer(ErrataResponseErrorHandler handler) {
      return handler::configure;
    }
  }

  /** WebClient, when WebFlux and Boot's WebClient support are present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({WebClient.class, WebClientCustomizer.class})
  static class WebClientErrors {

    @Bean
    @ConditionalOnMissingBean
    ErrataWebClientStatusHandler errataWebClientStatusHandler(ClientPolicy policy) {
      return ErrataWebClientStatusHandler.of(policy);
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "errata.client.enabled", matchIfMissing = true)
    WebClientCustomizer errataWebClientCustomizer(ErrataWebClientStatusHandler handler) {
      return builder -> builder.apply(handler);
    }
  }
}
