package dev.errata.spring.server;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.spring.shop.ShopServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;

/** Spring WebFlux on Reactor Netty, with only the dependency and the application's own beans. */
class WebFluxProblemDetailsTest extends ProblemDetailsContract {

  @Override
  ShopServer startShop() throws Exception {
    return ShopServer.start(WebApplicationType.REACTIVE, "spring.webflux.problemdetails.enabled=true");
  }

  @Test
  void theServerIsNetty() {
    assertThat(shop().webServerName()).contains("Netty");
  }
}
