package dev.errata.spring.openapi;

import dev.errata.CatalogException;
import java.lang.reflect.AnnotatedElement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/** The catalog exceptions a handler method declares: its {@code throws} clause and {@link ErrataResponses}. */
final class DeclaredErrors {

  private DeclaredErrors() {}

  /** In declaration order: the class's annotation, the method's annotation, then {@code throws}. */
  static List<Class<? extends CatalogException>> of(HandlerMethod handler) {
    Set<Class<? extends CatalogException>> declared = new LinkedHashSet<>();
    annotated(handler.getBeanType(), declared);
    annotated(handler.getMethod(), declared);
    for (Class<?> thrown : handler.getMethod().getExceptionTypes()) {
      if (CatalogException.class.isAssignableFrom(thrown)) {
        declared.add(thrown.asSubclass(CatalogException.class));
      }
    }
    return List.copyOf(declared);
  }

  private static void annotated(AnnotatedElement element, Set<Class<? extends CatalogException>> declared) {
    ErrataResponses responses = AnnotatedElementUtils.findMergedAnnotation(element, ErrataResponses.class);
    if (responses != null) {
      declared.addAll(List.of(responses.value()));
    }
  }
}
