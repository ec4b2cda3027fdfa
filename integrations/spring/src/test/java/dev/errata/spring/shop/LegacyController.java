package dev.errata.spring.shop;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A controller that answers its own catalog errors itself, as older code of an application may. */
@RestController
public class LegacyController {

  @GetMapping("/legacy/orders/{id}")
  public String order(@PathVariable("id") int id) {
    throw new OrderNotFoundException("Order " + id + " does not exist.");
  }

  @ExceptionHandler(OrderNotFoundException.class)
  public ResponseEntity<String> gone(OrderNotFoundException e) {
    return ResponseEntity.status(HttpStatus.GONE).body("legacy: " + e.getMessage());
  }
}
