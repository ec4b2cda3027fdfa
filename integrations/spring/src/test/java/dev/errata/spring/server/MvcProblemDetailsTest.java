package dev.errata.spring.server;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.spring.shop.ShopServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;

/** Spring MVC on embedded Tomcat, with only the dependency and the application's own beans. */
class MvcProblemDetailsTest extends ProblemDetailsContract {

  @Override
  ShopServer startShop() throws Exception {
    return ShopServer.start(WebApplicationType.SERVLET, "spring.mvc.problemdetails.enabled=true");
  }

  @Test
  void theServerIsTomcat() {
    assertThat(shop().webServerName()).contains("Tomcat");
  }
}
