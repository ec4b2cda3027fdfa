package dev.errata.setup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A new user's project: a pom.xml with what they pasted, and their sources. */
final class UserProject {

  private final Path root;

  UserProject(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  /** The smallest pom.xml a user starts from, with the pasted dependency and plugin blocks. */
  UserProject pom(String dependency, String plugin) throws IOException {
    return pom("<dependencies>\n" + dependency + "</dependencies>\n<build>\n<plugins>\n" + plugin + "</plugins>\n</build>\n");
  }

  /** The smallest pom.xml a user starts from, with {@code content} pasted after its coordinates. */
  UserProject pom(String content) throws IOException {
    return file("pom.xml", """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.acme</groupId>
          <artifactId>payments-client</artifactId>
          <version>1.0</version>
          <properties>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
        %s</project>
        """.formatted(content));
  }

  UserProject file(String path, String content) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return this;
  }

  boolean exists(String path) {
    return Files.exists(root.resolve(path));
  }

  String read(String path) throws IOException {
    return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
  }
}
