package dev.errata.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import javax.tools.JavaFileObject;

/** Compiles test sources with the Errata processor. */
public final class Compilations {

  private Compilations() {}

  /** A source file of the given qualified type name from lines of code. */
  public static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /** Compiles with the processor. */
  public static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new ErrataProcessor()).compile(sources);
  }

  /**
   * Compiles with the processor into a temporary directory and lists every file written there,
   * sources and classes alike; unlike compile-testing, this works for failed compilations too.
   */
  public static List<String> filesWrittenBy(JavaFileObject... sources) throws IOException {
    return filesWrittenBy(List.of(), sources);
  }

  /** As {@link #filesWrittenBy(JavaFileObject...)}, with extra directories on the classpath. */
  public static List<String> filesWrittenBy(List<Path> classpath, JavaFileObject... sources) throws IOException {
    Path out = Files.createTempDirectory("errata-out");
    try {
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      String path = classpathWith(classpath.toArray(Path[]::new)).stream().map(File::getPath).collect(Collectors.joining(File.pathSeparator));
      List<String> options = List.of(
          "-d", out.toString(), "-s", out.toString(), "-cp", path, "-processor", ErrataProcessor.class.getName());
      javac.getTask(null, null, diagnostic -> {}, options, null, List.of(sources)).call();
      try (Stream<Path> files = Files.walk(out)) {
        return files.filter(Files::isRegularFile).map(f -> out.relativize(f).toString().replace('\\', '/')).sorted().collect(Collectors.toList());
      }
    } finally {
      try (Stream<Path> files = Files.walk(out)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  /** The test JVM's classpath plus extra directories, for compiling against earlier outputs. */
  public static List<File> classpathWith(Path... directories) {
    List<File> classpath = new ArrayList<>();
    for (Path directory : directories) {
      classpath.add(directory.toFile());
    }
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    return classpath;
  }

  /** The test JVM's classpath without the tests' own classes, so fixtures compile as if for the first time. */
  public static List<File> classpathWithoutTestClasses() {
    List<File> classpath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.endsWith("test-classes")) {
        classpath.add(new File(entry));
      }
    }
    return classpath;
  }

  /** Writes a successful compilation's class files and resources under a directory, as a jar would hold them. */
  public static Path writeClassOutput(Compilation compilation, Path directory) throws IOException {
    String prefix = "/" + StandardLocation.CLASS_OUTPUT.getName() + "/";
    for (JavaFileObject file : compilation.generatedFiles()) {
      String name = file.toUri().getPath();
      int at = name.indexOf(prefix);
      if (at < 0) {
        continue;
      }
      Path target = directory.resolve(name.substring(at + prefix.length()));
      Files.createDirectories(target.getParent());
      try (InputStream in = file.openInputStream()) {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return directory;
  }

  /** Compiles with the processor and every lint warning as an error. */
  public static Compilation compileStrictly(List<JavaFileObject> sources) {
    return javac().withProcessors(new ErrataProcessor()).withOptions("-Xlint:all", "-Werror").compile(sources);
  }
}
