package dev.errata.spring.boot;

import dev.errata.Catalog;
import dev.errata.http.HttpErrorCatalog;
import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.spring.client.ErrataResponseErrorHandler;
import dev.errata.spring.client.ErrataWebClientStatusHandler;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
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
import org.springframework.core.Ordered;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.client.support.RestClientHttpServiceGroupConfigurer;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.support.WebClientHttpServiceGroupConfigurer;

/**
 * Typed client errors for a Spring Boot application: the auto-configured {@code
 * RestClient.Builder}, {@code RestTemplateBuilder} and {@code WebClient.Builder}, and the HTTP
 * service groups built from them, throw the catalog's exceptions for error responses and follow
 * one {@link ClientPolicy} (pass-through, GraphQL errors, retry) built from {@code errata.client.*}.
 *
 * <p>The default catalog is the one {@code errata.client.catalog} names, else the application's
 * only (or {@code @Primary}) {@link Catalog} bean, else the standard HTTP catalog ({@link
 * HttpErrorCatalog}), so errors are still typed by status. Several {@code Catalog} beans are
 * fine: none of them becomes the default by accident. A client that calls another API gets its
 * own catalog in one line, {@code .apply(errataClients.restClient(InventoryErrorCatalog.INSTANCE))}
 * on a cloned builder, or for an HTTP service group in one property, {@code
 * errata.client.catalogs.inventory=com.acme.InventoryError}; see {@link ErrataClients}. Each
 * piece is a bean the application can replace with its own. {@code errata.client.enabled=false}
 * turns the customizers off. Each client stack is configured only when its classes are present.
 */
@AutoConfiguration
@EnableConfigurationProperties(ErrataProperties.class)
public class ErrataClientAutoConfiguration {

  private static final Log log = LogFactory.getLog(ErrataClientAutoConfiguration.class);

  /**
   * After Boot's group configurers, which apply the customizers (and so the default policy) at
   * order 0: a group's own policy is applied last, and the last one applied is the one in force.
   */
  private static final int AFTER_CUSTOMIZERS = Ordered.LOWEST_PRECEDENCE - 10;

  /**
   * The decoder of the default catalog: the one {@code errata.client.catalog} names, else the
   * application's only (or {@code @Primary}) {@link Catalog} bean, else the HTTP catalog.
   */
  @Bean
  @ConditionalOnMissingBean
  public ErrorDecoder errataErrorDecoder(ObjectProvider<Catalog> catalogs, ErrataProperties properties) {
    return ErrataClients.decoderOf(defaultCatalog(catalogs, properties), properties);
  }

  /** The policy of the auto-configured clients, from {@code errata.client.*}. */
  @Bean
  @ConditionalOnMissingBean
  public ClientPolicy errataClientPolicy(ErrorDecoder decoder, ErrataProperties properties) {
    return ErrataClients.policyOf(decoder, properties);
  }

  /** The policy of each other catalog the application calls, and of each named client. */
  @Bean
  @ConditionalOnMissingBean
  public ErrataClients errataClients(ErrataProperties properties, ClientPolicy policy) {
    return new ErrataClients(properties, policy);
  }

  private static Catalog defaultCatalog(ObjectProvider<Catalog> catalogs, ErrataProperties properties) {
    Class<?> named = properties.getClient().getCatalog();
    if (named != null) {
      Catalog catalog = CatalogProperty.resolve(named, "errata.client.catalog");
      log.info("Errata: the auto-configured HTTP clients decode errors with " + catalog.name() + " (errata.client.catalog)");
      return catalog;
    }
    Catalog unique = catalogs.getIfUnique();
    if (unique != null) {
      log.info("Errata: the auto-configured HTTP clients decode errors with " + unique.name() + " (the Catalog bean)");
      return unique;
    }
    List<String> several = catalogs.stream().map(Catalog::name).toList();
    if (several.isEmpty()) {
      log.info("Errata: the auto-configured HTTP clients decode errors by status with the HTTP catalog (no Catalog bean)");
    } else {
      log.info("Errata: the auto-configured HTTP clients decode errors by status with the HTTP catalog: of the Catalog"
          + " beans " + several + " none is the default; errata.client.catalog names one, and"
          + " errata.client.catalogs.<client> or ErrataClients gives each client its own");
    }
    return HttpErrorCatalog.INSTANCE;
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

    /** HTTP service groups of RestClients: each named one decodes with its own catalog. */
    @Bean
    @ConditionalOnBooleanProperty(name = "errata.client.enabled", matchIfMissing = true)
    RestClientHttpServiceGroupConfigurer errataRestClientGroups(ErrataClients clients) {
      return new RestClientHttpServiceGroupConfigurer() {
        @Override
        public void configureGroups(Groups<RestClient.Builder> groups) {
          groups.forEachClient((group, builder) -> {
            ClientPolicy policy = clients.policyFor("HTTP service group", group.name());
            if (clients.names(group.name())) {
              builder.apply(ErrataResponseErrorHandler.of(policy));
            }
          });
        }

        @Override
        public int getOrder() {
          return AFTER_CUSTOMIZERS;
        }
      };
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

    /** HTTP service groups of WebClients: each named one decodes with its own catalog. */
    @Bean
    @ConditionalOnBooleanProperty(name = "errata.client.enabled", matchIfMissing = true)
    WebClientHttpServiceGroupConfigurer errataWebClientGroups(ErrataClients clients) {
      return new WebClientHttpServiceGroupConfigurer() {
        @Override
        public void configureGroups(Groups<WebClient.Builder> groups) {
          groups.forEachClient((group, builder) -> {
            ClientPolicy policy = clients.policyFor("HTTP service group", group.name());
            if (clients.names(group.name())) {
              builder.apply(ErrataWebClientStatusHandler.of(policy));
            }
          });
        }

        @Override
        public int getOrder() {
          return AFTER_CUSTOMIZERS;
        }
      };
    }
  }
}
