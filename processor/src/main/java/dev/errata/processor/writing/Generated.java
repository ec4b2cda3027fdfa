package dev.errata.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;

/**
 * The {@code @Generated} annotation of generated types. It is left out when {@code
 * javax.annotation.processing.Generated} is not visible to the compilation (a module that does
 * not read {@code java.compiler}), rather than making generated code fail to compile.
 */
public final class Generated {

  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private final AnnotationSpec annotation;

  /**
   * @param processor qualified name of the processor, the annotation's value
   * @param available whether {@code javax.annotation.processing.Generated} can be used
   */
  public Generated(String processor, boolean available) {
    this.annotation = available
        ? AnnotationSpec.builder(GENERATED).addMember("value", "$S", processor).build()
        : null;
  }

  void annotate(TypeSpec.Builder type) {
    if (annotation != null) {
      type.addAnnotation(annotation);
    }
  }
}
