package dev.errata.spring.server;

import dev.errata.CatalogException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.method.ControllerAdviceBean;
import org.springframework.web.method.annotation.ExceptionHandlerMappingInfo;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;

/**
 * Which {@code @ExceptionHandler} method of the application Spring would choose for an
 * exception, as Spring chooses it: the controller's own first, then the advice beans in their
 * order, the first with a matching method. Errata's own advice is left out.
 *
 * <p>Errata answers an error unless the application handles it itself: that is, unless the
 * method chosen names the error's type, or an ancestor of it below {@link CatalogException}
 * (for one of Spring's own errors, any type but {@code Exception}, {@code RuntimeException} and
 * {@code Throwable}, declared outside Spring's {@code ResponseEntityExceptionHandler}). A
 * catch-all such as {@code @ExceptionHandler(Exception.class)} does not take an error from Errata.
 */
final class HandlerChoice {

  private static final Set<Class<?>> CATCH_ALLS = Set.of(Throwable.class, Exception.class, RuntimeException.class);
  private static final String RESPONSE_ENTITY_EXCEPTION_HANDLERS =
      "org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler "
          + "org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler";

  private final ApplicationContext context;
  private final Map<Class<?>, ExceptionHandlerMethodResolver> resolvers = new ConcurrentHashMap<>();
  private volatile List<ControllerAdviceBean> advices;

  HandlerChoice(ApplicationContext context) {
    this.context = context;
  }

  /** A method Spring would choose: its bean, and the exception types its {@code @ExceptionHandler} names. */
  record Chosen(Object bean, Method method, Set<Class<? extends Throwable>> types) {}

  /**
   * The method Spring would choose for {@code error} raised by a handler of {@code handlerType}
   * (its bean {@code handlerBean}; both null when the handler is no controller), leaving out
   * Errata's advice; null when none.
   */
  Chosen chosen(Object handlerBean, Class<?> handlerType, Throwable error) {
    if (handlerType != null) {
      ExceptionHandlerMethodResolver local = resolver(handlerType);
      ExceptionHandlerMappingInfo mapping = local.resolveExceptionMapping(error, MediaType.ALL);
      if (mapping != null) {
        return new Chosen(handlerBean, mapping.getHandlerMethod(), mapping.getExceptionTypes());
      }
    }
    for (ControllerAdviceBean advice : advices()) {
      if (advice.isApplicableToBeanType(handlerType)) {
        ExceptionHandlerMappingInfo mapping = resolver(advice.getBeanType()).resolveExceptionMapping(error, MediaType.ALL);
        if (mapping != null) {
          return new Chosen(advice.resolveBean(), mapping.getHandlerMethod(), mapping.getExceptionTypes());
        }
      }
    }
    return null;
  }

  /**
   * The application's own handler of {@code error}, raised by a handler of {@code handlerType}
   * (its bean {@code handlerBean}; both null when the handler is no controller), when the
   * application handles the error itself (see the class description); else null.
   */
  Chosen applicationHandler(Object handlerBean, Class<?> handlerType, Throwable error) {
    Chosen chosen = chosen(handlerBean, handlerType, error);
    if (chosen == null) {
      return null;
    }
    for (Class<? extends Throwable> type : chosen.types()) {
      if (type.isInstance(error)
          && (error instanceof CatalogException ? CatalogException.class.isAssignableFrom(type) : isSpecific(chosen.method(), type))) {
        return chosen;
      }
    }
    return null;
  }

  /** Whether the application handles {@code error} itself: {@link #applicationHandler} finds one. */
  boolean applicationHandles(Class<?> handlerType, Throwable error) {
    return applicationHandler(null, handlerType, error) != null;
  }

  private static boolean isSpecific(Method method, Class<?> type) {
    return !CATCH_ALLS.contains(type) && !RESPONSE_ENTITY_EXCEPTION_HANDLERS.contains(method.getDeclaringClass().getName());
  }

  private static boolean isErrata(Class<?> adviceType) {
    return adviceType.getName().startsWith(HandlerChoice.class.getPackageName() + ".Errata");
  }

  private ExceptionHandlerMethodResolver resolver(Class<?> type) {
    return resolvers.computeIfAbsent(type, ExceptionHandlerMethodResolver::new);
  }

  private List<ControllerAdviceBean> advices() {
    List<ControllerAdviceBean> found = advices;
    if (found == null) {
      found = ControllerAdviceBean.findAnnotatedBeans(context).stream()
          .filter(advice -> advice.getBeanType() == null || !isErrata(advice.getBeanType()))
          .toList();
      advices = found;
    }
    return found;
  }
}
