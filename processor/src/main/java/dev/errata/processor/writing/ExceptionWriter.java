package dev.errata.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.CatalogModel;
import dev.errata.processor.model.EntryModel;
import javax.lang.model.element.Modifier;

/**
 * Writes the exception class of one entry. It extends the exception of the entry it refines
 * (or {@code CatalogException}), carries the entry's Javadoc, and offers the constructors users
 * and the generated catalog need.
 */
final class ExceptionWriter {

  private final Generated generated;

  ExceptionWriter(Generated generated) {
    this.generated = generated;
  }

  TypeSpec write(CatalogModel catalog, EntryModel entry) {
    ClassName catalogClass = TypeNames.catalog(catalog.id());
    ClassName enumType = TypeNames.enumType(catalog.id());
    TypeName superclass = entry.refined().<TypeName>map(TypeNames::exception).orElse(TypeNames.CATALOG_EXCEPTION);
    String definition = "$T.INSTANCE.definition($T." + entry.name() + ")";
    TypeSpec.Builder type = TypeSpec.classBuilder(TypeNames.exception(entry))
        .addOriginatingElement(catalog.origin())
        .addJavadoc(Javadocs.entry(entry))
        .addJavadoc(Javadocs.members(entry))
        .addJavadoc("\n@see $T#definition($T)\n", catalogClass, enumType)
        .addModifiers(Modifier.PUBLIC)
        .superclass(superclass)
        .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("1L")
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("An error with these details: what this application says of the occurrence when it raises the\n"
                + "error itself (its message, field errors, a Retry-After), or what a response reported when a\n"
                + "decoder makes it.\n\n"
                + "<pre>{@code\nthrow new $T(ErrorDetails.builder()\n"
                + "    .message(\"The order has 2 invalid fields.\")\n"
                + "    .addError(new ReportedError(\"NotBlank\", \"must not be blank\", \"email\"))\n"
                + "    .retryAfter(Duration.ofSeconds(30))\n    .build());\n}</pre>\n\n"
                + "@param details what the error says beyond its definition\n", TypeNames.exception(entry))
            .addModifiers(Modifier.PUBLIC)
            .addParameter(TypeNames.ERROR_DETAILS, "details")
            .addStatement("this(" + definition + ", details,$W/* message= */ null,$W/* cause= */ null,$W/* captureStackTrace= */ true)",
                catalogClass, enumType)
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("An error with these details, caused by another exception.\n\n"
                + "@param details what the error says beyond its definition\n@param cause the underlying exception\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(TypeNames.ERROR_DETAILS, "details")
            .addParameter(Throwable.class, "cause")
            .addStatement("this(" + definition + ", details,$W/* message= */ null, cause,$W/* captureStackTrace= */ true)",
                catalogClass, enumType)
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("An error raised by code, such as a server handler, with a message of its own.\n\n@param message what went wrong\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(TypeNames.nullable(TypeName.get(String.class)), "message")
            .addStatement("this(" + definition + ", $T.empty(), message,$W/* cause= */ null,$W/* captureStackTrace= */ true)",
                catalogClass, enumType, TypeNames.ERROR_DETAILS)
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("An error raised by code, with a message and the exception that caused it.\n\n@param message what went wrong\n@param cause the underlying exception\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(TypeNames.nullable(TypeName.get(String.class)), "message")
            .addParameter(TypeNames.nullable(TypeName.get(Throwable.class)), "cause")
            .addStatement("this(" + definition + ", $T.empty(), message, cause,$W/* captureStackTrace= */ true)",
                catalogClass, enumType, TypeNames.ERROR_DETAILS)
            .build())
        .addMethods(MemberAccessors.constructors(entry, TypeNames.exception(entry),
            CodeBlock.of(definition, catalogClass, enumType)))
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("For the generated catalog and for exceptions of codes that refine this one.\n\n"
                + "@param definition the definition of the code\n"
                + "@param details what the error says beyond its definition\n"
                + "@param message the message, or {@code null} to describe the error from its definition and details\n"
                + "@param cause the underlying exception, or {@code null}\n"
                + "@param captureStackTrace whether to record the stack trace\n")
            .addModifiers(Modifier.PROTECTED)
            .addParameter(TypeNames.ERROR_DEFINITION, "definition")
            .addParameter(TypeNames.ERROR_DETAILS, "details")
            .addParameter(TypeNames.nullable(TypeName.get(String.class)), "message")
            .addParameter(TypeNames.nullable(TypeName.get(Throwable.class)), "cause")
            .addParameter(boolean.class, "captureStackTrace")
            .addStatement("super(definition, details, message, cause, captureStackTrace)")
            .build())
        .addMethod(MethodSpec.methodBuilder("create")
            .addJavadoc("A new exception of this code, for the generated catalog's table. It is typed as the table's\n"
                + "result, so that the table can name every exception of the catalog without the JVM loading\n"
                + "their classes before it makes one.\n\n"
                + "@param definition the definition of the code\n"
                + "@param details what the response said\n"
                + "@param captureStackTrace whether to record the stack trace\n"
                + "@return the exception\n")
            .addModifiers(Modifier.STATIC)
            .returns(TypeNames.CATALOG_EXCEPTION)
            .addParameter(TypeNames.ERROR_DEFINITION, "definition")
            .addParameter(TypeNames.ERROR_DETAILS, "details")
            .addParameter(boolean.class, "captureStackTrace")
            .addStatement("return new $T(definition, details,$W/* message= */ null,$W/* cause= */ null,$WcaptureStackTrace)",
                TypeNames.exception(entry))
            .build())
        .addMethods(MemberAccessors.accessors(entry));
    generated.annotate(type);
    return type.build();
  }
}
