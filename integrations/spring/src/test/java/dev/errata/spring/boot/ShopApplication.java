package dev.errata.spring.boot;

import dev.errata.Catalog;
import dev.errata.spring.client.catalog.ShopErrorCatalog;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application as a user writes it: the dependency on the class path, its catalog as a bean,
 * and nothing else about Errata. It also serves a few error responses, so it can call itself.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ShopApplication.Errors.class)
public class ShopApplication {

  @Bean
  Catalog shopCatalog() {
    return ShopErrorCatalog.INSTANCE;
  }

  /** Error responses in the shop API's format. */
  @RestController
  static class Errors {

    @GetMapping("/out-of-stock")
    ResponseEntity<String> outOfStock() {
      return ResponseEntity.status(409).contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body("{\"title\":\"Out of stock\",\"status\":409,\"detail\":\"Only 2 left.\",\"code\":\"OutOfStock\"}");
    }

    @GetMapping("/limited")
    ResponseEntity<String> limited() {
      return ResponseEntity.status(429).header("Retry-After", "7").contentType(MediaType.APPLICATION_JSON)
          .body("{\"code\":\"RateLimited\",\"message\":\"Slow down.\"}");
    }

    @GetMapping("/ok")
    String ok() {
      return "fine";
    }
  }
}
