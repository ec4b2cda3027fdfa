package dev.errata.setup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Maven installation that runs this build, as a user would run it in their project.
 * Errata's artifacts come from a staging repository this build installed them into; everything
 * else is read from the user's own local repository first, then from Maven's default remote.
 */
final class Maven {

  private static final long TIMEOUT_MINUTES = 5;

  private final Path home = Path.of(System.getProperty("maven.home"));
  private final Path stagingRepository = Path.of(System.getProperty("errata.stagingRepository"));
  private final Path userRepository = Path.of(System.getProperty("errata.userRepository"));

  Path stagingRepository() {
    return stagingRepository;
  }

  Processes.Result run(Path project, String... goals) throws IOException, InterruptedException {
    Path settings = project.resolve("target-settings.xml");
    Files.writeString(settings, settings(), StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(List.of(
        home.resolve("bin").resolve(isWindows() ? "mvn.cmd" : "mvn").toString(),
        "-B", "-s", settings.toString(), "-Dmaven.repo.local=" + stagingRepository));
    command.addAll(List.of(goals));
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile());
    // Short-lived JVMs: the quick tier of the JIT starts Maven sooner.
    builder.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
    return Processes.run(builder, TIMEOUT_MINUTES, TimeUnit.MINUTES);
  }

  private String settings() {
    String userRepositoryUrl = userRepository.toUri().toString();
    return """
        <settings>
          <profiles>
            <profile>
              <id>user-repository</id>
              <repositories>
                <repository>
                  <id>user-repository</id>
                  <url>%1$s</url>
                  <snapshots><enabled>false</enabled></snapshots>
                </repository>
              </repositories>
              <pluginRepositories>
                <pluginRepository>
                  <id>user-repository</id>
                  <url>%1$s</url>
                  <snapshots><enabled>false</enabled></snapshots>
                </pluginRepository>
              </pluginRepositories>
            </profile>
          </profiles>
          <activeProfiles>
            <activeProfile>user-repository</activeProfile>
          </activeProfiles>
        </settings>
        """.formatted(userRepositoryUrl);
  }

  private static boolean isWindows() {
    return System.getProperty("os.name").startsWith("Windows");
  }
}
