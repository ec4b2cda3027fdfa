package dev.errata.processor.scale;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errata.Catalog;
import dev.errata.CatalogException;
import dev.errata.ErrorDetails;
import dev.errata.processor.Compilations;
import dev.errata.processor.ErrataProcessor;
import dev.errata.processor.fixtures.platform.PlatformCatalog;
import dev.errata.processor.fixtures.web.WebCatalog;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Where a catalog's tables stop being one plain switch each: at 211 codes, whose wire code switch
 * is as large as one method should be. Up to there the catalog class holds every table, with no
 * nested classes; one code more and the tables are split into nested classes. On both sides no
 * method reaches HotSpot's 8,000-byte limit, measured on the class files, with definitions as
 * heavy as catalogs write them (five remedy steps, a parent in another catalog).
 */
class TableLayoutTest {

  private static final int HUGE_METHOD_LIMIT = 8_000;
  private static final int LARGEST_ONE_TABLE_CATALOG = 211;

  @Test
  void smallCatalogsHaveNoNestedClasses() {
    assertThat(PlatformCatalog.class.getDeclaredClasses()).isEmpty();
    assertThat(WebCatalog.class.getDeclaredClasses()).isEmpty();
  }

  @Test
  void theLargestOneTableCatalogKeepsEveryTableInTheCatalogClass() throws Exception {
    CompiledClasses classes = compile(LARGEST_ONE_TABLE_CATALOG);

    assertThat(nestedClassesOf(classes, "m.MeasuredCatalog")).isEmpty();
    Map<String, Integer> methods = ClassFiles.codeLengths(classes.classFiles().get("m.MeasuredCatalog"));
    assertThat(methods.keySet()).contains("definitionsPart2(I)Ldev/errata/ErrorDefinition;");
    // The wire code switch, the largest table, is close to the limit: the line is where it should be.
    assertThat(methods.get("indexOfCode(Ljava/lang/String;)I")).isGreaterThan(HUGE_METHOD_LIMIT * 4 / 5);
    assertLargestMethodIsUnderTheLimit(classes);
    assertEveryCodeCreatesItsException(classes, LARGEST_ONE_TABLE_CATALOG);
  }

  @Test
  void oneCodeMoreSplitsTheTablesIntoNestedClasses() throws Exception {
    CompiledClasses classes = compile(LARGEST_ONE_TABLE_CATALOG + 1);

    assertThat(nestedClassesOf(classes, "m.MeasuredCatalog")).containsAtLeast(
        "m.MeasuredCatalog$Codes0", "m.MeasuredCatalog$Definitions0", "m.MeasuredCatalog$Exceptions0",
        "m.MeasuredCatalog$Handlers0", "m.MeasuredCatalog$Constants");
    // The nested tables reach the catalog's protected methods without an accessor per call.
    assertThat(ClassFiles.codeLengths(classes.classFiles().get("m.MeasuredCatalog")).keySet().stream()
        .filter(method -> method.startsWith("access$")).toList()).isEmpty();
    assertLargestMethodIsUnderTheLimit(classes);
    assertEveryCodeCreatesItsException(classes, LARGEST_ONE_TABLE_CATALOG + 1);
  }

  /**
   * Members weigh on definitions too: a catalog on each side of the line whose every code lists
   * twelve members, each with a pointer and a description, keeps every method under the limit.
   */
  @Test
  void definitionsWithManyMembersStayUnderTheLimit() throws Exception {
    for (int codes : new int[] {LARGEST_ONE_TABLE_CATALOG, LARGEST_ONE_TABLE_CATALOG + 1}) {
      CompiledClasses classes = compile(codes, /* members= */ true);

      assertLargestMethodIsUnderTheLimit(classes);
      Catalog catalog = (Catalog) classes.loadClass("m.MeasuredCatalog").getField("INSTANCE").get(null);
      assertThat(catalog.definition(wireCode(codes - 1)).orElseThrow().members()).hasSize(12);
    }
  }

  private static CompiledClasses compile(int codes) {
    return compile(codes, /* members= */ false);
  }

  private static CompiledClasses compile(int codes, boolean members) {
    Compilation compilation = javac()
        .withProcessors(new ErrataProcessor())
        .withClasspath(Compilations.classpathWithoutTestClasses())
        .withOptions("-Xlint:all", "-Werror")
        .compile(base(), catalog(codes, members), wide());
    assertThat(compilation).succeededWithoutWarnings();
    return new CompiledClasses(compilation, TableLayoutTest.class.getClassLoader());
  }

  private static JavaFileObject base() {
    StringBuilder s = new StringBuilder("package m;\nimport dev.errata.*;\n@ErrorCatalog public enum Base {\n");
    s.append("  @ErrorCategory(from = 400, to = 499, description = \"Client.\") CLIENT_ERROR");
    for (int status = 400; status <= 499; status++) {
      s.append(",\n  @ErrorCode(status = ").append(status).append(", description = \"Status ").append(status).append(".\") S").append(status);
    }
    return JavaFileObjects.forSourceString("m.Base", s.append("\n}\n").toString());
  }

  /** A members record of twelve components, each with a wire name, a pointer and a description. */
  private static JavaFileObject wide() {
    StringBuilder doc = new StringBuilder("/**\n * Many members.\n *\n");
    StringBuilder components = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      doc.append(" * @param value").append(i).append(" what value ").append(i).append(" of the error says\n");
      components.append(i == 0 ? "" : ", ").append("@Member(name = \"value_").append(i)
          .append("\", pointer = \"/error/details/value_").append(i).append("\") String value").append(i);
    }
    return JavaFileObjects.forSourceString("m.Wide", "package m;\nimport dev.errata.Member;\n" + doc + " */\n"
        + "public record Wide(" + components + ") {}\n");
  }

  /** Codes whose definitions are as heavy as catalogs write them: five remedy steps, a parent in the base. */
  private static JavaFileObject catalog(int codes, boolean members) {
    StringBuilder s = new StringBuilder("package m;\nimport dev.errata.*;\n")
        .append("@ErrorCatalog(name = \"Measured\", parent = Base.class, docsUrl = \"https://docs.example.com/errors#{code}\")\n")
        .append("public enum Measured {\n");
    for (int i = 0; i < codes; i++) {
      s.append(i == 0 ? "" : ",\n")
          .append("  @ErrorCode(status = ").append(status(i)).append(", code = \"").append(wireCode(i))
          .append("\", description = \"What error ").append(i).append(" means, in a sentence of ordinary length.\", remedy = {");
      for (int step = 1; step <= 5; step++) {
        s.append(step == 1 ? "" : ", ").append("\"Step ").append(step).append(" for error ").append(i).append(".\"");
      }
      s.append(members ? "}, members = Wide.class) " : "}) ").append(constant(i));
    }
    return JavaFileObjects.forSourceString("m.Measured", s.append("\n}\n").toString());
  }

  private static int status(int i) {
    return 400 + i % 100;
  }

  private static String wireCode(int i) {
    return "error_code_" + i;
  }

  private static String constant(int i) {
    return String.format(Locale.ROOT, "ERROR_%03d", i);
  }

  private static List<String> nestedClassesOf(CompiledClasses classes, String name) {
    List<String> nested = new ArrayList<>();
    for (String compiled : classes.classFiles().keySet()) {
      if (compiled.startsWith(name + "$")) {
        nested.add(compiled);
      }
    }
    return nested;
  }

  private static void assertLargestMethodIsUnderTheLimit(CompiledClasses classes) throws IOException {
    int largest = 0;
    for (Map.Entry<String, byte[]> file : classes.classFiles().entrySet()) {
      if (file.getKey().startsWith("m.MeasuredCatalog")) {
        for (int length : ClassFiles.codeLengths(file.getValue()).values()) {
          largest = Math.max(largest, length);
        }
      }
    }
    assertThat(largest).isLessThan(HUGE_METHOD_LIMIT);
  }

  private static void assertEveryCodeCreatesItsException(CompiledClasses classes, int codes) throws ReflectiveOperationException {
    Catalog catalog = (Catalog) classes.loadClass("m.MeasuredCatalog").getField("INSTANCE").get(null);
    for (int i = 0; i < codes; i++) {
      CatalogException e = catalog.create(wireCode(i), status(i), ErrorDetails.empty(), false);
      assertThat(e.getClass().getName()).isEqualTo("m.Error" + String.format(Locale.ROOT, "%03d", i) + "Exception");
      assertThat(e.definition().remedy()).hasSize(5);
      assertThat(e.definition().parent().orElseThrow().name()).isEqualTo("S" + status(i));
    }
    assertThat(catalog.definitions()).hasSize(codes);
  }
}
