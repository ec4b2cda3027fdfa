package dev.errata.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.errata.processor.model.CatalogModel;
import dev.errata.processor.model.EntryModel;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Enum>Handler<R>}: one default method per entry that falls back to the method of
 * the entry it refines, ending at {@code onError}. It extends the parent catalog's handler, so a
 * handler written for the parent keeps working for every code of the child.
 */
final class HandlerWriter {

  private static final TypeVariableName R = TypeNames.HANDLER_RESULT;

  private final Generated generated;

  HandlerWriter(Generated generated) {
    this.generated = generated;
  }

  TypeSpec write(CatalogModel catalog) {
    ClassName catalogClass = TypeNames.catalog(catalog.id());
    ClassName superinterface = catalog.parent().map(p -> TypeNames.handler(p.id())).orElse(TypeNames.ERROR_HANDLER);
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(TypeNames.handler(catalog.id()))
        .addOriginatingElement(catalog.origin())
        .addJavadoc("$L\n", Javadocs.wrap("Typed handling of the " + Javadocs.catalog(catalog), ""))
        .addJavadoc("\n<p>Every method has a default that falls back to the method of the code it refines, ending at\n"
            + "{@link #onError(CatalogException)}, the one method an implementation must write. Hand an error\n"
            + "to the most specific method with {@link $T#dispatch(CatalogException, $T)}.\n",
            catalogClass, TypeNames.handler(catalog.id()))
        .addJavadoc("\n@param <R> what handling an error produces\n")
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(R)
        .addSuperinterface(ParameterizedTypeName.get(superinterface, R));
    generated.annotate(type);
    Map<String, Integer> methodNames = methodNameCounts(catalog);
    for (EntryModel entry : catalog.entries()) {
      type.addMethod(MethodSpec.methodBuilder(entry.handlerMethodName())
          .addJavadoc(Javadocs.handlerMethod(entry, TypeNames.exception(entry)))
          .addJavadoc("\n<p>Falls back to {@link #$L}.\n\n@param e the error\n@return what handling it produces\n", fallbackLink(entry))
          .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
          .returns(R)
          .addParameter(TypeNames.exception(entry), "e")
          .addStatement("return $L", fallbackCall(entry, methodNames))
          .build());
    }
    return type.build();
  }

  /** The fallback method's link target, with {@code $T} so that a type of the same package is not qualified. */
  private static CodeBlock fallbackLink(EntryModel entry) {
    return entry.refined()
        .map(r -> CodeBlock.of("$L($T)", r.handlerMethodName(), TypeNames.exception(r)))
        .orElse(CodeBlock.of("onError($T)", TypeNames.CATALOG_EXCEPTION));
  }

  /**
   * The call to the refined entry's method. A child code may share its method name with an
   * ancestor's (both catalogs declare UNAUTHORIZED); the argument is then cast to the refined
   * exception so the call picks the ancestor's overload instead of recursing.
   */
  private static CodeBlock fallbackCall(EntryModel entry, Map<String, Integer> methodNames) {
    Optional<EntryModel> refined = entry.refined();
    if (refined.isEmpty()) {
      return CodeBlock.of("onError(e)");
    }
    String method = refined.get().handlerMethodName();
    return methodNames.getOrDefault(method, 0) > 1
        ? CodeBlock.of("$L(($T) e)", method, TypeNames.exception(refined.get()))
        : CodeBlock.of("$L(e)", method);
  }

  /** How many handlers of the lineage declare each method name. */
  private static Map<String, Integer> methodNameCounts(CatalogModel catalog) {
    Map<String, Integer> counts = new HashMap<>();
    for (CatalogModel c : catalog.lineage()) {
      for (EntryModel entry : c.entries()) {
        counts.merge(entry.handlerMethodName(), 1, Integer::sum);
      }
    }
    return counts;
  }
}
