package dev.errata.spring.openapi;

import dev.errata.http.ConflictException;
import dev.errata.http.NotFoundException;
import dev.errata.spring.shop.InvalidOrderException;
import dev.errata.spring.shop.OrderNotFoundException;
import dev.errata.spring.shop.OutOfStockException;
import dev.errata.spring.shop.RateLimitedException;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Handlers that declare their catalog errors in each of the ways the customizer reads. */
@RestController
public class OrdersApi {

  /** Two catalog errors in {@code throws}, and an I/O error the document does not list. */
  @GetMapping("/orders/{id}")
  public String order(@PathVariable("id") int id) throws OrderNotFoundException, RateLimitedException, IOException {
    throw new OrderNotFoundException("Order " + id + " does not exist.");
  }

  /** Two unchecked catalog errors declared by annotation only. */
  @PostMapping("/orders")
  @ErrataResponses({InvalidOrderException.class, OutOfStockException.class})
  public String place() {
    throw new OutOfStockException("Sold out.");
  }

  /** Two codes of status 404: the HTTP catalog's by annotation, the shop's in {@code throws}. */
  @GetMapping("/orders/{id}/lines")
  @ErrataResponses(NotFoundException.class)
  public String lines(@PathVariable("id") int id) throws OrderNotFoundException {
    throw new OrderNotFoundException("Order " + id + " does not exist.");
  }

  /** Two codes of status 409, one with members and one without: their schemas differ. */
  @PostMapping("/orders/{id}/cancel")
  @ErrataResponses({ConflictException.class, OutOfStockException.class})
  public String cancel(@PathVariable("id") int id) {
    throw new ConflictException("Order " + id + " is shipped.");
  }

  /** Declares no error: springdoc's success response only. */
  @GetMapping("/health")
  public String health() {
    return "up";
  }
}
