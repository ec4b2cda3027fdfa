package dev.errata.spring.shop;

import dev.errata.spring.server.ErrataProblemCustomizer;
import dev.errata.spring.server.UpstreamErrorTranslator;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The shop as an application would write it: the controller, one translation of an upstream error
 * it expects, and one extension member of its own. No Errata configuration beyond that.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ShopController.class, LegacyController.class})
public class ShopApplication {

  /**
   * The inventory's "out of stock" is the shop's too, told in the shop's words, with how many are
   * left, which the shop chooses to pass on; the inventory's own item names stay inside.
   */
  @Bean
  UpstreamErrorTranslator inventoryErrors() {
    return upstream -> upstream instanceof OutOfStockException stock
        ? new OutOfStockException("This item is sold out.", new ShopError.Stock(null, stock.available().orElse(0), null))
        : null;
  }

  @Bean
  ErrataProblemCustomizer serviceName() {
    return (problem, error) -> problem.setProperty("service", "shop");
  }
}
