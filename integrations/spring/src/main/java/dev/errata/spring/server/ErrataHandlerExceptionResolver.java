package dev.errata.spring.server;

import dev.errata.CatalogException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;

/**
 * Spring MVC's first exception resolver: it answers catalog errors (and, unless turned off,
 * Spring's own errors and failed calls to other services) with Errata's problem details, ahead of
 * the application's catch-all advice, and leaves to the application what it handles itself (see
 * {@link HandlerChoice}).
 *
 * <p>The answer is rendered by Spring's own {@link ExceptionHandlerExceptionResolver}, through
 * {@link ErrataExceptionHandler}'s {@code @ExceptionHandler} method: Spring's message converters,
 * content negotiation, {@code MessageSource} and {@code instance} all apply as they do for any
 * advice.
 */
public final class ErrataHandlerExceptionResolver implements HandlerExceptionResolver, Ordered {

  private final ExceptionHandlerExceptionResolver spring;
  private final HandlerMethod errata;
  private final HandlerChoice choice;
  private final SpringErrors springErrors;

  /**
   * @param spring the application's exception handler resolver, which renders the answer
   * @param errata the advice whose method renders catalog errors
   * @param context where the application's controllers and advice beans are
   * @param springErrors Spring's own errors in the service's catalog; {@code null} to leave them to Spring
   */
  public ErrataHandlerExceptionResolver(
      ExceptionHandlerExceptionResolver spring, ErrataExceptionHandler errata, ApplicationContext context,
      SpringErrors springErrors) {
    this.spring = Objects.requireNonNull(spring, "spring");
    this.errata = new HandlerMethod(errata, handlerMethod());
    this.choice = new HandlerChoice(context);
    this.springErrors = springErrors;
  }

  @Override
  public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    Optional<CatalogException> error = ex instanceof CatalogException catalogError
        ? Optional.of(catalogError)
        : springErrors != null ? springErrors.toCatalogError(ex) : Optional.empty();
    if (error.isEmpty()) {
      return null;
    }
    Class<?> handlerType = handler instanceof HandlerMethod method ? method.getBeanType() : null;
    if (choice.applicationHandles(handlerType, ex)) {
      return null;
    }
    request.setAttribute(ErrataExceptionHandler.SPRING_ERROR_ATTRIBUTE, ex);
    // Errata's advice is the "controller" here, so its @ExceptionHandler method is the one found.
    return spring.resolveException(request, response, errata, error.get());
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  private static Method handlerMethod() {
    try {
      return ErrataExceptionHandler.class.getMethod("handleCatalogException", CatalogException.class,
          java.util.Locale.class, org.springframework.web.context.request.WebRequest.class);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }
}
