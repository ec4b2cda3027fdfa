package dev.errata.spring.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** What the service's handlers do: fail with the service's own errors, and with unexpected ones. */
@RestController
public class OrdersController {

  /** An order as a client posts it. */
  public record NewOrder(@NotBlank String email, @Min(1) int quantity) {}

  @GetMapping(path = "/orders/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  public String order(@PathVariable("id") int id) {
    throw new OrderNotFoundException("Order " + id + " does not exist.");
  }

  @GetMapping("/stock/{sku}")
  public String stock(@PathVariable("sku") String sku) {
    throw new OutOfStockException("Item " + sku + " is sold out.");
  }

  @GetMapping("/boom")
  public String boom() {
    throw new IllegalStateException("pool db-7.internal exhausted");
  }

  @PostMapping(path = "/orders", consumes = MediaType.APPLICATION_JSON_VALUE)
  public String place(@Valid @RequestBody NewOrder order) {
    return "placed";
  }

  /** Spring MVC only: an upload, for the upload size limit. */
  @PostMapping(path = "/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public String upload(@org.springframework.web.bind.annotation.RequestParam("file") org.springframework.web.multipart.MultipartFile file) {
    return "stored";
  }
}
