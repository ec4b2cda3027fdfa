package dev.errata.setup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Runs a command to its end, with its output and error streams read as one. */
final class Processes {

  private Processes() {}

  /** How a command ended: its exit code and everything it printed. */
  record Result(int exitCode, String output) {
    boolean succeeded() {
      return exitCode == 0;
    }
  }

  static Result run(Path directory, List<String> command, long timeout, TimeUnit unit)
      throws IOException, InterruptedException {
    return run(new ProcessBuilder(command).directory(directory.toFile()), timeout, unit);
  }

  static Result run(ProcessBuilder builder, long timeout, TimeUnit unit) throws IOException, InterruptedException {
    List<String> command = builder.command();
    Process process = builder.redirectErrorStream(true).start();
    process.getOutputStream().close();
    CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
    if (!process.waitFor(timeout, unit)) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " took longer than " + timeout + " " + unit);
    }
    try {
      return new Result(process.exitValue(), output.get());
    } catch (ExecutionException e) {
      throw new IOException("could not read the output of " + command.get(0), e.getCause());
    }
  }

  private static String readAll(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
