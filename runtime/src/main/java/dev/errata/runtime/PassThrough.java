package dev.errata.runtime;

import dev.errata.CatalogException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Error responses that are outcomes rather than errors: a client leaves them to its caller, who
 * gets the response (or its body) instead of an exception. A payment API's 402 {@code
 * CardDeclined} may be a normal answer for a checkout flow, for example.
 *
 * <pre>{@code
 * PassThrough.statuses(404).andCodes("CardDeclined")
 * }</pre>
 *
 * <p>A status is decided on the status line alone, so it reads nothing. A code is known only once
 * the body is read: a response passes when its wire code, or the catalog code it decodes to, is
 * one of the codes; the caller then gets the whole body, the part read first. Codes compare
 * exactly, as the catalog's codes do. Part of a {@link ClientPolicy}; immutable.
 */
public final class PassThrough {

  private static final PassThrough NONE = new PassThrough(new int[0], Set.of());

  private final int[] statuses; // sorted
  private final Set<String> codes;

  private PassThrough(int[] statuses, Set<String> codes) {
    this.statuses = statuses;
    this.codes = codes;
  }

  /** Every error response is an error: the default. */
  public static PassThrough none() {
    return NONE;
  }

  /** Responses with one of these statuses pass through. */
  public static PassThrough statuses(int... statuses) {
    return NONE.andStatuses(statuses);
  }

  /** Responses whose decoded wire code is one of these pass through. */
  public static PassThrough codes(String... codes) {
    return NONE.andCodes(codes);
  }

  /** This rule, and also responses with one of these statuses. */
  public PassThrough andStatuses(int... more) {
    for (int status : more) {
      if (status < 100 || status > 999) {
        throw new IllegalArgumentException("not an HTTP status: " + status);
      }
    }
    return new PassThrough(
        IntStream.concat(Arrays.stream(statuses), Arrays.stream(more)).distinct().sorted().toArray(), codes);
  }

  /** This rule, and also responses whose decoded wire code is one of these. */
  public PassThrough andCodes(String... more) {
    return andCodes(Arrays.asList(more));
  }

  /** This rule, and also responses whose decoded wire code is one of these. */
  public PassThrough andCodes(Collection<String> more) {
    Set<String> all = new TreeSet<>(codes);
    for (String code : more) {
      if (Objects.requireNonNull(code, "code").isBlank()) {
        throw new IllegalArgumentException("a pass-through code must not be blank");
      }
      all.add(code);
    }
    return new PassThrough(statuses, Set.copyOf(all));
  }

  /** Whether a response with this status passes through, whatever its body. */
  public boolean status(int status) {
    return Arrays.binarySearch(statuses, status) >= 0;
  }

  /** Whether some responses pass through only after their body is read. */
  public boolean needsBody() {
    return !codes.isEmpty();
  }

  /** Whether a decoded error is an outcome by its code: the catalog's code, or the wire code as sent. */
  public boolean code(CatalogException e) {
    return codes.contains(e.code()) || e.details().code().filter(codes::contains).isPresent();
  }

  boolean code(DecodedError error) {
    return needsBody()
        && (error.details().code().filter(codes::contains).isPresent() || codes.contains(error.definition().code()));
  }

  /** The statuses that pass through, in order. */
  public List<Integer> statuses() {
    return Arrays.stream(statuses).boxed().toList();
  }

  /** The wire codes that pass through, in order. */
  public List<String> codes() {
    return List.copyOf(new TreeSet<>(codes));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PassThrough other && Arrays.equals(statuses, other.statuses) && codes.equals(other.codes);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(statuses) + codes.hashCode();
  }

  @Override
  public String toString() {
    return "PassThrough[statuses=" + statuses() + ", codes=" + codes() + "]";
  }
}
