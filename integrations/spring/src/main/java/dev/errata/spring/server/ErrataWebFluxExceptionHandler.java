package dev.errata.spring.server;

import dev.errata.CatalogException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.reactivestreams.Publisher;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceAware;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Serves catalog errors (and, unless turned off, Spring's own errors and failed calls to other
 * services) a Spring WebFlux handler raises as RFC 9457 problem details, through Spring's own
 * {@link ProblemDetail} and {@link ErrorResponse}, ahead of the application's catch-all advice.
 *
 * <p>It is ordered first among advice beans. An error the application handles itself (its
 * controller's own handler, or the handler Spring would choose naming the error's type; see
 * {@link HandlerChoice}) goes to that handler, called with the arguments such handlers take: the
 * exception or one of its causes, the {@code ServerWebExchange}, its request or response, the
 * locale and the {@code HandlerMethod}. Any other error is left to Spring.
 */
@ControllerAdvice
public class ErrataWebFluxExceptionHandler implements MessageSourceAware, ApplicationContextAware, Ordered {

  private static final System.Logger LOG = System.getLogger(ErrataWebFluxExceptionHandler.class.getName());

  private final ErrataErrorResponses responses;
  private final SpringErrors springErrors;
  private HandlerChoice choice;
  private MessageSource messageSource;

  /**
   * @param responses how catalog errors become responses
   * @param springErrors Spring's own errors and failed calls as errors of the service's catalog
   */
  public ErrataWebFluxExceptionHandler(ErrataErrorResponses responses, SpringErrors springErrors) {
    this.responses = Objects.requireNonNull(responses, "responses");
    this.springErrors = Objects.requireNonNull(springErrors, "springErrors");
  }

  @Override
  public void setMessageSource(MessageSource messageSource) {
    this.messageSource = messageSource;
  }

  @Override
  public void setApplicationContext(ApplicationContext context) {
    this.choice = new HandlerChoice(context);
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  /** The problem details response for {@code error}, unless the application handles it itself. */
  @ExceptionHandler({
    CatalogException.class, ResponseStatusException.class, ErrorResponseException.class,
    ResourceAccessException.class, WebClientRequestException.class,
    ConnectException.class, HttpTimeoutException.class, TimeoutException.class
  })
  public Mono<ResponseEntity<Object>> handle(Exception error, ServerWebExchange exchange, Locale locale) {
    HandlerMethod handler = exchange.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod m ? m : null;
    Object bean = handler != null ? handler.getBean() : null;
    Class<?> beanType = handler != null ? handler.getBeanType() : null;
    HandlerChoice.Chosen own = choice.applicationHandler(bean, beanType, error);
    if (own != null) {
      Mono<ResponseEntity<Object>> answered = callApplication(own, error, exchange, locale, handler);
      if (answered != null) {
        return answered;
      }
    }
    Optional<CatalogException> catalogError = springErrors.toCatalogError(error);
    if (catalogError.isEmpty()) {
      // Not Errata's to answer (Spring's own errors, turned off): the handler Spring would have chosen.
      HandlerChoice.Chosen any = choice.chosen(bean, beanType, error);
      Mono<ResponseEntity<Object>> answered = any != null ? callApplication(any, error, exchange, locale, handler) : null;
      return answered != null ? answered : Mono.error(error);
    }
    ErrorResponse response = responses.create(catalogError.get(), SpringErrors.headersOf(error), messageSource, locale);
    return Mono.just(ResponseEntity.status(response.getStatusCode())
        .headers(response.getHeaders())
        .body(response.getBody()));
  }

  /** The application's own handler's answer; null when its parameters are not ones this advice can give. */
  private static Mono<ResponseEntity<Object>> callApplication(
      HandlerChoice.Chosen own, Exception error, ServerWebExchange exchange, Locale locale, HandlerMethod handler) {
    Method method = own.method();
    Class<?>[] types = method.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      Object arg = argument(types[i], error, exchange, locale, handler);
      if (arg == null) {
        LOG.log(System.Logger.Level.WARNING, "Errata answers {0} itself: it cannot call {1}, whose parameter {2} it does not know",
            error.getClass().getName(), method, types[i].getName());
        return null;
      }
      args[i] = arg;
    }
    try {
      method.setAccessible(true);
      return entity(method.invoke(own.bean(), args), method);
    } catch (InvocationTargetException e) {
      return Mono.error(e.getCause());
    } catch (IllegalAccessException | RuntimeException e) {
      return Mono.error(e);
    }
  }

  private static Object argument(Class<?> type, Throwable error, ServerWebExchange exchange, Locale locale, HandlerMethod handler) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return t;
      }
    }
    if (type.isInstance(exchange)) {
      return exchange;
    }
    if (type == ServerHttpRequest.class) {
      return exchange.getRequest();
    }
    if (type == ServerHttpResponse.class) {
      return exchange.getResponse();
    }
    if (type == Locale.class) {
      return locale;
    }
    if (type == HandlerMethod.class) {
      return handler;
    }
    return null;
  }

  /** What an exception handler returned, as the response Spring writes. */
  private static Mono<ResponseEntity<Object>> entity(Object value, Method method) {
    if (value instanceof Publisher<?> publisher) {
      return Mono.from(publisher).map(v -> entityOf(v, method));
    }
    return Mono.justOrEmpty(value).map(v -> entityOf(v, method)).defaultIfEmpty(ResponseEntity.status(status(method)).build());
  }

  @SuppressWarnings("unchecked")
  private static ResponseEntity<Object> entityOf(Object value, Method method) {
    if (value instanceof ResponseEntity<?> entity) {
      return (ResponseEntity<Object>) entity;
    }
    if (value instanceof ErrorResponse response) {
      return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders()).body(response.getBody());
    }
    if (value instanceof ProblemDetail problem) {
      return ResponseEntity.status(problem.getStatus()).body(problem);
    }
    return ResponseEntity.status(status(method)).body(value);
  }

  private static HttpStatus status(Method method) {
    ResponseStatus status = AnnotatedElementUtils.findMergedAnnotation(method, ResponseStatus.class);
    return status != null ? status.code() : HttpStatus.OK;
  }
}
