package dev.errata.spring.server;

import dev.errata.CatalogException;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceAware;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Serves any {@link CatalogException} a handler throws as RFC 9457 problem details ({@code
 * application/problem+json}), in Spring MVC and in Spring WebFlux alike, through Spring's own
 * {@link ProblemDetail} and {@link ErrorResponse}: the {@code MessageSource} supplies localized
 * texts, Spring sets {@code instance} to the request path, and content negotiation writes the
 * body. What the response holds is described on {@link ErrataErrorResponses}.
 *
 * <p>Spring Boot registers one automatically. Without Boot, declare it as a bean:
 * {@code @Bean ErrataExceptionHandler errata() { return new
 * ErrataExceptionHandler(ErrataErrorResponses.withDefaults()); }}.
 *
 * <p>It has no {@code @Order}: an {@code @ExceptionHandler} of a controller, or of an advice of
 * the application's declared before it, takes precedence.
 */
@ControllerAdvice
public class ErrataExceptionHandler implements MessageSourceAware {

  private final ErrataErrorResponses responses;
  private @Nullable MessageSource messageSource;

  /** A handler answering with {@code responses}. */
  public ErrataExceptionHandler(ErrataErrorResponses responses) {
    this.responses = Objects.requireNonNull(responses, "responses");
  }

  @Override
  public void setMessageSource(MessageSource messageSource) {
    this.messageSource = messageSource;
  }

  /** The problem details response for {@code error}, in the request's locale. */
  @ExceptionHandler(CatalogException.class)
  public ResponseEntity<ProblemDetail> handleCatalogException(CatalogException error, Locale locale) {
    ErrorResponse response = responses.create(error, messageSource, locale);
    return ResponseEntity.status(response.getStatusCode())
        .headers(response.getHeaders())
        .body(response.getBody());
  }
}
