package dev.errata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Two compiles of the same catalogs write byte-for-byte the same files: no timestamps, no hash order. */
class DeterminismTest {

  private static final Path FIXTURES = Path.of("src/test/java/dev/errata/processor/fixtures");

  @Test
  void outputsAreIdenticalAcrossCompiles() throws IOException {
    Map<String, byte[]> first = outputs(compile());
    Map<String, byte[]> second = outputs(compile());

    assertThat(first.keySet()).containsExactlyElementsIn(second.keySet());
    assertThat(first).isNotEmpty();
    first.forEach((name, bytes) -> assertWithMessage(name).that(second.get(name)).isEqualTo(bytes));
  }

  private static Compilation compile() throws IOException {
    return javac()
        .withProcessors(new ErrataProcessor())
        .withClasspath(Compilations.classpathWithoutTestClasses())
        .compile(List.of(
            JavaFileObjects.forResource(FIXTURES.resolve("platform/Platform.java").toUri().toURL()),
            JavaFileObjects.forResource(FIXTURES.resolve("web/Web.java").toUri().toURL())));
  }

  private static Map<String, byte[]> outputs(Compilation compilation) throws IOException {
    Map<String, byte[]> outputs = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      try (InputStream in = file.openInputStream()) {
        outputs.put(file.toUri().getPath(), in.readAllBytes());
      }
    }
    return outputs;
  }
}
