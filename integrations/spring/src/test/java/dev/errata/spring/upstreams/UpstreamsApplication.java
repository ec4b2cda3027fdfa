package dev.errata.spring.upstreams;

import dev.errata.Catalog;
import dev.errata.spring.boot.ErrataClients;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.service.registry.HttpServiceGroup;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * A service that calls two APIs, each with its own catalog and neither the default: a RestClient
 * and an HTTP service group for the inventory, a WebClient and a reactive HTTP service group for
 * the payments. Both catalogs are beans, neither {@code @Primary}.
 */
@SpringBootApplication
@ImportHttpServices(group = "inventory", types = InventoryApi.class)
@ImportHttpServices(group = "payments", types = PaymentsApi.class, clientType = HttpServiceGroup.ClientType.WEB_CLIENT)
public class UpstreamsApplication {

  @Bean
  Catalog inventoryCatalog() {
    return InventoryErrorCatalog.INSTANCE;
  }

  @Bean
  Catalog paymentsCatalog() {
    return PaymentsErrorCatalog.INSTANCE;
  }

  @Bean
  RestClient inventoryClient(RestClient.Builder builder, ErrataClients errata, @Value("${inventory.url}") String url) {
    return builder.clone().baseUrl(url).apply(errata.restClient(InventoryErrorCatalog.INSTANCE)).build();
  }

  @Bean
  WebClient paymentsClient(WebClient.Builder builder, ErrataClients errata, @Value("${payments.url}") String url) {
    return builder.clone().baseUrl(url).apply(errata.webClient(PaymentsErrorCatalog.INSTANCE)).build();
  }
}
