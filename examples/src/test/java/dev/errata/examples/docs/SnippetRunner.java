package dev.errata.examples.docs;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/** Runs a compiled {@link Snippet.Kind#RUN} snippet with assertions enabled. */
final class SnippetRunner {

  private SnippetRunner() {}

  /** Runs the snippet; a failed assertion or exception is rethrown with the snippet's location. */
  static void run(Snippet snippet, Path classes) {
    try (URLClassLoader loader = new URLClassLoader(
        new URL[] {classes.toUri().toURL()}, SnippetRunner.class.getClassLoader())) {
      loader.setDefaultAssertionStatus(true);
      Class<?> type = Class.forName(snippet.qualifiedClassName(), true, loader);
      Constructor<?> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      Method run = type.getDeclaredMethod("run");
      run.setAccessible(true);
      run.invoke(constructor.newInstance());
    } catch (InvocationTargetException e) {
      throw new AssertionError(where(snippet, e.getCause()) + ": the snippet failed when run: " + e.getCause(), e.getCause());
    } catch (MalformedURLException | ReflectiveOperationException e) {
      throw new IllegalStateException(snippet.location() + ": cannot run the snippet", e);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The document line of the snippet's stack frame in {@code failure}, else the snippet's first line. */
  private static String where(Snippet snippet, Throwable failure) {
    for (StackTraceElement frame : failure.getStackTrace()) {
      if (frame.getClassName().equals(snippet.qualifiedClassName()) && frame.getLineNumber() > 0) {
        long lineInBlock = frame.getLineNumber() - 1 - snippet.offset();
        if (lineInBlock >= 0 && lineInBlock < snippet.code().lines().count()) {
          return snippet.document().getFileName() + ":" + (snippet.line() + lineInBlock);
        }
      }
    }
    return snippet.location();
  }
}
