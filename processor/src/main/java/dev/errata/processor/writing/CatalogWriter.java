package dev.errata.processor.writing;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.errata.processor.model.CatalogModel;
import dev.errata.processor.model.EntryModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Enum>Catalog}: the {@code Catalog} implementation with its lookup tables,
 * typed dispatch to the handler, and definitions created on first use.
 *
 * <p>Tables are switches, split by {@link TableLayout} into nested classes that the JVM loads
 * only when a lookup needs them, so that the first error decoded with a catalog of thousands of
 * codes loads a handful of small classes, and every method stays JIT-compilable.
 */
final class CatalogWriter {

  private static final Modifier[] NESTED = {Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL};
  private static final TypeVariableName R = TypeVariableName.get("R");

  private final Generated generated;

  CatalogWriter(Generated generated) {
    this.generated = generated;
  }

  TypeSpec write(CatalogModel catalog) {
    ClassName self = TypeNames.catalog(catalog.id());
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addOriginatingElement(catalog.origin())
        .addJavadoc(classDoc(catalog))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(TypeNames.CATALOG);
    generated.annotate(type);
    addFields(type, catalog, self);
    addAccessors(type, catalog);
    addCodeTable(type, catalog);
    addStatusTables(type, catalog);
    addDefinitions(type, catalog);
    addExceptions(type, catalog);
    addDispatch(type, catalog);
    addConstants(type, catalog);
    type.addMethod(MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $S", self.simpleName() + "[" + catalog.name() + ", " + catalog.entries().size() + " entries]")
        .build());
    return type.build();
  }

  private static CodeBlock classDoc(CatalogModel catalog) {
    ClassName enumType = TypeNames.enumType(catalog.id());
    ClassName handler = TypeNames.handler(catalog.id());
    return CodeBlock.builder()
        .add("$L\n", Javadocs.wrap("The " + Javadocs.catalog(catalog), ""))
        .add("\n<p>{@link #create(String, int, $T) create} turns a response's wire code and status into the most\n", TypeNames.ERROR_DETAILS)
        .add("specific exception this catalog or an ancestor knows; {@link #dispatch(CatalogException, $T)\n", handler)
        .add("dispatch} hands an exception to the matching method of a {@link $T}; {@link\n", handler)
        .add("#definitions()} lists what every constant of {@link $T} means.\n", enumType)
        .add("\n<pre>{@code\n")
        .add("CatalogException e = $L.INSTANCE.create(code, status, details);\n", catalog.id().catalogSimpleName())
        .add("}</pre>\n")
        .build();
  }

  // ---- State ----

  private static void addFields(TypeSpec.Builder type, CatalogModel catalog, ClassName self) {
    ParameterizedTypeName optionalCatalog = ParameterizedTypeName.get(TypeNames.OPTIONAL, TypeNames.CATALOG);
    type.addField(FieldSpec.builder(self, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The catalog.\n")
            .initializer("new $T()", self)
            .build())
        .addField(FieldSpec.builder(String.class, "NAME", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$S", catalog.name())
            .build())
        .addField(FieldSpec.builder(int.class, "SIZE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$L", catalog.entries().size())
            .build())
        .addField(FieldSpec.builder(optionalCatalog, "parent", Modifier.PRIVATE, Modifier.FINAL)
            .initializer(catalog.parent()
                .map(p -> CodeBlock.of("$T.of($T.INSTANCE)", TypeNames.OPTIONAL, TypeNames.catalog(p.id())))
                .orElse(CodeBlock.of("$T.empty()", TypeNames.OPTIONAL)))
            .build())
        .addField(listField("CODE_POINTERS", catalog.codePointers()))
        .addField(listField("MESSAGE_POINTERS", catalog.messagePointers()))
        .addField(FieldSpec.builder(TypeNames.ERROR_DEFINITION, "unknown", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("$T.unknown(NAME)", TypeNames.ERROR_DEFINITION)
            .build())
        .addField(FieldSpec.builder(ArrayTypeName.of(TypeNames.ERROR_DEFINITION), "definitions", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc("Created on first use. Threads racing on one index may each create an equal, immutable\ndefinition; one of them is kept.\n")
            .initializer("new $T[SIZE]", TypeNames.ERROR_DEFINITION)
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
  }

  private static FieldSpec listField(String name, List<String> values) {
    CodeBlock items = values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
    return FieldSpec.builder(ParameterizedTypeName.get(TypeNames.LIST, ClassName.get(String.class)), name,
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of($L)", TypeNames.LIST, items)
        .build();
  }

  /** The single-pointer method of the contract: the first of the list. */
  private static MethodSpec firstOf(String name, String list) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(TypeNames.OPTIONAL, ClassName.get(String.class)))
        .addStatement("return $L.stream().findFirst()", list)
        .build();
  }

  private static void addAccessors(TypeSpec.Builder type, CatalogModel catalog) {
    type.addMethod(getter("name", ClassName.get(String.class), "NAME"))
        .addMethod(getter("parent", ParameterizedTypeName.get(TypeNames.OPTIONAL, TypeNames.CATALOG), "parent"))
        .addMethod(firstOf("codePointer", "CODE_POINTERS"))
        .addMethod(firstOf("messagePointer", "MESSAGE_POINTERS"))
        .addMethod(getter("codePointers", ParameterizedTypeName.get(TypeNames.LIST, ClassName.get(String.class)), "CODE_POINTERS"))
        .addMethod(getter("messagePointers", ParameterizedTypeName.get(TypeNames.LIST, ClassName.get(String.class)), "MESSAGE_POINTERS"))
        .addMethod(getter("size", TypeName.INT, "SIZE"))
        .addMethod(getter("unknownDefinition", TypeNames.ERROR_DEFINITION, "unknown"));
    type.addMethod(MethodSpec.methodBuilder("definitionAt")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeNames.ERROR_DEFINITION)
        .addParameter(int.class, "index")
        .addStatement("$T.checkIndex(index, SIZE)", TypeNames.OBJECTS)
        .addStatement("$T definition = definitions[index]", TypeNames.ERROR_DEFINITION)
        .beginControlFlow("if (definition == null)")
        .addStatement("definition = createDefinition(index)")
        .addStatement("definitions[index] = definition")
        .endControlFlow()
        .addStatement("return definition")
        .build());
    type.addMethod(MethodSpec.methodBuilder("definition")
        .addJavadoc("The definition of one constant of {@link $T}.\n\n@param constant the constant\n@return its definition\n",
            TypeNames.enumType(catalog.id()))
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeNames.ERROR_DEFINITION)
        .addParameter(TypeNames.enumType(catalog.id()), "constant")
        .addStatement("return definitionAt(constant.ordinal())")
        .build());
  }

  private static MethodSpec getter(String name, TypeName returns, String field) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addStatement("return $L", field)
        .build();
  }

  // ---- Wire code → index ----

  private static void addCodeTable(TypeSpec.Builder type, CatalogModel catalog) {
    List<List<EntryModel>> buckets = TableLayout.buckets(catalog.entries());
    MethodSpec.Builder method = MethodSpec.methodBuilder("indexOfCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(int.class)
        .addParameter(String.class, "code")
        .beginControlFlow("if (code == null)")
        .addStatement("return -1")
        .endControlFlow();
    if (catalog.entries().isEmpty()) {
      type.addMethod(method.addStatement("return -1").build());
      return;
    }
    if (buckets.size() == 1) {
      type.addMethod(method.addCode(codeSwitch(buckets.get(0))).build());
      return;
    }
    List<CodeBlock> cases = new ArrayList<>();
    for (int b = 0; b < buckets.size(); b++) {
      if (!buckets.get(b).isEmpty()) {
        cases.add(CodeBlock.of("case $L -> Codes$L.indexOf(code);\n", b, b));
      }
    }
    method.addComment("The bucket is computed as the processor computed it; see the nested Codes classes.")
        .addStatement("int hash = code.hashCode()")
        .addCode(returnSwitch(CodeBlock.of("(hash ^ (hash >>> 16)) & $L", buckets.size() - 1), cases, CodeBlock.of("-1")));
    type.addMethod(method.build());
    for (int b = 0; b < buckets.size(); b++) {
      if (!buckets.get(b).isEmpty()) {
        type.addType(nested("Codes" + b, MethodSpec.methodBuilder("indexOf")
            .addModifiers(Modifier.STATIC)
            .returns(int.class)
            .addParameter(String.class, "code")
            .addCode(codeSwitch(buckets.get(b)))
            .build()));
      }
    }
  }

  /** {@code return switch (code) { case "RelationConflict" -> 0; ... };} */
  private static CodeBlock codeSwitch(List<EntryModel> entries) {
    List<CodeBlock> cases = new ArrayList<>();
    for (EntryModel entry : entries) {
      cases.add(CodeBlock.of("case $S -> $L;\n", entry.code(), entry.index()));
    }
    return returnSwitch(CodeBlock.of("code"), cases, CodeBlock.of("-1"));
  }

  // ---- Status → index ----

  private static void addStatusTables(TypeSpec.Builder type, CatalogModel catalog) {
    MethodSpec.Builder status = MethodSpec.methodBuilder("indexOfStatus")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(int.class)
        .addParameter(int.class, "status");
    if (catalog.statusTable().isEmpty()) {
      status.addStatement("return -1");
    } else {
      List<CodeBlock> cases = new ArrayList<>();
      for (Map.Entry<Integer, Integer> row : catalog.statusTable().entrySet()) {
        cases.add(CodeBlock.of("case $L -> $L;\n", row.getKey(), row.getValue()));
      }
      status.addCode(returnSwitch(CodeBlock.of("status"), cases, CodeBlock.of("-1")));
    }
    type.addMethod(status.build());

    // Categories are few and nest, so range checks, narrowest first, read best.
    MethodSpec.Builder category = MethodSpec.methodBuilder("indexOfCategory")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(int.class)
        .addParameter(int.class, "status");
    catalog.categoriesNarrowestFirst()
        .forEach(c -> category
            .beginControlFlow("if (status >= $L && status <= $L)", c.status(), c.to())
            .addStatement("return $L", c.index())
            .endControlFlow());
    type.addMethod(category.addStatement("return -1").build());
  }

  // ---- Index → definition ----

  private static void addDefinitions(TypeSpec.Builder type, CatalogModel catalog) {
    int shift = TableLayout.definitionShift(catalog.entries());
    List<List<EntryModel>> chunks = TableLayout.chunks(catalog.entries(), shift);
    MethodSpec.Builder create = MethodSpec.methodBuilder("createDefinition")
        .addModifiers(Modifier.PRIVATE)
        .returns(TypeNames.ERROR_DEFINITION)
        .addParameter(int.class, "index");
    if (chunks.isEmpty()) {
      type.addMethod(create.addStatement("$L", outOfBounds()).build());
    } else if (chunks.size() == 1) {
      type.addMethod(create.addCode(definitionSwitch(chunks.get(0))).build());
    } else {
      type.addMethod(create.addCode(chunkSwitch(shift, chunks.size(), "Definitions$L.create(index)")).build());
      for (int k = 0; k < chunks.size(); k++) {
        type.addType(nested("Definitions" + k, MethodSpec.methodBuilder("create")
            .addModifiers(Modifier.STATIC)
            .returns(TypeNames.ERROR_DEFINITION)
            .addParameter(int.class, "index")
            .addCode(definitionSwitch(chunks.get(k)))
            .build()));
      }
    }
    boolean inherits = catalog.entries().stream()
        .anyMatch(entry -> entry.refined().filter(r -> !r.catalog().equals(entry.catalog())).isPresent());
    if (inherits) {
      type.addMethod(MethodSpec.methodBuilder("inherited")
          .addJavadoc("The definition of an ancestor's code that one of this catalog's codes refines.\n")
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(TypeNames.ERROR_DEFINITION)
          .addParameter(TypeNames.CATALOG, "ancestor")
          .addParameter(String.class, "code")
          .addStatement("return ancestor.definition(code).orElseThrow(() -> new $T(ancestor.name() + $S + code\n+ $S))",
              IllegalStateException.class, " no longer defines ", "; recompile " + catalog.id().enumQualifiedName() + " against it")
          .build());
    }
  }

  private static CodeBlock definitionSwitch(List<EntryModel> entries) {
    List<CodeBlock> cases = new ArrayList<>();
    for (EntryModel entry : entries) {
      cases.add(CodeBlock.of("case $L -> $L;\n", entry.index(), newDefinition(entry)));
    }
    return returnSwitch(CodeBlock.of("index"), cases, outOfBounds());
  }

  private static CodeBlock newDefinition(EntryModel entry) {
    CodeBlock remedy = entry.remedy().stream().map(step -> CodeBlock.of("$S", step)).collect(CodeBlock.joining(", "));
    CodeBlock remedyList = CodeBlock.of("$T.of($L)", TypeNames.LIST, remedy);
    CodeBlock parent = entry.refined()
        .map(r -> r.catalog().equals(entry.catalog())
            ? CodeBlock.of("$T.of(INSTANCE.definitionAt($L))", TypeNames.OPTIONAL, r.index())
            : CodeBlock.of("$T.of(inherited($T.INSTANCE, $S))", TypeNames.OPTIONAL, TypeNames.catalog(r.catalog()), r.code()))
        .orElse(CodeBlock.of("$T.empty()", TypeNames.OPTIONAL));
    // $W: a space where JavaPoet may wrap, so definitions take a few lines each, not eleven.
    return CodeBlock.builder()
        .add("new $T(NAME,$W$S,$W$S,$W$L,$W$S,$W$S,$W$L,$W/* retryable= */ $L,$W$S,$W$L,$W$T.$L)",
            TypeNames.ERROR_DEFINITION, entry.name(), entry.code(), entry.status(), entry.title(),
            entry.description(), remedyList, entry.retryable(), entry.docsUrl(), parent,
            TypeNames.DEFINITION_KIND, entry.isCategory() ? "CATEGORY" : "CODE")
        .build();
  }

  // ---- Index → exception ----

  private static void addExceptions(TypeSpec.Builder type, CatalogModel catalog) {
    List<List<EntryModel>> chunks = TableLayout.chunks(catalog.entries(), TableLayout.EXCEPTION_SHIFT);
    MethodSpec.Builder method = MethodSpec.methodBuilder("newException")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeNames.CATALOG_EXCEPTION)
        .addParameter(int.class, "index")
        .addParameter(TypeNames.ERROR_DETAILS, "details")
        .addParameter(boolean.class, "captureStackTrace")
        .addStatement("$T.requireNonNull(details, $S)", TypeNames.OBJECTS, "details")
        .addStatement("$T definition = definitionAt(index)", TypeNames.ERROR_DEFINITION);
    if (chunks.size() == 1) {
      // The switch is here, not in a nested table, so that a stack trace records one frame less.
      method.addComment("Each exception is cast through Object so that the verifier loads none of their classes.")
          .addCode(exceptionSwitch(chunks.get(0), "($T) ($T) ", TypeNames.CATALOG_EXCEPTION, Object.class));
    } else if (chunks.isEmpty()) {
      method.addStatement("$L", outOfBounds());
    } else {
      method.addComment("The tables return Object so that the verifier loads none of the exception classes they name.");
      String call = "($T) Exceptions$L.create(index, definition, details, captureStackTrace)";
      List<CodeBlock> cases = new ArrayList<>();
      for (int k = 0; k < chunks.size(); k++) {
        cases.add(CodeBlock.of("case $L -> " + call + ";\n", k, TypeNames.CATALOG_EXCEPTION, k));
      }
      method.addCode(returnSwitch(CodeBlock.of("index >>> $L", TableLayout.EXCEPTION_SHIFT), cases, outOfBounds()));
      for (int k = 0; k < chunks.size(); k++) {
        type.addType(nested("Exceptions" + k, MethodSpec.methodBuilder("create")
            .addModifiers(Modifier.STATIC)
            .returns(Object.class)
            .addParameter(int.class, "index")
            .addParameter(TypeNames.ERROR_DEFINITION, "definition")
            .addParameter(TypeNames.ERROR_DETAILS, "details")
            .addParameter(boolean.class, "captureStackTrace")
            .addCode(exceptionSwitch(chunks.get(k), ""))
            .build()));
      }
    }
    type.addMethod(method.build());
  }

  /**
   * A switch statement whose cases return each entry's new exception, after {@code cast}. Not a
   * switch expression: javac may type an expression's result as the exceptions' common
   * superclass, and the verifier would then load every class of the switch to check it.
   */
  private static CodeBlock exceptionSwitch(List<EntryModel> entries, String cast, Object... castArgs) {
    CodeBlock.Builder code = CodeBlock.builder().add("switch (index) {\n$>");
    for (EntryModel entry : entries) {
      code.add("case $L: return ", entry.index())
          .add(cast, castArgs)
          .add("new $T(definition, details, /* message= */ null, /* cause= */ null,$WcaptureStackTrace);\n",
              TypeNames.exception(entry));
    }
    return code.add("default: $L;\n$<}\n", outOfBounds()).build();
  }

  // ---- Exception → handler method ----

  private static void addDispatch(TypeSpec.Builder type, CatalogModel catalog) {
    ClassName handler = TypeNames.handler(catalog.id());
    ParameterizedTypeName handlerOfR = ParameterizedTypeName.get(handler, R);
    List<List<EntryModel>> chunks = TableLayout.chunks(catalog.entries(), TableLayout.HANDLER_SHIFT);
    MethodSpec.Builder dispatch = MethodSpec.methodBuilder("dispatch")
        .addJavadoc("Hands an error to the most specific method of {@code handler} for it: the method of its own\n"
            + "code when this catalog declares it, else of the nearest code it refines, else {@code onError}.\n\n"
            + "@param <R> what the handler produces\n@param e the error\n@param handler the handler\n"
            + "@return what the handler's method returned\n")
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(R)
        .returns(R)
        .addParameter(TypeNames.CATALOG_EXCEPTION, "e")
        .addParameter(handlerOfR, "handler")
        .addStatement("$T.requireNonNull(e, $S)", TypeNames.OBJECTS, "e")
        .addStatement("$T.requireNonNull(handler, $S)", TypeNames.OBJECTS, "handler");
    if (!chunks.isEmpty()) {
      dispatch.beginControlFlow("for ($T d = e.definition(); d != null; d = d.parent().orElse(null))", TypeNames.ERROR_DEFINITION)
          .addStatement("int index = indexOf(d)")
          .beginControlFlow("if (index >= 0)");
      if (chunks.size() == 1) {
        dispatch.addCode(handlerSwitch(chunks.get(0)));
      } else {
        dispatch.addCode(chunkSwitch(TableLayout.HANDLER_SHIFT, chunks.size(), "Handlers$L.handle(index, e, handler)"));
      }
      dispatch.endControlFlow().endControlFlow();
    }
    Optional<CatalogModel> parent = catalog.parent();
    if (parent.isPresent()) {
      dispatch.addStatement("return $T.INSTANCE.dispatch(e, handler)", TypeNames.catalog(parent.get().id()));
    } else {
      dispatch.addStatement("return handler.onError(e)");
    }
    type.addMethod(dispatch.build());
    if (chunks.size() > 1) {
      for (int k = 0; k < chunks.size(); k++) {
        type.addType(nested("Handlers" + k, MethodSpec.methodBuilder("handle")
            .addModifiers(Modifier.STATIC)
            .addTypeVariable(R)
            .returns(R)
            .addParameter(int.class, "index")
            .addParameter(TypeNames.CATALOG_EXCEPTION, "e")
            .addParameter(handlerOfR, "handler")
            .addCode(handlerSwitch(chunks.get(k)))
            .build()));
      }
    }
  }

  private static CodeBlock handlerSwitch(List<EntryModel> entries) {
    List<CodeBlock> cases = new ArrayList<>();
    for (EntryModel entry : entries) {
      cases.add(CodeBlock.of("case $L -> handler.$L(($T) e);\n", entry.index(), entry.handlerMethodName(), TypeNames.exception(entry)));
    }
    return returnSwitch(CodeBlock.of("index"), cases, outOfBounds());
  }

  // ---- Exception → enum constant ----

  private static void addConstants(TypeSpec.Builder type, CatalogModel catalog) {
    ClassName enumType = TypeNames.enumType(catalog.id());
    type.addMethod(MethodSpec.methodBuilder("constantOf")
        .addJavadoc("The constant of {@link $T} an error is, or refines, for use in a {@code switch}; empty for an\n"
            + "error of an ancestor catalog or an unknown one.\n\n@param e the error\n@return its constant\n", enumType)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(TypeNames.OPTIONAL, enumType))
        .addParameter(TypeNames.CATALOG_EXCEPTION, "e")
        .beginControlFlow("for ($T d = e.definition(); d != null; d = d.parent().orElse(null))", TypeNames.ERROR_DEFINITION)
        .addStatement("int index = indexOf(d)")
        .beginControlFlow("if (index >= 0)")
        .addStatement("return $T.of(Constants.ALL[index])", TypeNames.OPTIONAL)
        .endControlFlow()
        .endControlFlow()
        .addStatement("return $T.empty()", TypeNames.OPTIONAL)
        .build());
    type.addType(TypeSpec.classBuilder("Constants")
        .addJavadoc("Loaded on first use: the enum's static initializer creates every constant.\n")
        .addModifiers(NESTED)
        .addField(FieldSpec.builder(ArrayTypeName.of(enumType), "ALL", Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.values()", enumType)
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .build());
  }

  // ---- Helpers ----

  /** {@code return switch (index >>> shift) { case 0 -> Chunk0.call(...); ... };} */
  private static CodeBlock chunkSwitch(int shift, int chunks, String call) {
    List<CodeBlock> cases = new ArrayList<>();
    for (int k = 0; k < chunks; k++) {
      cases.add(CodeBlock.of("case $L -> " + call + ";\n", k, k));
    }
    return returnSwitch(CodeBlock.of("index >>> $L", shift), cases, outOfBounds());
  }

  /** {@code return switch (selector) { cases... default -> otherwise; };} */
  private static CodeBlock returnSwitch(CodeBlock selector, List<CodeBlock> cases, CodeBlock otherwise) {
    CodeBlock.Builder code = CodeBlock.builder().add("return switch ($L) {\n$>", selector);
    cases.forEach(code::add);
    return code.add("default -> $L;\n$<};\n", otherwise).build();
  }

  private static CodeBlock outOfBounds() {
    return CodeBlock.of("throw new $T(\"index \" + index)", IndexOutOfBoundsException.class);
  }

  private static TypeSpec nested(String name, MethodSpec method) {
    return TypeSpec.classBuilder(name)
        .addModifiers(NESTED)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(method)
        .build();
  }
}
