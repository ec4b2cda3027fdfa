package dev.errata.examples.helpdesk;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The service's catch-all, of the kind most Spring services have: whatever nobody expected is
 * logged and answered with a bare 500 that tells nothing. Errata's exception resolver runs before
 * any advice, so catalog errors, the helpdesk's own and its upstreams', and Spring's own errors
 * such as a failed validation are still answered as problem details of the helpdesk's catalog;
 * this advice sees only the rest.
 */
@RestControllerAdvice
public class UnexpectedErrors extends ResponseEntityExceptionHandler {

  /** A 500 with {@code {"detail": "Unexpected error"}}. */
  @ExceptionHandler(Exception.class)
  public ResponseEntity<Map<String, String>> unexpected(Exception e) {
    logger.error("Answering 500 for an unexpected error", e);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("detail", "Unexpected error"));
  }
}
