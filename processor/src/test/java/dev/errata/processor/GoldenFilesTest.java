package dev.errata.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Representative generated files compared as text with golden files, so that Javadoc and layout
 * count. The fixture catalogs compile with every lint and doclint check as an error. Run with
 * {@code -Derrata.golden.update=true} to rewrite the golden files after an intended change.
 */
class GoldenFilesTest {

  private static final Path FIXTURES = Path.of("src/test/java/dev/errata/processor/fixtures");
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("errata.golden.update");

  private static Compilation compilation;

  @BeforeAll
  static void compileFixtures() throws IOException {
    List<JavaFileObject> sources = List.of(
        JavaFileObjects.forResource(FIXTURES.resolve("web/Web.java").toUri().toURL()),
        JavaFileObjects.forResource(FIXTURES.resolve("platform/Platform.java").toUri().toURL()));
    compilation = javac()
        .withProcessors(new ErrataProcessor())
        .withClasspath(Compilations.classpathWithoutTestClasses())
        .withOptions("-Xlint:all", "-Werror", "-Xdoclint:all,-missing")
        .compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "dev/errata/processor/fixtures/platform/PlatformCatalog.java",
    "dev/errata/processor/fixtures/platform/PlatformHandler.java",
    "dev/errata/processor/fixtures/platform/RelationConflictException.java",
    "dev/errata/processor/fixtures/platform/ResourceLockedException.java",
    "dev/errata/processor/fixtures/platform/UnauthorizedException.java",
    "dev/errata/processor/fixtures/web/ClientErrorException.java",
    "dev/errata/processor/fixtures/web/WebHandler.java",
  })
  void generatedSourceMatchesGoldenFile(String path) throws IOException {
    JavaFileObject generated = compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, path).orElseThrow();
    compare(path, generated.getCharContent(true).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "META-INF/errata/dev.errata.processor.fixtures.platform.Platform.json",
    "META-INF/errata/dev.errata.processor.fixtures.platform.Platform.md",
    "META-INF/errata/dev.errata.processor.fixtures.platform.Platform.openapi.json",
    "META-INF/errata/dev.errata.processor.fixtures.web.Web.md",
  })
  void generatedResourceMatchesGoldenFile(String path) throws IOException {
    JavaFileObject generated = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path).orElseThrow();
    compare(path, generated.getCharContent(true).toString());
  }

  /**
   * The golden file of a generated file: its path flattened, and {@code .txt} after a {@code .java}
   * name, so that IDEs and build tools do not take golden files for misplaced sources.
   */
  private static String goldenName(String path) {
    String flat = path.replace('/', '_').replace("META-INF_errata_", "");
    return flat.endsWith(".java") ? flat + ".txt" : flat;
  }

  private static void compare(String path, String actual) throws IOException {
    Path golden = GOLDEN.resolve(goldenName(path));
    if (UPDATE) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertWithMessage("golden file %s (rerun with -Derrata.golden.update=true after an intended change)", golden)
        .that(actual)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
