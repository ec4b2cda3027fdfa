package dev.errata.spring.slices;

import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

/** A client component built from Boot's auto-configured builder, as the {@code @RestClientTest} tests it. */
@Service
public class InventoryClient {

  private final RestClient client;

  public InventoryClient(RestClient.Builder builder) {
    this.client = builder.baseUrl("https://inventory.example.com").build();
  }

  public String stock(String sku) {
    return client.get().uri("/stock/{sku}", sku).retrieve().body(String.class);
  }
}
