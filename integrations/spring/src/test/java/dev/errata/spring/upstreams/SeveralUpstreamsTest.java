package dev.errata.spring.upstreams;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.CatalogException;
import dev.errata.http.HttpErrorCatalog;
import dev.errata.http.NotFoundException;
import dev.errata.runtime.ErrorDecoder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A Boot service calling two APIs, each with its own catalog: every client decodes with the
 * catalog the application names for it, a code only the other API knows stays untyped, two
 * {@code Catalog} beans need no {@code @Primary}, and startup says which catalog each client uses.
 */
class SeveralUpstreamsTest {

  private static Upstream inventory;
  private static Upstream payments;
  private static ConfigurableApplicationContext context;
  private static String startupLog;

  @BeforeAll
  static void start() {
    inventory = new Upstream(Map.of("SkuNotFound", 404, "Reserved", 409));
    payments = new Upstream(Map.of("CardDeclined", 402, "PaymentNotFound", 404));
    PrintStream console = System.out;
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    System.setOut(new PrintStream(output, true, StandardCharsets.UTF_8));
    try {
      context = new SpringApplicationBuilder(UpstreamsApplication.class)
          .web(WebApplicationType.NONE)
          .properties(
              "spring.main.banner-mode=off",
              "inventory.url=" + inventory.url(),
              "payments.url=" + payments.url(),
              "spring.http.serviceclient.inventory.base-url=" + inventory.url(),
              "spring.http.serviceclient.payments.base-url=" + payments.url(),
              "errata.client.catalogs.inventory=dev.errata.spring.upstreams.InventoryError",
              "errata.client.catalogs.payments=dev.errata.spring.upstreams.PaymentsError")
        .run();
    } finally {
      System.setOut(console);
    }
    startupLog = output.toString(StandardCharsets.UTF_8);
    console.print(startupLog);
  }

  @AfterAll
  static void stop() {
    context.close();
    inventory.close();
    payments.close();
  }

  @Test
  void theInventoryRestClientDecodesWithTheInventoryCatalog() {
    RestClient client = context.getBean("inventoryClient", RestClient.class);
    assertThrows(SkuNotFoundException.class, () -> client.get().uri("/skus/SkuNotFound").retrieve().body(String.class));
    assertThrows(ReservedException.class, () -> client.get().uri("/skus/Reserved").retrieve().body(String.class));
  }

  @Test
  void thePaymentsWebClientDecodesWithThePaymentsCatalogAndLeavesInventoryCodesUntyped() {
    WebClient client = context.getBean("paymentsClient", WebClient.class);
    assertThrows(CardDeclinedException.class,
        () -> client.get().uri("/payments/CardDeclined").retrieve().bodyToMono(String.class).block());
    CatalogException unknown = assertThrows(CatalogException.class,
        () -> client.get().uri("/payments/SkuNotFound").retrieve().bodyToMono(String.class).block());
    assertThat(unknown.getClass()).isEqualTo(NotFoundException.class);
  }

  @Test
  void httpServiceGroupsDecodeWithTheCatalogsTheirPropertiesName() {
    InventoryApi inventoryApi = context.getBean(InventoryApi.class);
    assertThrows(SkuNotFoundException.class, () -> inventoryApi.sku("SkuNotFound"));
    PaymentsApi paymentsApi = context.getBean(PaymentsApi.class);
    assertThrows(PaymentNotFoundException.class, () -> paymentsApi.payment("PaymentNotFound").block());
    CatalogException unknown = assertThrows(CatalogException.class, () -> paymentsApi.payment("SkuNotFound").block());
    assertThat(unknown.getClass()).isEqualTo(NotFoundException.class);
  }

  @Test
  void withTwoCatalogBeansAndNoneNamedTheDefaultBuildersDecodeByStatus() {
    assertThat(context.getBean(ErrorDecoder.class).catalog()).isSameInstanceAs(HttpErrorCatalog.INSTANCE);
    RestClient plain = context.getBean(RestClient.Builder.class).baseUrl(inventory.url()).build();
    CatalogException e = assertThrows(CatalogException.class,
        () -> plain.get().uri("/skus/SkuNotFound").retrieve().body(String.class));
    assertThat(e.getClass()).isEqualTo(NotFoundException.class);
  }

  @Test
  void startupSaysWhichCatalogEachClientUses() {
    assertThat(startupLog).contains("the auto-configured HTTP clients decode errors by status with the HTTP catalog:"
        + " of the Catalog beans [Inventory, Payments] none is the default");
    assertThat(startupLog).contains("a RestClient decodes errors with Inventory (ErrataClients.restClient)");
    assertThat(startupLog).contains("a WebClient decodes errors with Payments (ErrataClients.webClient)");
    assertThat(startupLog).contains("HTTP service group 'inventory' decodes errors with Inventory (errata.client.catalogs.inventory)");
    assertThat(startupLog).contains("HTTP service group 'payments' decodes errors with Payments (errata.client.catalogs.payments)");
  }
}
