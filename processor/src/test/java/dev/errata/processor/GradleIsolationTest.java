package dev.errata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.errata.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor is declared to Gradle as isolating, and behaves as one: every file it writes has
 * exactly one originating element, the catalog's enum, and what it writes for a catalog depends
 * on that enum and its ancestors only, not on other types of the package.
 */
class GradleIsolationTest {

  private static final Path FIXTURES = Path.of("src/test/java/dev/errata/processor/fixtures");

  @Test
  void gradleIsToldTheProcessorIsIsolating() throws IOException {
    String declaration = Files.readString(Path.of("src/main/resources/META-INF/gradle/incremental.annotation.processors"));

    assertThat(declaration.trim()).isEqualTo(ErrataProcessor.class.getName() + ",isolating");
  }

  @Test
  void everyFileHasTheCatalogEnumAsItsOneOriginatingElement() throws IOException {
    OriginRecorder recorder = new OriginRecorder();

    Compilation compilation = javac().withProcessors(recorder).withClasspath(Compilations.classpathWithoutTestClasses())
        .compile(fixture("web/Web.java"), fixture("platform/Platform.java"));

    assertThat(compilation).succeeded();
    assertThat(recorder.origins).hasSize(compilation.generatedFiles().size() - classFiles(compilation));
    recorder.origins.forEach((file, origins) -> assertWithMessage(file).that(origins).containsExactly(
        file.contains("/platform/") || file.contains(".platform.") ? "dev.errata.processor.fixtures.platform.Platform"
            : "dev.errata.processor.fixtures.web.Web"));
  }

  /**
   * A catalog of the same package that the enum does not lead to, even one that generates a type
   * of the same name, changes nothing of what the catalog gets. (Two such catalogs written in one
   * compilation are told by the filer's rule, see EdgeDiagnosticsTest; a full build always
   * compiles them together.)
   */
  @Test
  void whatACatalogGetsDoesNotDependOnUnrelatedTypesOfItsPackage(@TempDir Path temp) throws IOException {
    Compilation neighbour = compile(List.of(), source("dev.errata.processor.fixtures.platform.Neighbour", """
        package dev.errata.processor.fixtures.platform;
        import dev.errata.*;
        @ErrorCatalog(name = "Neighbour")
        public enum Neighbour {
          @ErrorCode(status = 418, description = "The neighbour's teapot.") TEAPOT
        }
        """), source("dev.errata.processor.fixtures.platform.Other", """
        package dev.errata.processor.fixtures.platform;
        public class Other {}
        """));
    Path neighbours = Compilations.writeClassOutput(neighbour, Files.createDirectory(temp.resolve("neighbours")));

    Map<String, byte[]> alone = outputs(compile(List.of(), fixture("web/Web.java"), fixture("platform/Platform.java")));
    Map<String, byte[]> nextToNeighbours = outputs(compile(List.of(neighbours), fixture("web/Web.java"), fixture("platform/Platform.java")));

    assertThat(alone).hasSize(29);
    assertThat(nextToNeighbours.keySet()).containsExactlyElementsIn(alone.keySet());
    alone.forEach((name, bytes) -> assertWithMessage(name).that(nextToNeighbours.get(name)).isEqualTo(bytes));
  }

  private static JavaFileObject fixture(String path) throws IOException {
    return JavaFileObjects.forResource(FIXTURES.resolve(path).toUri().toURL());
  }

  private static Compilation compile(List<Path> directories, JavaFileObject... sources) {
    List<File> classpath = new ArrayList<>();
    directories.forEach(directory -> classpath.add(directory.toFile()));
    classpath.addAll(Compilations.classpathWithoutTestClasses());
    Compilation compilation = javac().withProcessors(new ErrataProcessor()).withClasspath(classpath).compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  /** The sources and resources generated, by path. */
  private static Map<String, byte[]> outputs(Compilation compilation) throws IOException {
    Map<String, byte[]> outputs = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        try (InputStream in = file.openInputStream()) {
          outputs.put(path, in.readAllBytes());
        }
      }
    }
    return outputs;
  }

  private static int classFiles(Compilation compilation) {
    return (int) compilation.generatedFiles().stream().filter(f -> f.getKind() == JavaFileObject.Kind.CLASS).count();
  }

  /**
   * Runs the Errata processor with a filer that records, for every file created, the originating
   * elements it was given, as Gradle's filer does for an isolating processor.
   */
  private static final class OriginRecorder extends AbstractProcessor {
    private final ErrataProcessor errata = new ErrataProcessor();
    final Map<String, List<String>> origins = new TreeMap<>();

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      Filer filer = forward(Filer.class, env.getFiler(), (method, args) -> {
        if (method.getName().startsWith("create")) {
          List<String> names = new ArrayList<>();
          for (Element origin : (Element[]) args[args.length - 1]) {
            names.add(((TypeElement) origin).getQualifiedName().toString());
          }
          origins.put(args[args.length - 2].toString(), names);
        }
      });
      errata.init(forward(ProcessingEnvironment.class, env, (method, args) -> {}, "getFiler", filer));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return errata.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return errata.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return errata.process(annotations, round);
    }

    private interface Observer {
      void called(Method method, Object[] args);
    }

    /** A proxy forwarding every call to {@code target}, after telling {@code observer}, and answering {@code replaced} with {@code replacement}. */
    private static <T> T forward(Class<T> type, T target, Observer observer, Object... replaced) {
      return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
        if (replaced.length == 2 && method.getName().equals(replaced[0])) {
          return replaced[1];
        }
        if (args != null) {
          observer.called(method, args);
        }
        try {
          return method.invoke(target, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }));
    }
  }
}
