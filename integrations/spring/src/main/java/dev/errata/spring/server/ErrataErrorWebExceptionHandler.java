package dev.errata.spring.server;

import dev.errata.CatalogException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.ErrorResponse;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Spring WebFlux's answer to an error no controller's handler took (a request no route maps, a
 * 405, an exception thrown by a filter) in the problem shape, with the code the service's
 * catalog has for its status. Nothing of an unexpected exception is shown: its status's error,
 * with the catalog's description; the exception goes to the log.
 *
 * <p>Spring Boot registers it in place of its own {@code ErrorWebExceptionHandler} while {@code
 * errata.server.spring-errors} is on (the default); an application's own handler of that type wins.
 */
public class ErrataErrorWebExceptionHandler implements ErrorWebExceptionHandler, Ordered {

  private static final Log log = LogFactory.getLog(ErrataErrorWebExceptionHandler.class);

  private final ErrataErrorResponses responses;
  private final SpringErrors springErrors;
  private final MessageSource messageSource;
  private final ServerResponse.Context context;

  public ErrataErrorWebExceptionHandler(
      ErrataErrorResponses responses, SpringErrors springErrors, MessageSource messageSource, ServerCodecConfigurer codecs) {
    this.responses = Objects.requireNonNull(responses, "responses");
    this.springErrors = Objects.requireNonNull(springErrors, "springErrors");
    this.messageSource = messageSource;
    List<HttpMessageWriter<?>> writers = codecs.getWriters();
    this.context = new ServerResponse.Context() {
      @Override
      public List<HttpMessageWriter<?>> messageWriters() {
        return writers;
      }

      @Override
      public List<ViewResolver> viewResolvers() {
        return List.of();
      }
    };
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable thrown) {
    if (exchange.getResponse().isCommitted()) {
      return Mono.error(thrown);
    }
    CatalogException error = springErrors.toCatalogError(thrown).orElse(null);
    if (error == null) {
      log.error(exchange.getLogPrefix() + "Unexpected error answered with 500", thrown);
      error = springErrors.create(500, /* message= */ null, List.of());
    }
    Locale locale = exchange.getLocaleContext().getLocale();
    ErrorResponse response = responses.create(error, SpringErrors.headersOf(thrown), messageSource, locale != null ? locale : Locale.getDefault());
    ProblemDetail problem = response.getBody();
    if (problem.getInstance() == null) {
      problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
    }
    return ServerResponse.status(response.getStatusCode())
        .headers(headers -> headers.addAll(response.getHeaders()))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .bodyValue(problem)
        .flatMap(answer -> answer.writeTo(exchange, context));
  }

  /** Before Spring Boot's own handler, which is -1. */
  @Override
  public int getOrder() {
    return -2;
  }
}
