package dev.errata.conformance;

import dev.errata.CatalogException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * What a caller saw at the end of a call, the same value whatever the stack: a response, the
 * catalog's typed exception, or some other failure. One expectation compares against it.
 */
sealed interface Outcome {

  /** The status of a response whose caller gets only its body (a Retrofit method returning the body). */
  int STATUS_NOT_SHOWN = -1;

  /** The response as the caller got it: its status (or {@link #STATUS_NOT_SHOWN}) and its body. */
  record Response(int status, String body) implements Outcome {
    @Override
    public String toString() {
      return "RESPONSE " + (status == STATUS_NOT_SHOWN ? "(status not shown)" : status) + " " + abbreviated(body);
    }
  }

  /**
   * The catalog's typed exception, thrown (or failing a future) as it is.
   *
   * @param responseStatus the status of the response it was decoded from, from its details
   */
  record Error(
      Class<? extends CatalogException> type,
      String code,
      int responseStatus,
      Optional<String> wireCode,
      Optional<String> message,
      Optional<Duration> retryAfter,
      boolean bodyTruncated,
      Map<String, Object> members) implements Outcome {

    static Error of(CatalogException e) {
      return new Error(e.getClass(), e.code(), e.details().status(), e.details().code(), e.details().message(),
          e.retryAfter(), e.details().bodyTruncated(), e.details().members());
    }

    @Override
    public String toString() {
      return "ERROR " + type.getSimpleName() + "[code=" + code + ", responseStatus=" + responseStatus
          + ", wireCode=" + wireCode.orElse("-") + ", message=" + message.map(Outcome::abbreviated).orElse("-")
          + ", retryAfter=" + retryAfter.map(Duration::toString).orElse("-") + ", bodyTruncated=" + bodyTruncated
          + ", members=" + members + "]";
    }
  }

  /** Anything else the caller got instead of a result: a transport failure, a timeout, a cancellation. */
  record Failure(Class<? extends Throwable> type, String message) implements Outcome {
    @Override
    public String toString() {
      return "FAILURE " + type.getName() + (message == null ? "" : ": " + abbreviated(message));
    }
  }

  static Outcome response(int status, String body) {
    return new Response(status, body == null ? "" : body);
  }

  /**
   * What a thrown exception tells the caller. A future's own wrappers ({@link
   * CompletionException}, {@link ExecutionException}) are looked through, as a caller's {@code
   * getCause()} would; any other wrapper is part of what the stack gave.
   */
  static Outcome of(Throwable thrown) {
    Throwable t = thrown;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof CatalogException e) {
      return Error.of(e);
    }
    return new Failure(t.getClass(), t.getMessage());
  }

  private static String abbreviated(String s) {
    return s.length() <= 80 ? '"' + s + '"' : '"' + s.substring(0, 60) + "…\" (" + s.length() + " chars)";
  }
}
