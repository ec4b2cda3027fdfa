package dev.errata.setup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Jars of the staging repository, found by their file names as a user downloads them. */
final class StagedJars {

  private final Path repository;

  StagedJars(Path repository) {
    this.repository = repository;
  }

  Path find(String fileName) {
    try (Stream<Path> files = Files.walk(repository)) {
      List<Path> found = files.filter(f -> f.getFileName().toString().equals(fileName)).toList();
      if (found.size() != 1) {
        throw new IllegalStateException(found.size() + " files named " + fileName + " in " + repository
            + ": the build's dependencies do not have the versions the documentation names");
      }
      return found.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A path list such as {@code a.jar:b.jar} with every name replaced by its staged file. */
  String resolvePath(String namesSeparatedByColons) {
    return Stream.of(namesSeparatedByColons.split(":"))
        .map(name -> find(name).toString())
        .reduce((a, b) -> a + java.io.File.pathSeparator + b)
        .orElseThrow();
  }
}
