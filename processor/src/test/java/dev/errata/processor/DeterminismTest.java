package dev.errata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Two compiles of the same catalogs, given to javac in opposite orders, write byte-for-byte the
 * same files: no timestamps, no hash order, no dependence on the order of sources.
 */
class DeterminismTest {

  private static final Path FIXTURES = Path.of("src/test/java/dev/errata/processor/fixtures");

  @Test
  void outputsAreIdenticalWhateverTheOrderOfSources() throws IOException {
    Map<String, byte[]> first = outputs(compile(List.of("platform/Platform.java", "web/Web.java")));
    Map<String, byte[]> second = outputs(compile(List.of("web/Web.java", "platform/Platform.java")));

    assertThat(first.keySet()).containsExactlyElementsIn(second.keySet());
    assertThat(first).isNotEmpty();
    first.forEach((name, bytes) -> assertWithMessage(name).that(second.get(name)).isEqualTo(bytes));
  }

  private static Compilation compile(List<String> fixtures) throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    for (String fixture : fixtures) {
      sources.add(JavaFileObjects.forResource(FIXTURES.resolve(fixture).toUri().toURL()));
    }
    return javac()
        .withProcessors(new ErrataProcessor())
        .withClasspath(Compilations.classpathWithoutTestClasses())
        .compile(sources);
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
