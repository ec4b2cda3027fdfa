package dev.errata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.errata.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What the processor claims. javac's {@code -Xlint:processing} reports every annotation of a
 * round that no processor claimed, however many processors support it, so Errata claims its own
 * annotations and the {@code @Generated} on its own output, for builds that compile catalogs
 * with {@code -Xlint:all -Werror}; and nothing else, so that processors javac asks after it still
 * get everything else.
 */
class ClaimsTest {

  private static final JavaFileObject CATALOG = source("test.Api", """
      package test;
      import dev.errata.*;
      @ErrorCatalog public enum Api {
        @ErrorCode(status = 400, description = "Bad.") BAD_REQUEST
      }
      """);

  @Test
  void javacWarnsAboutAnnotationsNobodyClaimsEvenWhenAProcessorSupportsThem() {
    Compilation compilation = javac()
        .withProcessors(new Recorder(Set.of("test.Marker")))
        .withOptions("-Xlint:processing")
        .compile(source("test.Marker", "package test;", "public @interface Marker {}"),
            source("test.Marked", "package test;", "@Marker public class Marked {}"));

    assertThat(compilation).hadWarningContaining("No processor claimed any of these annotations");
  }

  @Test
  void aCatalogAndWhatIsGeneratedForItLeaveLintProcessingNothingToReport() {
    Recorder after = new Recorder(Set.of("dev.errata.ErrorCatalog", "javax.annotation.processing.Generated"));

    Compilation compilation = javac()
        .withProcessors(new ErrataProcessor(), after)
        .withOptions("-Xlint:all", "-Werror")
        .compile(CATALOG);

    assertThat(compilation).succeededWithoutWarnings();
    // Claimed: a processor javac asks after Errata is not asked about them.
    assertThat(after.asked).isEmpty();
  }

  @Test
  void anotherProcessorsGeneratedOutputIsLeftUnclaimed() {
    Recorder after = new Recorder(Set.of("javax.annotation.processing.Generated"));

    Compilation compilation = javac()
        .withProcessors(new OtherGenerator(), new ErrataProcessor(), after)
        .compile(CATALOG);

    assertThat(compilation).succeeded();
    assertThat(after.asked).contains("javax.annotation.processing.Generated");
  }

  @Test
  void aProcessorAfterErrataStillFindsTheCatalogsInItsRound() {
    Recorder after = new Recorder(Set.of("test.Marker"));

    Compilation compilation = javac()
        .withProcessors(new ErrataProcessor(), after)
        .compile(CATALOG, source("test.Marker", "package test;", "public @interface Marker {}"),
            source("test.Marked", "package test;", "@Marker public class Marked {}"));

    assertThat(compilation).succeeded();
    assertThat(after.asked).containsExactly("test.Marker");
    assertThat(after.catalogsSeen).containsExactly("test.Api");
  }

  /** Records the annotations javac asks it about, claiming none, and the catalogs of those rounds. */
  private static final class Recorder extends AbstractProcessor {
    private final Set<String> supported;
    final List<String> asked = new ArrayList<>();
    final List<String> catalogsSeen = new ArrayList<>();

    Recorder(Set<String> supported) {
      this.supported = supported;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return supported;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      annotations.forEach(a -> asked.add(a.getQualifiedName().toString()));
      TypeElement catalog = processingEnv.getElementUtils().getTypeElement("dev.errata.ErrorCatalog");
      if (!annotations.isEmpty() && catalog != null) {
        round.getElementsAnnotatedWith(catalog).forEach(e -> catalogsSeen.add(((TypeElement) e).getQualifiedName().toString()));
      }
      return false;
    }
  }

  /** Generates, in the first round, a class marked {@code @Generated} by another processor. */
  private static final class OtherGenerator extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer out = processingEnv.getFiler().createSourceFile("gen.Other").openWriter()) {
          out.write("package gen;\n@javax.annotation.processing.Generated(\"other.Processor\")\npublic class Other {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
