package dev.errata.spring.feignclients;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The inventory API as a Spring Cloud OpenFeign client. */
@FeignClient(name = "inventory", url = "${inventory.url}")
public interface InventoryClient {

  @GetMapping("/skus/{code}")
  String sku(@PathVariable("code") String code);

  /** Not idempotent, and sent without an Idempotency-Key: never retried. */
  @PostMapping("/reservations/{code}")
  String reserve(@PathVariable("code") String code);
}
