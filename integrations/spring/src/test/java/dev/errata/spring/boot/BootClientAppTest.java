package dev.errata.spring.boot;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.spring.client.catalog.OutOfStockException;
import dev.errata.spring.client.catalog.RateLimitedException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.restclient.RestTemplateBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A real application with only the dependency and a catalog bean, on a random loopback port:
 * the builders Boot configures throw the catalog's exceptions, with no Errata code in the app.
 */
class BootClientAppTest {

  private static final String[] ARGS = {
    "--server.port=0", "--server.address=127.0.0.1", "--spring.main.banner-mode=off", "--logging.level.root=warn"
  };

  private static ConfigurableApplicationContext run(WebApplicationType type, String... more) {
    String[] args = new String[ARGS.length + more.length];
    System.arraycopy(ARGS, 0, args, 0, ARGS.length);
    System.arraycopy(more, 0, args, ARGS.length, more.length);
    return new SpringApplicationBuilder(ShopApplication.class).web(type).run(args);
  }

  private static String baseUrl(ConfigurableApplicationContext app) {
    return "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
  }

  @Test
  void mvcAppOnTomcatGetsTypedErrorsFromTheAutoConfiguredRestClientAndRestTemplate() {
    try (ConfigurableApplicationContext app = run(WebApplicationType.SERVLET)) {
      assertThat(((WebServerApplicationContext) app).getWebServer().getClass().getSimpleName()).contains("Tomcat");
      RestClient client = app.getBean(RestClient.Builder.class).baseUrl(baseUrl(app)).build();
      RestTemplate template = app.getBean(RestTemplateBuilder.class).rootUri(baseUrl(app)).build();

      assertThat(client.get().uri("/ok").retrieve().body(String.class)).isEqualTo("fine");
      OutOfStockException e = assertThrows(OutOfStockException.class,
          () -> client.get().uri("/out-of-stock").retrieve().body(String.class));
      assertThat(e.details().message()).hasValue("Only 2 left.");
      RateLimitedException limited = assertThrows(RateLimitedException.class,
          () -> template.getForObject("/limited", String.class));
      assertThat(limited.retryAfter()).hasValue(Duration.ofSeconds(7));
    }
  }

  @Test
  void webFluxAppOnNettyGetsTypedErrorsFromTheAutoConfiguredWebClient() {
    try (ConfigurableApplicationContext app = run(WebApplicationType.REACTIVE,
        "--spring.autoconfigure.exclude=org.springframework.boot.tomcat.autoconfigure.reactive.TomcatReactiveWebServerAutoConfiguration")) {
      assertThat(((WebServerApplicationContext) app).getWebServer().getClass().getSimpleName()).contains("Netty");
      WebClient client = app.getBean(WebClient.Builder.class).baseUrl(baseUrl(app)).build();

      assertThat(client.get().uri("/ok").retrieve().bodyToMono(String.class).block()).isEqualTo("fine");
      assertThrows(OutOfStockException.class,
          () -> client.get().uri("/out-of-stock").retrieve().bodyToMono(String.class).block());
      RateLimitedException limited = assertThrows(RateLimitedException.class,
          () -> client.get().uri("/limited").retrieve().toBodilessEntity().block());
      assertThat(limited.retryAfter()).hasValue(Duration.ofSeconds(7));
    }
  }

  @Test
  void anOutcomeCodeFromThePropertiesReachesTheCallerOfTheAutoConfiguredWebClient() {
    try (ConfigurableApplicationContext app = run(WebApplicationType.REACTIVE,
        "--spring.autoconfigure.exclude=org.springframework.boot.tomcat.autoconfigure.reactive.TomcatReactiveWebServerAutoConfiguration",
        "--errata.client.pass-through-codes=OutOfStock")) {
      WebClient client = app.getBean(WebClient.Builder.class).baseUrl(baseUrl(app)).build();

      ResponseEntity<String> outOfStock = client.get().uri("/out-of-stock").retrieve().toEntity(String.class).block();

      assertThat(outOfStock.getStatusCode().value()).isEqualTo(409);
      assertThat(outOfStock.getBody()).contains("\"detail\":\"Only 2 left.\"");
      assertThrows(RateLimitedException.class,
          () -> client.get().uri("/limited").retrieve().toBodilessEntity().block());
    }
  }
}
