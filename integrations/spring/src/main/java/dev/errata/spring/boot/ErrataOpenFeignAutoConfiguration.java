package dev.errata.spring.boot;

import dev.errata.feign.ErrataCapability;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.cloud.openfeign.FeignClientSpecification;
import org.springframework.context.annotation.Bean;

/**
 * Typed errors for Spring Cloud OpenFeign: every {@code @FeignClient} gets one {@link
 * ErrataCapability} with its own {@link dev.errata.runtime.ClientPolicy}, the one {@link
 * ErrataClients#policyFor} gives for the client's name (its {@code contextId}, which defaults to
 * its name). So a client's catalog is one property, {@code
 * errata.client.catalogs.inventory=com.acme.InventoryError}; a client no property names decodes
 * with the default catalog. Every client logs its choice once, when it is created.
 *
 * <p>The capability is declared in {@code ErrataFeignClientConfiguration}, which Spring Cloud
 * OpenFeign registers in the child context of each client, as it does for {@code
 * @EnableFeignClients(defaultConfiguration = ...)}: the application writes no configuration
 * class. A client whose own configuration (or the application) declares an {@code
 * ErrataCapability} keeps that one. {@code errata.client.enabled=false} leaves Feign clients as
 * Spring Cloud OpenFeign makes them.
 */
@AutoConfiguration(after = ErrataClientAutoConfiguration.class)
@ConditionalOnClass({FeignClientSpecification.class, ErrataCapability.class})
@ConditionalOnBooleanProperty(name = "errata.client.enabled", matchIfMissing = true)
public class ErrataOpenFeignAutoConfiguration {

  /**
   * Errata's configuration for every Feign client's context. Spring Cloud OpenFeign's {@code
   * FeignAutoConfiguration} collects the {@link FeignClientSpecification} beans; one whose name
   * starts with {@code default.} is registered in every client's context.
   */
  @Bean
  public FeignClientSpecification errataFeignClientSpecification() {
    return ErrataFeignClientConfiguration.specification();
  }
}
