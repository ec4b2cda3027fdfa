package dev.errata.spring.feignclients;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.Catalog;
import dev.errata.CatalogException;
import dev.errata.feign.ErrataCapability;
import dev.errata.http.HttpErrorCatalog;
import dev.errata.http.NotFoundException;
import dev.errata.http.ServiceUnavailableException;
import dev.errata.spring.upstreams.CardDeclinedException;
import dev.errata.spring.upstreams.InventoryErrorCatalog;
import dev.errata.spring.upstreams.PaymentNotFoundException;
import dev.errata.spring.upstreams.PaymentsErrorCatalog;
import dev.errata.spring.upstreams.ReservedException;
import dev.errata.spring.upstreams.SkuNotFoundException;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.openfeign.FeignClientFactory;

/**
 * Spring Cloud OpenFeign clients in a Boot service that calls two APIs: each {@code @FeignClient}
 * decodes with the catalog one property names for it, follows the policy's retries, and says at
 * startup which catalog it uses; the application writes no Feign configuration for it.
 */
class FeignClientsTest {

  private static Service service;

  @BeforeAll
  static void start() {
    service = new Service(List.of(),
        "errata.client.catalogs.inventory=dev.errata.spring.upstreams.InventoryError",
        "errata.client.catalogs.payments=dev.errata.spring.upstreams.PaymentsError",
        "errata.client.retry.enabled=true");
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void theInventoryClientThrowsTheInventoryCatalogsExceptions() {
    InventoryClient inventory = service.client(InventoryClient.class);
    assertThrows(SkuNotFoundException.class, () -> inventory.sku("SkuNotFound"));
    assertThrows(ReservedException.class, () -> inventory.sku("Reserved"));
  }

  @Test
  void thePaymentsClientThrowsThePaymentsCatalogsExceptionsAndLeavesInventoryCodesUntyped() {
    PaymentsClient payments = service.client(PaymentsClient.class);
    assertThrows(CardDeclinedException.class, () -> payments.payment("CardDeclined"));
    assertThrows(PaymentNotFoundException.class, () -> payments.payment("PaymentNotFound"));
    CatalogException unknown = assertThrows(CatalogException.class, () -> payments.payment("SkuNotFound"));
    assertThat(unknown.getClass()).isEqualTo(NotFoundException.class);
  }

  @Test
  void eachClientHasExactlyOneErrataCapabilityWithItsOwnCatalog() {
    FeignClientFactory clients = service.context.getBean(FeignClientFactory.class);
    assertThat(catalogOf(clients, "inventory")).isSameInstanceAs(InventoryErrorCatalog.INSTANCE);
    assertThat(catalogOf(clients, "payments")).isSameInstanceAs(PaymentsErrorCatalog.INSTANCE);
    // The client that declares its own capability keeps it, and gets no second one.
    assertThat(catalogOf(clients, "legacy-inventory")).isSameInstanceAs(HttpErrorCatalog.INSTANCE);
    CatalogException e = assertThrows(CatalogException.class,
        () -> service.client(LegacyInventoryClient.class).sku("SkuNotFound"));
    assertThat(e.getClass()).isEqualTo(NotFoundException.class);
  }

  @Test
  void aRetryableErrorIsRetriedAsTheServerAsks() {
    service.inventory.unavailableOnce("/skus/InStock");

    String sku = service.client(InventoryClient.class).sku("InStock");

    assertThat(sku).contains("InStock");
    assertThat(service.inventory.requests("/skus/InStock")).isEqualTo(2);
  }

  @Test
  void aPostWithoutAnIdempotencyKeyIsNotRetried() {
    service.inventory.unavailableOnce("/reservations/InStock");

    ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
        () -> service.client(InventoryClient.class).reserve("InStock"));

    assertThat(e.isRetryable()).isTrue();
    assertThat(service.inventory.requests("/reservations/InStock")).isEqualTo(1);
  }

  @Test
  void startupSaysOnceForEachClientWhichCatalogItDecodesWith() {
    assertThat(occurrences("Feign client 'inventory' decodes errors with Inventory (errata.client.catalogs.inventory)"))
        .isEqualTo(1);
    assertThat(occurrences("Feign client 'payments' decodes errors with Payments (errata.client.catalogs.payments)"))
        .isEqualTo(1);
    assertThat(occurrences("Feign client '")).isEqualTo(2);
  }

  private static Catalog catalogOf(FeignClientFactory clients, String client) {
    List<ErrataCapability> capabilities = List.copyOf(clients.getInstances(client, ErrataCapability.class).values());
    assertThat(capabilities).hasSize(1);
    return capabilities.get(0).policy().decoder().catalog();
  }

  private static int occurrences(String line) {
    return service.startupLog.split(Pattern.quote(line), -1).length - 1;
  }
}
