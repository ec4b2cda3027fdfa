package dev.errata.runtime;

import dev.errata.CatalogException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link ClientPolicy} decided about one response: it passes to the caller, or it fails
 * with the catalog's typed exception.
 *
 * <p>A response whose body was read to decide still owes its reader that body: a wire code that
 * passes through, a GraphQL body without errors, or an error response that code handling
 * responses itself (Spring's {@code exchange}) reads. {@link #body()} gives it from its first
 * byte, what was read and then the unread rest.
 */
public final class Verdict {

  private static final Verdict UNTOUCHED = new Verdict(null, null, null);

  private final @Nullable CatalogException error;
  private final byte @Nullable [] head;
  private final @Nullable InputStream rest;

  private Verdict(@Nullable CatalogException error, byte @Nullable [] head, @Nullable InputStream rest) {
    this.error = error;
    this.head = head;
    this.rest = rest;
  }

  static Verdict passes() {
    return UNTOUCHED;
  }

  static Verdict passesAfterReading(byte[] head, @Nullable InputStream rest) {
    return new Verdict(null, head, rest);
  }

  static Verdict fails(CatalogException error, byte[] head, @Nullable InputStream rest) {
    return new Verdict(error, head, rest);
  }

  /** Whether the response goes to the caller as a response. */
  public boolean passed() {
    return error == null;
  }

  /** The typed exception for a response that fails; {@code null} for one that passes. */
  public @Nullable CatalogException error() {
    return error;
  }

  /** Whether the body was read to reach this verdict. */
  public boolean bodyRead() {
    return head != null;
  }

  /**
   * The body of a response whose body was read to reach this verdict, from its first byte: the
   * bytes read, then the unread rest of the stream. {@code null} when the body was not read.
   */
  public @Nullable InputStream body() {

    if (head == null) {
      return null;
    }
    InputStream read = new ByteArrayInputStream(head);
    return rest == null ? read : new SequenceInputStream(read, rest);
  }

  @Override
  public String toString() {
    return error != null ? "Verdict[fails: " + error.code() + "]" : "Verdict[passes" + (head != null ? ", body read" : "") + "]";
  }
}
