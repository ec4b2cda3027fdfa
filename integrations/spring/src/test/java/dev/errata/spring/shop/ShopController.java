package dev.errata.spring.shop;

import dev.errata.ErrorDetails;
import dev.errata.ReportedError;
import dev.errata.jdk.ErrataHttpClient;
import dev.errata.runtime.ErrorDecoder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Handlers that fail the way a real service fails: with errors of its own, and with errors of
 * the services it calls, decoded by Errata and left to propagate. The same controller runs on
 * Spring MVC and on WebFlux.
 */
@RestController
public class ShopController {

  private final ErrataHttpClient upstream;
  private final URI upstreamUri;

  public ShopController(@Value("${shop.upstream}") URI upstreamUri) {
    this.upstreamUri = upstreamUri;
    this.upstream = ErrataHttpClient.of(
        HttpClient.newHttpClient(), ErrorDecoder.builder(ShopErrorCatalog.INSTANCE).build());
  }

  @GetMapping("/orders/{id}")
  public String order(@PathVariable("id") int id) {
    throw new OrderNotFoundException("Order " + id + " does not exist.");
  }

  @GetMapping("/limits")
  public String limited() {
    throw new RateLimitedException(ErrorDetails.builder()
        .message("Try again in half a minute.").retryAfter(Duration.ofMillis(29_500)).build());
  }

  @PostMapping("/orders")
  public String place() {
    throw new InvalidOrderException(ErrorDetails.builder()
        .message("The order has 2 invalid fields.")
        .addError(new ReportedError("required", "must not be blank", "email"))
        .addError(new ReportedError("", "must be at least 1", "quantity"))
        .instance("/orders/drafts/d-17")
        .build());
  }

  @GetMapping("/stock/{sku}")
  public String stock(@PathVariable("sku") String sku) {
    throw new OutOfStockException("Item " + sku + " is sold out.",
        new ShopError.Stock(sku, 0, Instant.parse("2026-07-01T08:00:00Z")));
  }

  /** Asks the order service, and lets its error propagate. */
  @GetMapping("/upstream/orders/{id}")
  public CompletableFuture<String> upstreamOrder(@PathVariable("id") String id) {
    return call("/orders/" + id);
  }

  /** Asks the inventory service, and lets its error propagate. */
  @GetMapping("/upstream/stock/{sku}")
  public CompletableFuture<String> upstreamStock(@PathVariable("sku") String sku) {
    return call("/stock/" + sku);
  }

  /** Asks the address service, and lets its error propagate. */
  @GetMapping("/upstream/addresses")
  public CompletableFuture<String> upstreamAddresses() {
    return call("/addresses");
  }

  /** Asks a service that limits its callers, and lets its error propagate. */
  @GetMapping("/upstream/limits")
  public CompletableFuture<String> upstreamLimits() {
    return call("/limits");
  }

  private CompletableFuture<String> call(String path) {
    HttpRequest request = HttpRequest.newBuilder(upstreamUri.resolve(path))
        .header("Authorization", "Bearer shop-to-upstream-token").build();
    return upstream.sendAsync(request, BodyHandlers.ofString());
  }
}
