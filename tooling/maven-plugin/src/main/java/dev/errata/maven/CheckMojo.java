package dev.errata.maven;

import dev.errata.compat.AcceptedChanges;
import dev.errata.compat.CatalogFormatException;
import dev.errata.compat.CatalogReader;
import dev.errata.compat.CatalogSnapshot;
import dev.errata.compat.Change;
import dev.errata.compat.CompatibilityCheck;
import dev.errata.compat.CompatibilityReport;
import dev.errata.compat.MarkdownReport;
import dev.errata.compat.Severity;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * Compares the module's error catalogs ({@code META-INF/errata/*.json} in the build output) with
 * those of a baseline version resolved from the repository, writes a Markdown report, warns about
 * behavioural changes and fails the build on breaking changes that {@code acceptedChanges} does
 * not list.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {

  /** The version to compare with ({@code 1.4.0}), or another artifact as {@code groupId:artifactId:version}. */
  @Parameter(property = "errata.baseline")
  private String baseline;

  /**
   * Ids of changes made on purpose, as the report shows them, such as {@code
   * com.acme.PaymentError.CARD_DECLINED: removed}; {@code *} matches any characters.
   */
  @Parameter(property = "errata.acceptedChanges")
  private List<String> acceptedChanges;

  /** Whether a breaking change that is not accepted fails the build; when false it is only reported. */
  @Parameter(property = "errata.failOnBreaking", defaultValue = "true")
  private boolean failOnBreaking;

  /** Skips the check. */
  @Parameter(property = "errata.check.skip", defaultValue = "false")
  private boolean skip;

  /** Where the processor wrote this module's catalogs. */
  @Parameter(defaultValue = "${project.build.outputDirectory}/META-INF/errata", required = true)
  private File catalogDirectory;

  /** The Markdown report. */
  @Parameter(property = "errata.report", defaultValue = "${project.build.directory}/errata/compatibility.md", required = true)
  private File report;

  @Parameter(defaultValue = "${project.groupId}", readonly = true, required = true)
  private String groupId;

  @Parameter(defaultValue = "${project.artifactId}", readonly = true, required = true)
  private String artifactId;

  @Parameter(defaultValue = "${project.version}", readonly = true, required = true)
  private String version;

  @Parameter(defaultValue = "${project.packaging}", readonly = true, required = true)
  private String packaging;

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
  private RepositorySystemSession repositorySession;

  @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true, required = true)
  private List<RemoteRepository> remoteRepositories;

  private final RepositorySystem repositorySystem;

  /** Maven creates the goal and hands it the resolver that fetches the baseline. */
  @Inject
  public CheckMojo(RepositorySystem repositorySystem) {
    this.repositorySystem = repositorySystem;
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping the error catalog check");
      return;
    }
    if ("pom".equals(packaging)) {
      getLog().info("Skipping the error catalog check: a module of packaging pom has no catalogs");
      return;
    }
    Baseline base;
    AcceptedChanges accepted;
    try {
      base = Baseline.parse(baseline, groupId, artifactId);
      accepted = AcceptedChanges.of(acceptedChanges == null ? List.of() : acceptedChanges);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    Path jar = new BaselineResolver(repositorySystem, repositorySession, remoteRepositories).resolve(base);
    List<CatalogSnapshot> before = read(() -> CatalogReader.fromJar(jar), jar);
    List<CatalogSnapshot> after = read(() -> CatalogReader.fromDirectory(catalogDirectory.toPath()), catalogDirectory.toPath());
    CompatibilityReport result = CompatibilityCheck.compare(before, after);

    String current = groupId + ":" + artifactId + ":" + version;
    write(MarkdownReport.render(result, accepted, base.toString(), current));
    log(result, accepted, base);
    List<Change> refused = result.changes(Severity.BREAKING).stream().filter(c -> !accepted.accepts(c)).toList();
    if (!refused.isEmpty() && failOnBreaking) {
      StringBuilder message = new StringBuilder()
          .append(refused.size()).append(" breaking change(s) to the error catalogs since ").append(base).append(':');
      refused.forEach(c -> message.append("\n  ").append(c.id()).append(" (").append(c.detail()).append(')'));
      message.append("\nIf a change is intended, list its id under <acceptedChanges>. Report: ").append(report);
      throw new MojoFailureException(message.toString());
    }
  }

  private void log(CompatibilityReport result, AcceptedChanges accepted, Baseline base) {
    Log log = getLog();
    log.info("Error catalogs compared with " + base + ": " + result.changes(Severity.BREAKING).size() + " breaking, "
        + result.changes(Severity.BEHAVIOURAL).size() + " behavioural, "
        + result.changes(Severity.COMPATIBLE).size() + " compatible change(s); report: " + report);
    for (Change change : result.changes()) {
      String line = change.id() + " (" + change.detail() + "): " + change.reason();
      if (change.severity() == Severity.COMPATIBLE) {
        log.debug(line);
      } else if (accepted.accepts(change)) {
        log.info("Accepted " + change.severity().name().toLowerCase(Locale.ROOT) + " change " + line);
      } else if (change.severity() == Severity.BREAKING && failOnBreaking) {
        log.error("Breaking change " + line);
      } else if (change.severity() == Severity.BREAKING) {
        log.warn("Breaking change (failOnBreaking is false) " + line);
      } else {
        log.warn("Behavioural change " + line);
      }
    }
    accepted.unused(result.changes()).forEach(u -> log.warn("Accepted change \"" + u + "\" matches no change; remove it"));
  }

  private void write(String markdown) throws MojoExecutionException {
    try {
      Files.createDirectories(report.toPath().toAbsolutePath().getParent());
      Files.writeString(report.toPath(), markdown, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write the report " + report + ": " + e.getMessage(), e);
    }
  }

  /** Reading catalogs, as an action that may fail. */
  private interface Read {
    List<CatalogSnapshot> run() throws IOException;
  }

  private static List<CatalogSnapshot> read(Read read, Path from) throws MojoExecutionException {
    try {
      return read.run();
    } catch (IOException | CatalogFormatException e) {
      throw new MojoExecutionException("Cannot read the error catalogs of " + from + ": " + e.getMessage(), e);
    }
  }
}
