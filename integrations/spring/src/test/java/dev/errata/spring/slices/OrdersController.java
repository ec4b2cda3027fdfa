package dev.errata.spring.slices;

import dev.errata.spring.service.OrderNotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A controller that fails with the service's own error, and has a body to validate. */
@RestController
public class OrdersController {

  /** An order line as a client posts it. */
  public record Line(@Min(1) int quantity) {}

  @GetMapping("/orders/{id}")
  public String order(@PathVariable("id") int id) {
    throw new OrderNotFoundException("Order " + id + " does not exist.");
  }

  @PostMapping("/orders")
  public String place(@Valid @RequestBody Line line) {
    return "placed";
  }
}
