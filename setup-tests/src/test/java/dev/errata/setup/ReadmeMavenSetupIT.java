package dev.errata.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's first build: a fresh project made of exactly what the README and the guide say to
 * paste, compiled by a real Maven run.
 */
class ReadmeMavenSetupIT {

  private static final String SETUP = "## Setting up a project";
  private static final String GUIDE_MAVEN = "### Maven";

  private static Markdown readme;
  private static Markdown guide;
  private final Maven maven = new Maven();

  @BeforeAll
  static void readDocuments() throws IOException {
    readme = Markdown.read(Path.of(System.getProperty("errata.readme")));
    guide = Markdown.read(Path.of(System.getProperty("errata.guide")));
  }

  @Test
  void readmeBlocksGenerateTheCatalogAndACompileWithoutCleanPicksUpAChange(@TempDir Path dir) throws Exception {
    UserProject project = new UserProject(dir)
        .pom(readme.block(SETUP, "xml", "<dependency>"), readme.block(SETUP, "xml", "<plugin>"))
        .file("src/main/java/com/acme/PaymentsError.java", Catalogs.FIRST)
        .file("src/main/java/com/acme/Client.java", Catalogs.FIRST_CLIENT);

    compile(project);
    assertTrue(project.exists("target/classes/com/acme/CardDeclinedException.class"));
    assertTrue(project.read("target/classes/META-INF/errata/com.acme.PaymentsError.json").contains("\"card_declined\""));
    assertEquals("CardDeclinedException true", run(project, "com.acme.Client"));

    project.file("src/main/java/com/acme/PaymentsError.java", Catalogs.CHANGED)
        .file("src/main/java/com/acme/Client.java", Catalogs.CHANGED_CLIENT);
    compile(project);

    assertTrue(project.exists("target/classes/com/acme/CardRefusedException.class"));
    assertFalse(project.exists("target/classes/com/acme/CardDeclinedException.class"), "stale class of a renamed code");
    String reference = project.read("target/classes/META-INF/errata/com.acme.PaymentsError.json");
    assertTrue(reference.contains("\"duplicate_charge\""), reference);
    assertFalse(reference.contains("\"card_declined\""), reference);
    assertEquals("DuplicateChargeException true", run(project, "com.acme.Client"));
  }

  @Test
  void guideBlockGeneratesTheCatalog(@TempDir Path dir) throws Exception {
    UserProject project = new UserProject(dir)
        .pom(guide.block(GUIDE_MAVEN, "xml", "<plugin>"))
        .file("src/main/java/com/acme/PaymentsError.java", Catalogs.FIRST)
        .file("src/main/java/com/acme/Client.java", Catalogs.FIRST_CLIENT);

    compile(project);

    assertEquals("CardDeclinedException true", run(project, "com.acme.Client"));
  }

  @Test
  void withoutTheProcessorJavacNamesTheMissingTypeAndCatalogOfSaysWhy(@TempDir Path dir) throws Exception {
    String pluginWithoutProcessor = readme.block(SETUP, "xml", "<plugin>")
        .replaceAll("(?s)<annotationProcessorPaths>.*</annotationProcessorPaths>", "");
    UserProject project = new UserProject(dir)
        .pom(readme.block(SETUP, "xml", "<dependency>"), pluginWithoutProcessor)
        .file("src/main/java/com/acme/PaymentsError.java", Catalogs.FIRST)
        .file("src/main/java/com/acme/Client.java", Catalogs.FIRST_CLIENT);

    Processes.Result failed = maven.run(dir, "compile");

    assertFalse(failed.succeeded());
    assertTrue(failed.output().contains("package PaymentsErrorCatalog does not exist"), failed.output());
    assertTrue(failed.output().contains("symbol:   class CardDeclinedException"), failed.output());

    project.file("src/main/java/com/acme/Client.java", Catalogs.LOOKUP_CLIENT.replace("Lookup", "Client"));
    compile(project);
    Processes.Result lookup = java(project, "com.acme.Client");
    assertFalse(lookup.succeeded());
    assertTrue(lookup.output().contains("com.acme.PaymentsErrorCatalog does not exist: the Errata annotation"
        + " processor did not run when com.acme.PaymentsError was compiled. Put dev.errata:errata-processor on"
        + " the annotation processor path"), lookup.output());
  }

  private void compile(UserProject project) throws Exception {
    Processes.Result result = maven.run(project.root(), "compile");
    assertTrue(result.succeeded(), result.output());
  }

  private String run(UserProject project, String mainClass) throws Exception {
    Processes.Result result = java(project, mainClass);
    assertTrue(result.succeeded(), result.output());
    return result.output().strip();
  }

  private Processes.Result java(UserProject project, String mainClass) throws Exception {
    StagedJars jars = new StagedJars(maven.stagingRepository());
    String version = System.getProperty("errata.version");
    String classpath = project.root().resolve("target/classes") + java.io.File.pathSeparator
        + jars.resolvePath("errata-runtime-" + version + ".jar:errata-core-" + version + ".jar");
    return Processes.run(project.root(),
        java.util.List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath, mainClass),
        1, java.util.concurrent.TimeUnit.MINUTES);
  }
}
