package dev.errata.spring.service;

import dev.errata.http.ConflictException;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The shapes of error handling applications already have, as their own answer: status 418 and
 * {@code {"handledBy": shape}}, so that a test tells them from Errata's problem details.
 */
public final class Advices {

  private Advices() {}

  static ResponseEntity<Map<String, Object>> own(String shape) {
    return ResponseEntity.status(418).body(Map.of("handledBy", shape, "detail", "Unexpected error"));
  }

  /** The usual catch-all. */
  @RestControllerAdvice
  public static class CatchAll {
    @ExceptionHandler(Exception.class)
    public ResponseEntity<Map<String, Object>> any(Exception e) {
      return own("catch-all");
    }
  }

  /** The usual catch-all, on Spring MVC's ResponseEntityExceptionHandler. */
  @RestControllerAdvice
  public static class MvcCatchAll extends org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler {
    @ExceptionHandler(Exception.class)
    public ResponseEntity<Map<String, Object>> any(Exception e) {
      return own("catch-all-rseh");
    }
  }

  /** The usual catch-all, on Spring WebFlux's ResponseEntityExceptionHandler. */
  @RestControllerAdvice
  public static class FluxCatchAll extends org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler {
    @ExceptionHandler(Exception.class)
    public ResponseEntity<Map<String, Object>> any(Exception e) {
      return own("catch-all-rseh");
    }
  }

  /** Handles one catalog error itself. */
  @RestControllerAdvice
  public static class Specific {
    @ExceptionHandler(OrderNotFoundException.class)
    public ResponseEntity<Map<String, Object>> notFound(OrderNotFoundException e) {
      return own("specific");
    }
  }

  /** Handles every conflict itself, the catalog's own among them. */
  @RestControllerAdvice
  public static class Ancestor {
    @ExceptionHandler(ConflictException.class)
    public ResponseEntity<Map<String, Object>> conflict(ConflictException e) {
      return own("ancestor");
    }
  }

  /** One advice with both: a catalog error of its own, and a catch-all. */
  @RestControllerAdvice
  public static class Mixed {
    @ExceptionHandler(OrderNotFoundException.class)
    public ResponseEntity<Map<String, Object>> notFound(OrderNotFoundException e) {
      return own("mixed");
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Map<String, Object>> any(Exception e) {
      return own("mixed");
    }
  }

  /** A controller that handles its own catalog error. */
  @RestController
  public static class Local {
    @GetMapping("/local/stock/{sku}")
    public String stock(@PathVariable("sku") String sku) {
      throw new OutOfStockException("Item " + sku + " is sold out.");
    }

    @ExceptionHandler(OutOfStockException.class)
    public ResponseEntity<Map<String, Object>> outOfStock(OutOfStockException e) {
      return own("local");
    }
  }
}
