package dev.errata.examples.docs;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles snippets with the system Java compiler against the test classpath, with the Errata
 * processor, as strictly as the project compiles its own code (release 17, every lint but
 * "processing", warnings as errors). Reports problems at their line in the Markdown document.
 */
final class SnippetCompiler {

  /**
   * What a compilation reported: whether it succeeded, each diagnostic at its document line, and
   * where the classes are.
   */
  record Result(boolean success, List<String> diagnostics, Path classes) {
    String report() {
      return String.join("\n", diagnostics);
    }
  }

  private final Path workDirectory;

  SnippetCompiler(Path workDirectory) {
    this.workDirectory = workDirectory;
  }

  /** Compiles the snippets together, as one source set. */
  Result compile(List<Snippet> snippets, String name) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    Map<JavaFileObject, Snippet> sources = new IdentityHashMap<>();
    for (Snippet snippet : snippets) {
      sources.put(new Source(snippet), snippet);
    }
    try (StandardJavaFileManager files = compiler.getStandardFileManager(collector, Locale.ROOT, null)) {
      Path classes = Files.createDirectories(workDirectory.resolve(name).resolve("classes"));
      Path generated = Files.createDirectories(workDirectory.resolve(name).resolve("generated"));
      String classpath = System.getProperty("java.class.path");
      List<String> options = List.of(
          "--release", "17",
          "-Xlint:all,-processing",
          "-Werror",
          "-classpath", classpath,
          "-processorpath", classpath,
          "-processor", "dev.errata.processor.ErrataProcessor",
          "-d", classes.toString(),
          "-s", generated.toString());
      StringWriter out = new StringWriter();
      boolean success = compiler.getTask(out, files, collector, options, null, sources.keySet()).call();
      List<String> diagnostics = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : collector.getDiagnostics()) {
        diagnostics.add(describe(d, sources.get(d.getSource())));
      }
      if (!out.toString().isBlank()) {
        diagnostics.add(out.toString().strip());
      }
      return new Result(success, diagnostics, classes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(Diagnostic<? extends JavaFileObject> d, Snippet snippet) {
    String kind = d.getKind().toString().toLowerCase(Locale.ROOT);
    String message = d.getMessage(Locale.ROOT);
    if (snippet == null) {
      String where = d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ";
      return where + kind + ": " + message;
    }
    long lineInBlock = d.getLineNumber() - 1 - snippet.offset();
    long codeLines = snippet.code().lines().count();
    String where = lineInBlock >= 0 && lineInBlock < codeLines
        ? snippet.document().getFileName() + ":" + (snippet.line() + lineInBlock)
        : snippet.location() + " (in the code wrapped around the block)";
    return where + ": " + kind + ": " + message;
  }

  /** A snippet as a compilation unit named after its class, so that javac accepts public types. */
  private static final class Source extends SimpleJavaFileObject {
    private final String source;

    Source(Snippet snippet) {
      super(URI.create("string:///" + path(snippet)), Kind.SOURCE);
      this.source = snippet.source();
    }

    private static String path(Snippet snippet) {
      String pkg = snippet.packageName();
      return (pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/") + snippet.className() + ".java";
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return source;
    }
  }
}
