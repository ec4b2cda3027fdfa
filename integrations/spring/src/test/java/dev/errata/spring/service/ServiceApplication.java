package dev.errata.spring.service;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * A service as applications are written: its controller, its own catalog, and the error handling
 * it already had, one shape per test ({@code advice=catch-all}, ...). No Errata configuration but
 * the catalog's name in {@code errata.server.catalog}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({OrdersController.class, UpstreamController.class})
public class ServiceApplication {

  @Bean
  @ConditionalOnProperty(name = "advice", havingValue = "catch-all")
  Advices.CatchAll catchAll() {
    return new Advices.CatchAll();
  }

  @Bean
  @ConditionalOnProperty(name = "advice", havingValue = "catch-all-rseh")
  @ConditionalOnWebApplication(type = Type.SERVLET)
  Advices.MvcCatchAll mvcCatchAll() {
    return new Advices.MvcCatchAll();
  }

  @Bean
  @ConditionalOnProperty(name = "advice", havingValue = "catch-all-rseh")
  @ConditionalOnWebApplication(type = Type.REACTIVE)
  Advices.FluxCatchAll fluxCatchAll() {
    return new Advices.FluxCatchAll();
  }

  @Bean
  @ConditionalOnProperty(name = "advice", havingValue = "specific")
  Advices.Specific specific() {
    return new Advices.Specific();
  }

  @Bean
  @ConditionalOnProperty(name = "advice", havingValue = "ancestor")
  Advices.Ancestor ancestor() {
    return new Advices.Ancestor();
  }

  @Bean
  @ConditionalOnProperty(name = "advice", havingValue = "mixed")
  Advices.Mixed mixed() {
    return new Advices.Mixed();
  }

  @Bean
  @ConditionalOnProperty(name = "advice", havingValue = "local")
  Advices.Local local() {
    return new Advices.Local();
  }
}
