package dev.errata.spring.server;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.spring.shop.ShopServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.WebApplicationType;

/** Spring WebFlux on Reactor Netty, with only the dependency and the application's own beans. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebFluxProblemDetailsTest extends ProblemDetailsContract {

  private ShopServer shop;

  @BeforeAll
  void start() throws Exception {
    shop = ShopServer.start(WebApplicationType.REACTIVE, "spring.webflux.problemdetails.enabled=true");
  }

  @AfterAll
  void stop() {
    shop.close();
  }

  @Override
  ShopServer shop() {
    return shop;
  }

  @Test
  void theServerIsNetty() {
    assertThat(shop.webServerName()).contains("Netty");
  }
}
