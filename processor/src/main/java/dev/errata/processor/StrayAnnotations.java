package dev.errata.processor;

import dev.errata.processor.model.AnnotationNames;
import dev.errata.processor.model.DeclarationReader;
import dev.errata.processor.model.Position;
import dev.errata.processor.validation.Message;
import dev.errata.processor.validation.Problem;
import java.util.List;
import java.util.function.Consumer;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Finds {@code @ErrorCode} and {@code @ErrorCategory} where no catalog will read them. */
final class StrayAnnotations {

  private static final List<String> ENTRY_ANNOTATIONS = List.of(AnnotationNames.ERROR_CODE, AnnotationNames.ERROR_CATEGORY);

  private final Elements elements;
  private final Consumer<Problem> report;

  StrayAnnotations(Elements elements, Consumer<Problem> report) {
    this.elements = elements;
    this.report = report;
  }

  void check(RoundEnvironment round) {
    for (String name : ENTRY_ANNOTATIONS) {
      TypeElement annotation = elements.getTypeElement(name);
      if (annotation == null) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (!isCatalogConstant(element)) {
          String where = element.getKind() == ElementKind.ENUM_CONSTANT
              ? "a constant of " + element.getEnclosingElement().getSimpleName()
              : "field " + element.getSimpleName();
          Position at = DeclarationReader.annotation(element, name)
              .map(mirror -> new Position(element, mirror, null))
              .orElse(Position.of(element));
          report.accept(Problem.of(at, Message.STRAY_ANNOTATION, annotation.getSimpleName(), where));
        }
      }
    }
  }

  private static boolean isCatalogConstant(Element element) {
    return element.getKind() == ElementKind.ENUM_CONSTANT
        && DeclarationReader.annotation(element.getEnclosingElement(), AnnotationNames.ERROR_CATALOG).isPresent();
  }
}
