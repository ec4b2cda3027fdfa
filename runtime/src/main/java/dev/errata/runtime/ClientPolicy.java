package dev.errata.runtime;

import java.io.InputStream;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an Errata client does with the responses it receives, the same on every HTTP stack: which
 * error responses pass through to the caller, whether a successful GraphQL response carrying
 * {@code errors} fails, and whether failed calls are retried. Each integration adapts its
 * framework to this one policy; none has rules of its own.
 *
 * <pre>{@code
 * ClientPolicy policy = ClientPolicy.builder(decoder)
 *     .passThrough(PassThrough.statuses(404).andCodes("CardDeclined"))
 *     .retry(RetryAdvisor.defaults())
 *     .build();
 * }</pre>
 *
 * <h2>Defaults, and why</h2>
 *
 * <ul>
 *   <li><b>Nothing passes through</b>: every 4xx and 5xx response is an error, as in Spring's and
 *       Feign's default handling; 1xx, 2xx and 3xx responses go to the caller as they are.
 *   <li><b>GraphQL mode off</b>: looking for {@code errors} in a 2xx means reading its body
 *       before the caller does, which only a GraphQL client wants.
 *   <li><b>No retries</b>: a retry loop in an HTTP client cannot see the retries around it (a
 *       resilience library, a service mesh, the caller's own), and stacked loops multiply the
 *       load on a service that is already failing; a blocking retry also holds the caller's
 *       thread for the wait. Turning them on is one call, {@link Builder#retry(RetryAdvisor)},
 *       and then every stack retries the same failures, waits the same way (Retry-After, else
 *       jittered backoff) and repeats only requests that are safe to repeat.
 * </ul>
 *
 * <h2>Bounds</h2>
 *
 * No response body is read beyond a cap: an error body up to the decoder's {@link
 * ErrorDecoder#maxReadBytes() maxReadBytes}, a GraphQL body up to {@link #maxGraphQlBytes()}
 * (errors after that much go unseen; GraphQL servers write {@code errors} before {@code data}).
 * A body read to decide is handed on whole when the response passes: the part read, then the
 * unread rest, as it arrives. A successful response that is not checked is never read at all.
 *
 * <p>Immutable and thread-safe.
 */
public final class ClientPolicy {

  /** Default of {@link Builder#maxGraphQlBytes(int)}: 16 MiB. */
  public static final int DEFAULT_MAX_GRAPHQL_BYTES = 16 * 1024 * 1024;

  private final ErrorDecoder decoder;
  private final PassThrough passThrough;
  private final boolean graphQl;
  private final int maxGraphQlBytes;
  private final RetryAdvisor retry;

  private ClientPolicy(Builder b) {
    this.decoder = b.decoder;
    this.passThrough = b.passThrough;
    this.graphQl = b.graphQl;
    this.maxGraphQlBytes = b.maxGraphQlBytes;
    this.retry = b.retry;
  }

  /** The default policy for {@code decoder}'s catalog: nothing passes through, no GraphQL mode, no retries. */
  public static ClientPolicy of(ErrorDecoder decoder) {
    return builder(decoder).build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder(ErrorDecoder decoder) {
    return new Builder(decoder);
  }

  /** A builder holding this policy, to change part of it. */
  public Builder toBuilder() {
    return new Builder(decoder)
        .passThrough(passThrough)
        .graphQl(graphQl)
        .maxGraphQlBytes(maxGraphQlBytes)
        .retry(retry);
  }

  /** The decoder error responses go through. */
  public ErrorDecoder decoder() {
    return decoder;
  }

  /** The error responses left to the caller. */
  public PassThrough passThrough() {
    return passThrough;
  }

  /** Whether a 2xx JSON response carrying GraphQL {@code errors} fails. */
  public boolean graphQl() {
    return graphQl;
  }

  /** The most bytes of a successful body read to look for GraphQL errors. */
  public int maxGraphQlBytes() {
    return maxGraphQlBytes;
  }

  /** The advisor failed calls are retried by; one that allows a single attempt when retries are off. */
  public RetryAdvisor retry() {
    return retry;
  }

  /** Whether failed calls are ever retried. */
  public boolean retries() {
    return retry.maxAttempts() > 1;
  }

  /**
   * Whether a client must see each response before the framework's error handling does: to
   * retry, to read a body twice (a code that passes through), or to fail a 2xx (GraphQL). A
   * client of a policy that needs none of these handles error responses where the framework does.
   */
  public boolean needsInterception() {
    return retries() || graphQl || passThrough.needsBody();
  }

  /**
   * Whether a response is an error by its status line: a 4xx or 5xx that does not pass through by
   * its status. A code may still let it pass once its body is read ({@link #judge}).
   */
  public boolean isError(int status) {
    return status >= 400 && status <= 599 && !passThrough.status(status);
  }

  /**
   * Whether a response of this status may need looking into: an error status (whether it then
   * passes through or not), or a 2xx in GraphQL mode. Decided on the status line alone, before
   * any header is read, so that adapters leave every other response as it came.
   */
  public boolean looksInto(int status) {
    return (status >= 400 && status <= 599) || (graphQl && status >= 200 && status <= 299);
  }

  /**
   * Whether a response that is no error by its status has its body read before the caller gets
   * it: in GraphQL mode, a 2xx labelled JSON. Bodies of other types (a download on the same
   * client) are never read.
   */
  public boolean checksBody(int status, @Nullable String contentType) {
    if (!graphQl || status < 200 || status > 299) {
      return false;
    }
    ContentType.Kind kind = ContentType.parse(contentType).kind;
    return kind == ContentType.Kind.JSON || kind == ContentType.Kind.GRAPHQL_JSON || kind == ContentType.Kind.PROBLEM_JSON;
  }

  /**
   * The most bytes of a body {@link #judge} reads for a response of this status and content type;
   * 0 when it reads none. For adapters that collect a body themselves (a reactive stream) before
   * judging it.
   */
  public int readLimit(int status, @Nullable String contentType) {

    if (isError(status)) {
      return decoder.maxReadBytes() + 1; // one more byte tells a body cut at the cap from one that fits
    }
    return checksBody(status, contentType) ? maxGraphQlBytes + 1 : 0;
  }

  /**
   * Judges a response: an error status decodes to the catalog's exception unless its code passes
   * through; in GraphQL mode a 2xx JSON body with {@code errors} fails too; anything else passes.
   * Reads at most {@link #readLimit} bytes of the body, and nothing of a response it has no need
   * to look into. Never throws.
   */
  public Verdict judge(ResponseView response) {
    int status = response.status();
    if (isError(status)) {
      InputStream in = ErrorDecoder.openBody(response);
      byte[] head = CappedRead.read(in, response.contentLength(), decoder.maxReadBytes() + 1);
      DecodedError decoded = decoder.read(response, head);
      return passThrough.code(decoded) ? Verdict.passesAfterReading(head, in) : Verdict.fails(decoded.toException(), head, in);
    }
    if (checksBody(status, response.header("Content-Type"))) {
      InputStream in = ErrorDecoder.openBody(response);
      byte[] head = CappedRead.read(in, response.contentLength(), maxGraphQlBytes + 1);
      DecodedError errors = decoder.graphQlErrors(response, head, maxGraphQlBytes + 1);
      return errors != null ? Verdict.fails(errors.toException(), head, in) : Verdict.passesAfterReading(head, in);
    }
    return Verdict.passes();
  }

  /** The attempts of one call of {@code request}, counted against {@link #retry()}. */
  public Attempts attempts(RequestView request) {
    return new Attempts(retry, request);
  }

  @Override
  public String toString() {
    return "ClientPolicy[" + decoder.catalog().name() + ", " + passThrough + ", graphQl=" + graphQl
        + ", attempts=" + retry.maxAttempts() + "]";
  }

  /** Configures a {@link ClientPolicy}; the defaults are described on the class. */
  public static final class Builder {
    private final ErrorDecoder decoder;
    private PassThrough passThrough = PassThrough.none();
    private boolean graphQl;
    private int maxGraphQlBytes = DEFAULT_MAX_GRAPHQL_BYTES;
    private RetryAdvisor retry = RetryAdvisor.never();

    private Builder(ErrorDecoder decoder) {
      this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    /** The error responses left to the caller (default: none). */
    public Builder passThrough(PassThrough passThrough) {
      this.passThrough = Objects.requireNonNull(passThrough, "passThrough");
      return this;
    }

    /** Whether a 2xx JSON response carrying GraphQL {@code errors} fails (default: no). */
    public Builder graphQl(boolean graphQl) {
      this.graphQl = graphQl;
      return this;
    }

    /** The most bytes of a successful body read to look for GraphQL errors; at least 1 KiB. */
    public Builder maxGraphQlBytes(int bytes) {
      if (bytes < 1024) {
        throw new IllegalArgumentException("maxGraphQlBytes must be at least 1024, was " + bytes);
      }
      this.maxGraphQlBytes = bytes;
      return this;
    }

    /**
     * Retries failed calls as {@code advisor} advises (default: no retries): error responses the
     * catalog marks retryable and I/O failures another attempt may cure, of requests safe to
     * repeat, after the Retry-After or a jittered backoff.
     */
    public Builder retry(RetryAdvisor advisor) {
      this.retry = Objects.requireNonNull(advisor, "advisor");
      return this;
    }

    /** The configured policy. */
    public ClientPolicy build() {
      return new ClientPolicy(this);
    }
  }
}
