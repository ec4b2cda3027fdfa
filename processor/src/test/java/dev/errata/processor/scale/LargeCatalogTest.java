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
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Catalogs at the sizes users hit: 4,000 codes in one enum (about javac's limit for one enum),
 * and 10,000 codes spread over a chain of enums, each extending the previous one. Both compile,
 * every code dispatches, no generated method reaches HotSpot's 8,000-byte JIT limit, and the
 * first error created loads only the exception classes it needs.
 *
 * <p>Run with {@code -Plarge-catalogs}, as CI does: {@code mvn verify} leaves them out for time.
 */
@Tag("large-catalogs")
class LargeCatalogTest {

  private static final int HUGE_METHOD_LIMIT = 8_000;
  private static final Path TIMINGS = Path.of("target/large-catalog-timings.txt");

  @BeforeAll
  static void startTimingsAfresh() throws IOException {
    Files.deleteIfExists(TIMINGS);
  }

  /** A root catalog with two categories and a code for every error status, like the HTTP catalog. */
  private static JavaFileObject base() {
    StringBuilder s = new StringBuilder("package big;\nimport dev.errata.*;\n@ErrorCatalog public enum Base {\n");
    s.append("  @ErrorCategory(from = 400, to = 499, description = \"Client.\") CLIENT_ERROR,\n");
    s.append("  @ErrorCategory(from = 500, to = 599, description = \"Server.\") SERVER_ERROR");
    for (int status = 400; status <= 599; status++) {
      s.append(",\n  @ErrorCode(status = ").append(status).append(", description = \"Status ").append(status).append(".\") S").append(status);
    }
    return JavaFileObjects.forSourceString("big.Base", s.append("\n}\n").toString());
  }

  /** Codes {@code from} (inclusive) to {@code to} (exclusive), each refining the base code of its status. */
  private static JavaFileObject catalog(String name, String parent, int from, int to) {
    StringBuilder s = new StringBuilder("package big;\nimport dev.errata.*;\n")
        .append("@ErrorCatalog(name = \"").append(name).append("\", parent = ").append(parent).append(".class)\n")
        .append("public enum ").append(name).append(" {\n");
    for (int i = from; i < to; i++) {
      s.append(i == from ? "" : ",\n")
          .append("  @ErrorCode(status = ").append(status(i))
          .append(", code = \"").append(wireCode(i))
          .append("\", description = \"Error number ").append(i)
          .append(".\", remedy = {\"First step for error ").append(i).append(".\", \"Second step.\"}")
          .append(i % 10 == 0 ? ", retry = Retry.YES" : "")
          .append(") ").append(constant(i));
    }
    return JavaFileObjects.forSourceString("big." + name, s.append("\n}\n").toString());
  }

  /** A handler overriding every method to return its own name, so dispatch can be checked code by code. */
  private static JavaFileObject recorder(String handler, int from, int to) {
    StringBuilder s = new StringBuilder("package big;\nimport dev.errata.*;\n")
        .append("public final class Recorder implements ").append(handler).append("<String> {\n")
        .append("  @Override public String onError(CatalogException e) { return \"onError\"; }\n");
    for (int i = from; i < to; i++) {
      s.append("  @Override public String on").append(constant(i)).append('(').append(constant(i))
          .append("Exception e) { return \"on").append(constant(i)).append("\"; }\n");
    }
    return JavaFileObjects.forSourceString("big.Recorder", s.append("}\n").toString());
  }

  private static int status(int i) {
    return 400 + i % 200;
  }

  private static String wireCode(int i) {
    return "err." + Integer.toString(i * 7919, 36);
  }

  private static String constant(int i) {
    return String.format(Locale.ROOT, "C%05d", i);
  }

  @Test
  void fourThousandCodesInOneEnum() throws Exception {
    long start = System.nanoTime();
    Compilation compilation = compile(base(), catalog("Huge", "Base", 0, 4_000), recorder("HugeHandler", 0, 4_000));
    long millis = (System.nanoTime() - start) / 1_000_000;
    record("4,000 codes in one enum (and a 4,000-method handler)", millis, compilation);

    CompiledClasses classes = new CompiledClasses(compilation, getClass().getClassLoader());
    assertNoHugeMethods(compilation, classes);
    assertFirstErrorLoadsOnlyItsOwnClasses(classes, "big.HugeCatalog", 1_234);
    assertEveryCodeDispatches(classes, "big.HugeCatalog", "big.HugeHandler", 0, 4_000);
  }

  @Test
  void tenThousandCodesOverAChainOfEnums() throws Exception {
    long start = System.nanoTime();
    Compilation compilation = compile(
        base(),
        catalog("Big1", "Base", 0, 4_000),
        catalog("Big2", "Big1", 4_000, 8_000),
        catalog("Big3", "Big2", 8_000, 10_000),
        recorder("Big3Handler", 0, 10_000));
    long millis = (System.nanoTime() - start) / 1_000_000;
    record("10,000 codes over three enums (and a 10,000-method handler)", millis, compilation);

    CompiledClasses classes = new CompiledClasses(compilation, getClass().getClassLoader());
    assertNoHugeMethods(compilation, classes);
    assertEveryCodeDispatches(classes, "big.Big3Catalog", "big.Big3Handler", 0, 10_000);
    Catalog big3 = catalog(classes, "big.Big3Catalog");
    assertThat(big3.create("no-such-code", 404, ErrorDetails.empty()).getClass().getName()).isEqualTo("big.S404Exception");
    assertThat(big3.create("no-such-code", 299, ErrorDetails.empty()).getClass()).isEqualTo(CatalogException.class);
  }

  private static Compilation compile(JavaFileObject... sources) {
    Compilation compilation = javac()
        .withProcessors(new ErrataProcessor())
        .withClasspath(Compilations.classpathWithoutTestClasses())
        .withOptions("-Xlint:all", "-Werror")
        .compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  /**
   * No method of a generated class (nested classes included) reaches the limit. The catalog
   * enums themselves are javac's: their static initializer is what limits one enum to about
   * 4,000 constants.
   */
  private static void assertNoHugeMethods(Compilation compilation, CompiledClasses classes) throws IOException {
    Set<String> generated = new HashSet<>();
    for (JavaFileObject source : compilation.generatedSourceFiles()) {
      String path = source.toUri().getPath();
      String name = path.substring(path.indexOf("/SOURCE_OUTPUT/") + "/SOURCE_OUTPUT/".length(), path.length() - ".java".length());
      generated.add(name.replace('/', '.'));
    }
    String largest = "";
    int largestLength = 0;
    int checked = 0;
    for (Map.Entry<String, byte[]> file : classes.classFiles().entrySet()) {
      String topLevel = file.getKey().contains("$") ? file.getKey().substring(0, file.getKey().indexOf('$')) : file.getKey();
      if (!generated.contains(topLevel)) {
        continue;
      }
      checked++;
      for (Map.Entry<String, Integer> method : ClassFiles.codeLengths(file.getValue()).entrySet()) {
        if (method.getValue() > largestLength) {
          largestLength = method.getValue();
          largest = file.getKey() + "." + method.getKey();
        }
      }
    }
    assertThat(checked).isGreaterThan(generated.size() - 1);
    Files.writeString(TIMINGS,
        String.format(Locale.ROOT, "  largest generated method: %s, %,d bytes (of %,d generated classes)%n", largest, largestLength, checked),
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    assertThat(largestLength).isLessThan(HUGE_METHOD_LIMIT);
  }

  /** Creating one error loads its exception class and its superclasses, and no other exception class. */
  private static void assertFirstErrorLoadsOnlyItsOwnClasses(CompiledClasses classes, String catalogClass, int index) throws Exception {
    Catalog catalog = catalog(classes, catalogClass);

    CatalogException e = catalog.create(wireCode(index), status(index), ErrorDetails.empty());

    assertThat(e.getClass().getName()).isEqualTo("big." + constant(index) + "Exception");
    List<String> loadedExceptions = new ArrayList<>();
    for (String name : classes.loaded()) {
      if (name.endsWith("Exception")) {
        loadedExceptions.add(name);
      }
    }
    String category = status(index) < 500 ? "big.ClientErrorException" : "big.ServerErrorException";
    assertThat(loadedExceptions).containsExactly(
        "big." + constant(index) + "Exception", "big.S" + status(index) + "Exception", category);
  }

  private static void assertEveryCodeDispatches(
      CompiledClasses classes, String catalogClass, String handlerInterface, int from, int to) throws Exception {
    Catalog catalog = catalog(classes, catalogClass);
    Class<?> handlerType = classes.loadClass(handlerInterface);
    Method dispatch = catalog.getClass().getMethod("dispatch", CatalogException.class, handlerType);
    Object handler = classes.loadClass("big.Recorder").getConstructor().newInstance();
    for (int i = from; i < to; i++) {
      CatalogException e = catalog.create(wireCode(i), status(i), ErrorDetails.empty(), false);
      String expected = constant(i);
      if (!e.getClass().getSimpleName().equals(expected + "Exception")
          || !e.code().equals(wireCode(i))
          || e.isRetryable() != (i % 10 == 0)
          || !dispatch.invoke(catalog, e, handler).equals("on" + expected)) {
        throw new AssertionError("code " + wireCode(i) + " gave " + e.getClass().getName() + " / " + e.code());
      }
    }
  }

  private static Catalog catalog(CompiledClasses classes, String catalogClass) throws ReflectiveOperationException {
    return (Catalog) classes.loadClass(catalogClass).getField("INSTANCE").get(null);
  }

  private static void record(String what, long millis, Compilation compilation) throws IOException {
    long sources = compilation.generatedSourceFiles().size();
    Files.createDirectories(TIMINGS.getParent());
    Files.writeString(TIMINGS,
        String.format(Locale.ROOT, "%s: javac with the processor took %,d ms, %,d generated sources (%s)%n",
            what, millis, sources, Runtime.version()),
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
