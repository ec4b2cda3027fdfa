package dev.errata.spring.server;

import dev.errata.CatalogException;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceAware;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Serves any {@link CatalogException} a Spring MVC handler throws as RFC 9457 problem details
 * ({@code application/problem+json}), through Spring's own {@link ProblemDetail} and {@link
 * ErrorResponse}: the {@code MessageSource} supplies localized texts, Spring sets {@code
 * instance} to the request path, and content negotiation writes the body. What the response holds
 * is described on {@link ErrataErrorResponses}.
 *
 * <p>Spring Boot registers it, and ahead of it {@link ErrataHandlerExceptionResolver}, which
 * hands it every catalog error the application does not handle itself, before any catch-all
 * advice of the application sees it. Without Boot, declare both (see docs/spring.md); declared
 * alone, this advice answers catalog errors that no controller's or earlier advice's handler
 * takes.
 */
@ControllerAdvice
public class ErrataExceptionHandler implements MessageSourceAware {

  /** The request attribute under which the resolver leaves one of Spring's own errors it translated. */
  static final String SPRING_ERROR_ATTRIBUTE = ErrataExceptionHandler.class.getName() + ".springError";

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

  /** The responses this handler answers with. */
  public ErrataErrorResponses responses() {
    return responses;
  }

  /** The problem details response for {@code error}, in the request's locale. */
  @ExceptionHandler(CatalogException.class)
  public ResponseEntity<ProblemDetail> handleCatalogException(CatalogException error, Locale locale, WebRequest request) {
    // Spring's own error, when the resolver translated one: its headers (Allow, Accept) go along.
    Object springError = request.getAttribute(SPRING_ERROR_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    HttpHeaders headers = springError instanceof Throwable t ? SpringErrors.headersOf(t) : HttpHeaders.EMPTY;
    ErrorResponse response = responses.create(error, headers, messageSource, locale);
    return ResponseEntity.status(response.getStatusCode())
        .headers(response.getHeaders())
        .body(response.getBody());
  }
}
