package dev.errata.spring.feignclients;

import dev.errata.feign.ErrataCapability;
import dev.errata.http.HttpErrorCatalog;
import dev.errata.runtime.ErrorDecoder;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The inventory API once more, as a client whose own configuration gives it an Errata capability
 * of its own: that one is the client's, not the one Errata would make.
 */
@FeignClient(name = "legacy-inventory", url = "${inventory.url}", configuration = LegacyInventoryClient.OwnErrata.class)
public interface LegacyInventoryClient {

  @GetMapping("/skus/{code}")
  String sku(@PathVariable("code") String code);

  /** Not a {@code @Configuration}, so the application's component scan leaves it to this client. */
  class OwnErrata {
    @Bean
    ErrataCapability byStatusOnly() {
      return ErrataCapability.of(ErrorDecoder.builder(HttpErrorCatalog.INSTANCE).build());
    }
  }
}
