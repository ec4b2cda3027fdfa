package dev.errata.spring.server;

import java.util.Locale;
import java.util.Objects;
import org.springframework.core.Ordered;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Spring Security's exceptions a Spring WebFlux handler raises (method security's denials, an
 * authentication a handler demands) answered as {@link ErrataWebFluxExceptionHandler} answers
 * every other error, ahead of the application's catch-all advice. Spring MVC needs no such
 * advice: its resolver takes every exception.
 */
@ControllerAdvice
public class ErrataWebFluxSecurityExceptionHandler implements Ordered {

  private final ErrataWebFluxExceptionHandler errata;

  public ErrataWebFluxSecurityExceptionHandler(ErrataWebFluxExceptionHandler errata) {
    this.errata = Objects.requireNonNull(errata, "errata");
  }

  /** The problem details response for {@code error}, unless the application handles it itself. */
  @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
  public Mono<ResponseEntity<Object>> handle(Exception error, ServerWebExchange exchange, Locale locale) {
    return errata.handle(error, exchange, locale);
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
