package dev.errata.spring.feignclients;

import dev.errata.Catalog;
import dev.errata.spring.upstreams.InventoryErrorCatalog;
import dev.errata.spring.upstreams.PaymentsErrorCatalog;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;

/**
 * A service that calls two APIs through {@code @FeignClient} interfaces, each API with its own
 * catalog. Both catalogs are beans, neither {@code @Primary}; no Feign configuration class is
 * written for Errata.
 */
@SpringBootApplication
@EnableFeignClients
public class FeignClientsApplication {

  @Bean
  Catalog inventoryCatalog() {
    return InventoryErrorCatalog.INSTANCE;
  }

  @Bean
  Catalog paymentsCatalog() {
    return PaymentsErrorCatalog.INSTANCE;
  }
}
