package dev.errata.runtime;

import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;

/** The one rule for finding the failure inside the wrappers that futures and streams add. */
final class Throwables {

  /** Deeper wrapping than this is not a wrapper chain but a cycle or an attack. */
  private static final int MAX_DEPTH = 8;

  private Throwables() {}

  /**
   * The failure wrapped in {@link CompletionException}, {@link ExecutionException} or {@link
   * UncheckedIOException} layers; {@code t} itself when it is none of them or wraps nothing.
   */
  static @Nullable Throwable unwrap(@Nullable Throwable t) {
    Throwable current = t;
    for (int depth = 0; depth < MAX_DEPTH && isWrapper(current) && current.getCause() != null; depth++) {
      current = current.getCause();
    }
    return current;
  }

  private static boolean isWrapper(@Nullable Throwable t) {

    return t instanceof CompletionException || t instanceof ExecutionException || t instanceof UncheckedIOException;
  }
}
