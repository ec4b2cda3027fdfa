package dev.errata.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plain-javac and Gradle instructions of the README and the guide, kept in step with the
 * build: the javac commands run as written, with each jar name replaced by the staged jar of that
 * name, and the Gradle blocks name this build's version.
 */
class DocumentedCommandsIT {

  private static final String VERSION = System.getProperty("errata.version");
  private static final Path README = Path.of(System.getProperty("errata.readme"));
  private static final Path GUIDE = Path.of(System.getProperty("errata.guide"));

  private final StagedJars jars = new StagedJars(Path.of(System.getProperty("errata.stagingRepository")));

  @Test
  void readmeJavacCommandGeneratesTheCatalog(@TempDir Path dir) throws Exception {
    runJavacCommand(Markdown.read(README).block("## Setting up a project", "sh", "javac"), dir);
  }

  @Test
  void guideJavacCommandGeneratesTheCatalog(@TempDir Path dir) throws Exception {
    runJavacCommand(Markdown.read(GUIDE).block("### javac", "sh", "javac"), dir);
  }

  @Test
  void gradleBlocksNameThisBuildsArtifacts() throws IOException {
    List<String> blocks = List.of(
        Markdown.read(README).block("## Setting up a project", "kotlin", "dependencies"),
        Markdown.read(GUIDE).block("### Gradle", "kotlin", "dependencies"));
    for (String block : blocks) {
      assertTrue(block.contains("implementation(\"dev.errata:errata-runtime:" + VERSION + "\")"), block);
      assertTrue(block.contains("annotationProcessor(\"dev.errata:errata-processor:" + VERSION + "\")"), block);
    }
  }

  private void runJavacCommand(String block, Path dir) throws Exception {
    List<String> words = List.of(block.replace("\\\n", " ").strip().split("\\s+"));
    assertEquals("javac", words.get(0), block);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    Path source = null;
    for (int i = 1; i < words.size(); i++) {
      String word = words.get(i);
      command.add(word);
      switch (word) {
        case "-cp", "-classpath", "--class-path", "-processorpath", "--processor-path" ->
            command.add(jars.resolvePath(words.get(++i)));
        case "-s" -> {
          command.add(words.get(++i));
          Files.createDirectories(dir.resolve(words.get(i)));
        }
        default -> {
          if (word.endsWith(".java")) {
            source = Path.of(word);
          }
        }
      }
    }
    assertTrue(source != null, "the command names no source file: " + block);
    String packageName = source.getParent().subpath(1, source.getParent().getNameCount()).toString().replace('/', '.');
    String enumName = source.getFileName().toString().replace(".java", "");
    new UserProject(dir).file(source.toString(), catalog(packageName, enumName));

    Processes.Result result = Processes.run(dir, command, 2, TimeUnit.MINUTES);

    assertTrue(result.succeeded(), String.join(" ", command) + "\n" + result.output());
    Path classes = dir.resolve("out").resolve(packageName.replace('.', '/'));
    assertTrue(Files.exists(classes.resolve(enumName + "Catalog.class")));
    assertTrue(Files.exists(classes.resolve("RelationConflictException.class")));
    assertTrue(Files.exists(dir.resolve("out/META-INF/errata/" + packageName + "." + enumName + ".md")));
  }

  private static String catalog(String packageName, String enumName) {
    return """
        package %s;

        import dev.errata.ErrorCatalog;
        import dev.errata.ErrorCode;
        import dev.errata.http.HttpError;

        @ErrorCatalog(parent = HttpError.class)
        public enum %s {
          @ErrorCode(status = 409, code = "RelationConflict", description = "The two resources do not belong together.")
          RELATION_CONFLICT
        }
        """.formatted(packageName, enumName);
  }
}
