package dev.errata.spring.upstreams;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;

/** The inventory API as an HTTP service interface. */
public interface InventoryApi {
  @GetExchange("/skus/{code}")
  String sku(@PathVariable("code") String code);
}
