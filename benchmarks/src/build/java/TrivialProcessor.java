import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The floor of the build-time benchmark: a processor that claims the catalog annotation and, in
 * its first round, writes one small class. javac with it costs what any annotation processor
 * costs a compile (processor discovery, a second round, one generated file); Errata's own cost
 * is what it adds on top. Compiled into a jar by {@code benchmarks/build-time.sh}.
 */
public final class TrivialProcessor extends AbstractProcessor {

  private boolean written;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.errata.ErrorCatalog");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (written || annotations.isEmpty()) {
      return false;
    }
    written = true;
    try (Writer out = processingEnv.getFiler().createSourceFile("buildtime.Floor").openWriter()) {
      out.write("package buildtime;\n\n/** Written by the trivial processor. */\npublic final class Floor {}\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }
}
