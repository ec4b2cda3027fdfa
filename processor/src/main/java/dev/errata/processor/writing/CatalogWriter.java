package dev.errata.processor.writing;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.errata.processor.model.CatalogModel;
import dev.errata.processor.model.EntryModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Enum>Catalog}: a {@code GeneratedCatalog} with the catalog's tables, typed
 * dispatch to the handler, and its definitions.
 *
 * <p>Tables are switches. A catalog whose tables fit one method each ({@link TableLayout#oneTable})
 * gets them as plain switches in the catalog class, naming entries by their constants; loading
 * that class loads its exception classes too, which for a catalog of that size is a few
 * milliseconds at most. A larger catalog gets its tables split into nested classes that the JVM
 * loads only when a lookup needs them, so that the first error decoded with a catalog of
 * thousands of codes loads a handful of small classes, and every method stays JIT-compilable.
 */
final class CatalogWriter {

  private static final Modifier[] NESTED = {Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL};
  private static final TypeVariableName R = TypeNames.HANDLER_RESULT;
  private static final Pattern INDEX_CONSTANT_GAP =
      Pattern.compile("(?m)^(  private static final int \\w+ = \\d+;\n)\n(?=  private static final int )");

  private final Generated generated;

  CatalogWriter(Generated generated) {
    this.generated = generated;
  }

  TypeSpec write(CatalogModel catalog) {
    ClassName self = TypeNames.catalog(catalog.id());
    TableLayout layout = TableLayout.of(catalog);
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addOriginatingElement(catalog.origin())
        .addJavadoc(classDoc(catalog))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(TypeNames.GENERATED_CATALOG);
    generated.annotate(type);
    type.addField(FieldSpec.builder(self, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The catalog.\n")
        .initializer("new $T()", self)
        .build());
    for (EntryModel entry : catalog.entries()) {
      layout.constantName(entry).ifPresent(name -> type.addField(
          FieldSpec.builder(int.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer("$L", entry.index())
              .build()));
    }
    addConstructor(type, catalog);
    type.addMethod(MethodSpec.methodBuilder("definition")
        .addJavadoc("The definition of one constant of {@link $T}.\n\n@param constant the constant\n@return its definition\n",
            TypeNames.enumType(catalog.id()))
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeNames.ERROR_DEFINITION)
        .addParameter(TypeNames.enumType(catalog.id()), "constant")
        .addStatement("return definitionAt(constant.ordinal())")
        .build());
    addCodeTable(type, catalog, layout);
    addStatusTables(type, catalog, layout);
    addDefinitions(type, catalog, layout);
    addExceptions(type, catalog, layout);
    addDispatch(type, catalog, layout);
    addConstants(type, catalog, layout);
    return type.build();
  }

  /**
   * JavaPoet separates fields by blank lines; the catalog's int constants read as one table, so
   * they stand together.
   */
  static String groupConstants(String source) {
    return INDEX_CONSTANT_GAP.matcher(source).replaceAll("$1");
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

  private static void addConstructor(TypeSpec.Builder type, CatalogModel catalog) {
    CodeBlock parent = catalog.parent()
        .map(p -> CodeBlock.of("$T.INSTANCE", TypeNames.catalog(p.id())))
        .orElse(CodeBlock.of("/* parent= */ null"));
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addStatement("super($S, $L, /* size= */ $L,$W$L,$W$L)", catalog.name(), parent, catalog.entries().size(),
            listOf(catalog.codePointers()), listOf(catalog.messagePointers()))
        .build());
  }

  private static CodeBlock listOf(List<String> values) {
    CodeBlock items = values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
    return CodeBlock.of("$T.of($L)", TypeNames.LIST, items);
  }

  // ---- Wire code → index ----

  private static void addCodeTable(TypeSpec.Builder type, CatalogModel catalog, TableLayout layout) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("indexOfCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(int.class)
        .addParameter(String.class, "code");
    if (catalog.entries().isEmpty()) {
      type.addMethod(method.addStatement("return -1").build());
      return;
    }
    if (layout.oneTable()) {
      type.addMethod(method.addCode(codeSwitch(catalog.entries(), layout)).build());
      return;
    }
    List<List<EntryModel>> buckets = TableLayout.buckets(catalog.entries());
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
            .addCode(codeSwitch(buckets.get(b), layout))
            .build()));
      }
    }
  }

  /** {@code return switch (code) { case "RelationConflict" -> RELATION_CONFLICT; ... };} */
  private static CodeBlock codeSwitch(List<EntryModel> entries, TableLayout layout) {
    List<CodeBlock> cases = new ArrayList<>();
    for (EntryModel entry : entries) {
      cases.add(CodeBlock.of("case $S -> $L;\n", entry.code(), layout.ref(entry)));
    }
    return returnSwitch(CodeBlock.of("code"), cases, CodeBlock.of("-1"));
  }

  // ---- Status → index ----

  private static void addStatusTables(TypeSpec.Builder type, CatalogModel catalog, TableLayout layout) {
    MethodSpec.Builder status = MethodSpec.methodBuilder("indexOfStatus")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(int.class)
        .addParameter(int.class, "status");
    if (catalog.statusTable().isEmpty()) {
      status.addStatement("return -1");
    } else {
      List<CodeBlock> cases = new ArrayList<>();
      for (Map.Entry<Integer, Integer> row : catalog.statusTable().entrySet()) {
        cases.add(CodeBlock.of("case $L -> $L;\n", row.getKey(), layout.ref(catalog.entries().get(row.getValue()))));
      }
      status.addCode(returnSwitch(CodeBlock.of("status"), cases, CodeBlock.of("-1")));
    }
    type.addMethod(status.build());

    // Categories are few and nest, so range checks, narrowest first, read best.
    MethodSpec.Builder category = MethodSpec.methodBuilder("indexOfCategory")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(int.class)
        .addParameter(int.class, "status");
    catalog.categoriesNarrowestFirst()
        .forEach(c -> category
            .beginControlFlow("if (status >= $L && status <= $L)", c.status(), c.to())
            .addStatement("return $L", layout.ref(c))
            .endControlFlow());
    type.addMethod(category.addStatement("return -1").build());
  }

  // ---- Index → definition ----

  private static void addDefinitions(TypeSpec.Builder type, CatalogModel catalog, TableLayout layout) {
    MethodSpec.Builder create = MethodSpec.methodBuilder("newDefinition")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(TypeNames.ERROR_DEFINITION)
        .addParameter(int.class, "index");
    if (catalog.entries().isEmpty()) {
      type.addMethod(create.addStatement("$L", outOfBounds()).build());
      return;
    }
    if (layout.oneTable()) {
      List<List<EntryModel>> parts = TableLayout.definitionParts(catalog.entries());
      if (parts.size() == 1) {
        type.addMethod(create.addCode(definitionSwitch(catalog.entries(), layout, false)).build());
        return;
      }
      create.addComment("In parts, so that every method stays JIT-compilable.");
      List<MethodSpec> partMethods = new ArrayList<>();
      for (int k = 0; k < parts.size(); k++) {
        List<EntryModel> part = parts.get(k);
        String method = "definitionsPart" + (k + 1);
        if (k < parts.size() - 1) {
          EntryModel next = parts.get(k + 1).get(0);
          create.beginControlFlow("if (index < $L)", layout.ref(next)).addStatement("return $L(index)", method).endControlFlow();
        } else {
          create.addStatement("return $L(index)", method);
        }
        partMethods.add(MethodSpec.methodBuilder(method)
            .addModifiers(Modifier.PRIVATE)
            .returns(TypeNames.ERROR_DEFINITION)
            .addParameter(int.class, "index")
            .addCode(definitionSwitch(part, layout, false))
            .build());
      }
      type.addMethod(create.build()).addMethods(partMethods);
      return;
    }
    int shift = TableLayout.definitionShift(catalog.entries());
    List<List<EntryModel>> chunks = TableLayout.chunks(catalog.entries(), shift);
    type.addMethod(create.addCode(chunkSwitch(shift, chunks.size(), "Definitions$L.create(index)")).build());
    for (int k = 0; k < chunks.size(); k++) {
      type.addType(nested("Definitions" + k, MethodSpec.methodBuilder("create")
          .addModifiers(Modifier.STATIC)
          .returns(TypeNames.ERROR_DEFINITION)
          .addParameter(int.class, "index")
          .addCode(definitionSwitch(chunks.get(k), layout, true))
          .build()));
    }
    List<EntryModel> refining = catalog.entries().stream().filter(e -> e.refined().isPresent()).toList();
    if (refining.stream().anyMatch(e -> e.refined().get().catalog().equals(e.catalog()))) {
      type.addMethod(MethodSpec.methodBuilder("own")
          .addJavadoc("{@link #definitionAt(int)}, for the nested tables.\n")
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(TypeNames.ERROR_DEFINITION)
          .addParameter(int.class, "index")
          .addStatement("return INSTANCE.definitionAt(index)")
          .build());
    }
    if (refining.stream().anyMatch(e -> !e.refined().get().catalog().equals(e.catalog()))) {
      type.addMethod(MethodSpec.methodBuilder("ancestors")
          .addJavadoc("{@link #inherited($T, String)}, for the nested tables.\n", TypeNames.CATALOG)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(TypeNames.ERROR_DEFINITION)
          .addParameter(TypeNames.CATALOG, "ancestor")
          .addParameter(String.class, "code")
          .addStatement("return INSTANCE.inherited(ancestor, code)")
          .build());
    }
  }

  /**
   * @param nested whether the switch is in a nested class, which reaches the catalog's protected
   *     methods through the catalog's private ones: javac would otherwise add an accessor method
   *     to the catalog class for every call
   */
  private static CodeBlock definitionSwitch(List<EntryModel> entries, TableLayout layout, boolean nested) {
    List<CodeBlock> cases = new ArrayList<>();
    for (EntryModel entry : entries) {
      cases.add(CodeBlock.of("case $L -> $L;\n", layout.ref(entry), newDefinition(entry, layout, nested)));
    }
    return returnSwitch(CodeBlock.of("index"), cases, outOfBounds());
  }

  private static CodeBlock newDefinition(EntryModel entry, TableLayout layout, boolean nested) {
    CodeBlock remedy = entry.remedy().stream().map(step -> CodeBlock.of("$S", step)).collect(CodeBlock.joining(",$W"));
    CodeBlock parent = entry.refined()
        .map(r -> r.catalog().equals(entry.catalog())
            ? CodeBlock.of("$T.of($L($L))", TypeNames.OPTIONAL, nested ? "own" : "definitionAt", layout.ref(r))
            : CodeBlock.of("$T.of($L($T.INSTANCE, $S))", TypeNames.OPTIONAL, nested ? "ancestors" : "inherited",
                TypeNames.catalog(r.catalog()), r.code()))
        .orElse(CodeBlock.of("$T.empty()", TypeNames.OPTIONAL));
    // $W: a space where JavaPoet may wrap, so definitions take a few lines each, not eleven.
    CodeBlock.Builder code = CodeBlock.builder()
        .add("new $T($Lname(),$W$S,$W$S,$W$L,$W$S,$W$S,$W$T.of($L),$W/* retryable= */ $L,$W$S,$W$L",
            TypeNames.ERROR_DEFINITION, nested ? "INSTANCE." : "", entry.name(), entry.code(), entry.status(), entry.title(),
            entry.description(), TypeNames.LIST, remedy, entry.retryable(), entry.docsUrl(), parent);
    if (entry.isCategory()) {
      code.add(",$W$T.CATEGORY", TypeNames.DEFINITION_KIND);
    } else if (!entry.members().isEmpty()) {
      // One member a line: a definition's members read as a small table.
      CodeBlock members = entry.members().stream()
          .map(m -> CodeBlock.of("new $T($S, $S, $S,$W$S)", TypeNames.MEMBER_DEFINITION, m.name(), m.pointer(),
              m.type().display(), m.description()))
          .collect(CodeBlock.joining(",\n"));
      code.add(",$W$T.CODE,$W$T.of(\n$>$>$>$L)$<$<$<", TypeNames.DEFINITION_KIND, TypeNames.LIST, members);
    }
    return code.add(")").build();
  }

  // ---- Index → exception ----

  private static void addExceptions(TypeSpec.Builder type, CatalogModel catalog, TableLayout layout) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("newException")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(TypeNames.CATALOG_EXCEPTION)
        .addParameter(int.class, "index")
        .addParameter(TypeNames.ERROR_DEFINITION, "definition")
        .addParameter(TypeNames.ERROR_DETAILS, "details")
        .addParameter(boolean.class, "captureStackTrace");
    if (catalog.entries().isEmpty()) {
      type.addMethod(method.addStatement("$L", outOfBounds()).build());
      return;
    }
    if (layout.oneTable()) {
      method.addComment("Each exception class makes its own exceptions, so that loading this class loads none of them.");
      type.addMethod(method.addCode(exceptionSwitch(catalog.entries(), layout)).build());
      return;
    }
    List<List<EntryModel>> chunks = TableLayout.chunks(catalog.entries(), TableLayout.EXCEPTION_SHIFT);
    type.addMethod(method.addCode(chunkSwitch(TableLayout.EXCEPTION_SHIFT, chunks.size(),
        "Exceptions$L.create(index, definition, details, captureStackTrace)")).build());
    for (int k = 0; k < chunks.size(); k++) {
      type.addType(nested("Exceptions" + k, MethodSpec.methodBuilder("create")
          .addModifiers(Modifier.STATIC)
          .returns(TypeNames.CATALOG_EXCEPTION)
          .addParameter(int.class, "index")
          .addParameter(TypeNames.ERROR_DEFINITION, "definition")
          .addParameter(TypeNames.ERROR_DETAILS, "details")
          .addParameter(boolean.class, "captureStackTrace")
          .addCode(exceptionSwitch(chunks.get(k), layout))
          .build()));
    }
  }

  /**
   * {@code return switch (index) { case RELATION_CONFLICT -> RelationConflictException.create(...); ... };}
   *
   * <p>Each exception class makes its own exceptions, typed {@code CatalogException}: a switch
   * that made them with {@code new} would have the verifier load every exception class it names
   * to check that it is a {@code CatalogException}, when the catalog class (or the chunk) is
   * loaded, that is at a catalog's first error, a cost that grows with the catalog's size.
   */
  private static CodeBlock exceptionSwitch(List<EntryModel> entries, TableLayout layout) {
    List<CodeBlock> cases = new ArrayList<>();
    for (EntryModel entry : entries) {
      cases.add(CodeBlock.of("case $L -> $T.create(definition, details, captureStackTrace);\n",
          layout.ref(entry), TypeNames.exception(entry)));
    }
    return returnSwitch(CodeBlock.of("index"), cases, outOfBounds());
  }

  // ---- Exception → handler method ----

  private static void addDispatch(TypeSpec.Builder type, CatalogModel catalog, TableLayout layout) {
    ClassName handler = TypeNames.handler(catalog.id());
    ParameterizedTypeName handlerOfR = ParameterizedTypeName.get(handler, R);
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
    List<List<EntryModel>> chunks = layout.oneTable()
        ? List.of(catalog.entries())
        : TableLayout.chunks(catalog.entries(), TableLayout.HANDLER_SHIFT);
    if (!catalog.entries().isEmpty()) {
      dispatch.beginControlFlow("for ($T d = e.definition(); d != null; d = d.parent().orElse(null))", TypeNames.ERROR_DEFINITION)
          .addStatement("int index = indexOf(d)")
          .beginControlFlow("if (index >= 0)");
      if (chunks.size() == 1) {
        dispatch.addCode(handlerSwitch(chunks.get(0), layout));
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
            .addCode(handlerSwitch(chunks.get(k), layout))
            .build()));
      }
    }
  }

  private static CodeBlock handlerSwitch(List<EntryModel> entries, TableLayout layout) {
    List<CodeBlock> cases = new ArrayList<>();
    for (EntryModel entry : entries) {
      cases.add(CodeBlock.of("case $L -> handler.$L(($T) e);\n", layout.ref(entry), entry.handlerMethodName(), TypeNames.exception(entry)));
    }
    return returnSwitch(CodeBlock.of("index"), cases, outOfBounds());
  }

  // ---- Exception → enum constant ----

  private static void addConstants(TypeSpec.Builder type, CatalogModel catalog, TableLayout layout) {
    ClassName enumType = TypeNames.enumType(catalog.id());
    MethodSpec.Builder method = MethodSpec.methodBuilder("constantOf")
        .addJavadoc("The constant of {@link $T} an error is, or refines, for use in a {@code switch}; empty for an\n"
            + "error of an ancestor catalog or an unknown one.\n\n@param e the error\n@return its constant\n", enumType)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(TypeNames.OPTIONAL, enumType))
        .addParameter(TypeNames.CATALOG_EXCEPTION, "e")
        .beginControlFlow("for ($T d = e.definition(); d != null; d = d.parent().orElse(null))", TypeNames.ERROR_DEFINITION)
        .addStatement("int index = indexOf(d)")
        .beginControlFlow("if (index >= 0)");
    if (layout.oneTable()) {
      method.addStatement("return $T.of($T.values()[index])", TypeNames.OPTIONAL, enumType);
    } else {
      method.addStatement("return $T.of(Constants.ALL[index])", TypeNames.OPTIONAL);
      type.addType(TypeSpec.classBuilder("Constants")
          .addJavadoc("Loaded on first use: the enum's static initializer creates every constant.\n")
          .addModifiers(NESTED)
          .addField(FieldSpec.builder(ArrayTypeName.of(enumType), "ALL", Modifier.STATIC, Modifier.FINAL)
              .initializer("$T.values()", enumType)
              .build())
          .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
          .build());
    }
    type.addMethod(method.endControlFlow()
        .endControlFlow()
        .addStatement("return $T.empty()", TypeNames.OPTIONAL)
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
