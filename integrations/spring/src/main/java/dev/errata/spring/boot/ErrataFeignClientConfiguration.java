package dev.errata.spring.boot;

import dev.errata.feign.ErrataCapability;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.cloud.openfeign.FeignClientSpecification;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The beans Errata adds to the context Spring Cloud OpenFeign makes for each {@code @FeignClient}:
 * the client's {@link ErrataCapability}. That context's parent is the application's, so {@link
 * ErrataClients} comes from there, and its environment says which client it is for.
 */
@Configuration(proxyBeanMethods = false)
class ErrataFeignClientConfiguration {

  /**
   * The property each client's context holds its name in (its {@code contextId}); {@code
   * FeignClientFactory} sets it when it makes the context.
   */
  static final String CLIENT_NAME_PROPERTY = "spring.cloud.openfeign.client.name";

  /**
   * Registered in every client's context: the {@code default.} prefix makes it apply to all of
   * them, and the class name {@code default} is what Spring Cloud OpenFeign gives its own default
   * configurations (its AOT processing looks any other class name up as a client's bean).
   */
  static FeignClientSpecification specification() {
    return new FeignClientSpecification("default." + ErrataFeignClientConfiguration.class.getName(), "default",
        new Class<?>[] {ErrataFeignClientConfiguration.class});
  }

  /**
   * The client's capability, unless the application gave it one: the client-specific
   * configurations are registered ahead of this one, and the application's beans are in the
   * parent context, which the condition searches too.
   */
  @Bean
  @ConditionalOnMissingBean(ErrataCapability.class)
  ErrataCapability errataCapability(ErrataClients clients, Environment environment) {
    String client = environment.getRequiredProperty(CLIENT_NAME_PROPERTY);
    return ErrataCapability.of(clients.policyFor("Feign client", client));
  }
}
