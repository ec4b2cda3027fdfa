package dev.errata.processor.rounds;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.errata.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.errata.processor.ErrataProcessor;
import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A catalog whose parent another processor generates is retried in the next round. */
class DeferralTest {

  /** Generates the catalog enum {@code gen.Generated} in the first round. */
  private static final class ParentGenerator extends AbstractProcessor {
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
        try (Writer out = processingEnv.getFiler().createSourceFile("gen.Generated").openWriter()) {
          out.write("package gen;\n"
              + "@dev.errata.ErrorCatalog\n"
              + "public enum Generated {\n"
              + "  @dev.errata.ErrorCode(status = 409, description = \"Conflict.\") CONFLICT\n"
              + "}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  private static final JavaFileObject CHILD = source("app.App", """
      package app;
      import dev.errata.*;
      @ErrorCatalog(parent = gen.Generated.class)
      public enum App {
        @ErrorCode(status = 409, code = "Taken", description = "Taken.") TAKEN
      }
      """);

  @Test
  void parentGeneratedInALaterRound() {
    Compilation compilation = javac().withProcessors(new ParentGenerator(), new ErrataProcessor()).compile(CHILD);

    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("app.TakenException").contentsAsUtf8String().contains("extends ConflictException");
    assertThat(compilation).generatedSourceFile("gen.GeneratedCatalog");
  }
}
