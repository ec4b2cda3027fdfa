package dev.errata.conformance;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.errata.CatalogException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a scenario expects of every stack: the outcome its caller sees, how many requests reached
 * the server, and how long the call took. Built once, in the table of {@link Scenarios}.
 */
final class Expectation {

  private enum Kind { RESPONSE, ERROR, GIVES_UP }

  private final Kind kind;
  private int status;
  private String body;
  private Class<? extends CatalogException> type;
  private String code;
  private String wireCode;
  private String message;
  private Duration retryAfter;
  private Duration retryAfterTolerance = Duration.ZERO;
  private boolean bodyTruncated;
  private Map<String, Object> members = Map.of();
  private int requests = 1;
  private Duration atLeast;
  private Duration atMost;

  private Expectation(Kind kind) {
    this.kind = kind;
  }

  /**
   * The caller gets the response with this status and this body, whole. A caller whose API gives
   * it only the body (a Retrofit method returning the body) is held to the body alone.
   */
  static Expectation response(int status, String body) {
    Expectation e = new Expectation(Kind.RESPONSE);
    e.status = status;
    e.body = body;
    return e;
  }

  /**
   * The caller gets the catalog's exception of exactly this class and code, decoded from a
   * response with this status; by default without a wire code, server message, Retry-After,
   * truncated body or members.
   */
  static Expectation error(Class<? extends CatalogException> type, String code, int responseStatus) {
    Expectation e = new Expectation(Kind.ERROR);
    e.type = type;
    e.code = code;
    e.status = responseStatus;
    return e;
  }

  /** The caller gave up the call: it ends without a response. */
  static Expectation givesUp() {
    return new Expectation(Kind.GIVES_UP);
  }

  /** The wire code the exception's details report. */
  Expectation wireCode(String wireCode) {
    this.wireCode = wireCode;
    return this;
  }

  /** The server's message the exception's details report. */
  Expectation message(String message) {
    this.message = message;
    return this;
  }

  /** The exception's Retry-After, give or take {@code tolerance}. */
  Expectation retryAfter(Duration retryAfter, Duration tolerance) {
    this.retryAfter = retryAfter;
    this.retryAfterTolerance = tolerance;
    return this;
  }

  /** The members the exception's details hold, as JSON values by wire name. */
  Expectation members(Map<String, Object> members) {
    this.members = Map.copyOf(members);
    return this;
  }

  /** The exception's details say the body was cut at the decoder's cap. */
  Expectation bodyTruncated() {
    this.bodyTruncated = true;
    return this;
  }

  /** How many requests the server received for the call (default 1). */
  Expectation requests(int requests) {
    this.requests = requests;
    return this;
  }

  /** The call took at least this long. */
  Expectation tookAtLeast(Duration atLeast) {
    this.atLeast = atLeast;
    return this;
  }

  /** The call ended within this long; a call given up, within this long of being given up. */
  Expectation tookAtMost(Duration atMost) {
    this.atMost = atMost;
    return this;
  }

  /** Asserts that {@code outcome}, the requests the server counted and the time taken are as expected. */
  void check(Outcome outcome, int requestsReceived, Duration took) {
    switch (kind) {
      case RESPONSE -> checkResponse(outcome);
      case ERROR -> checkError(outcome);
      case GIVES_UP -> assertWithMessage("outcome").that(outcome).isNotInstanceOf(Outcome.Response.class);
    }
    assertWithMessage("requests the server received (outcome: %s)", outcome).that(requestsReceived).isEqualTo(requests);
    if (atLeast != null) {
      assertWithMessage("time taken").that(took).isAtLeast(atLeast);
    }
    if (atMost != null) {
      assertWithMessage("time taken").that(took).isAtMost(atMost);
    }
  }

  private void checkResponse(Outcome outcome) {
    assertWithMessage("outcome").that(outcome).isInstanceOf(Outcome.Response.class);
    Outcome.Response response = (Outcome.Response) outcome;
    if (response.status() != Outcome.STATUS_NOT_SHOWN) {
      assertWithMessage("status of %s", outcome).that(response.status()).isEqualTo(status);
    }
    assertWithMessage("body of %s", outcome).that(response.body()).isEqualTo(body);
  }

  private void checkError(Outcome outcome) {
    assertWithMessage("outcome").that(outcome).isInstanceOf(Outcome.Error.class);
    Outcome.Error error = (Outcome.Error) outcome;
    assertWithMessage("exception class of %s", outcome).that(error.type()).isEqualTo(type);
    assertWithMessage("code of %s", outcome).that(error.code()).isEqualTo(code);
    assertWithMessage("response status of %s", outcome).that(error.responseStatus()).isEqualTo(status);
    assertWithMessage("wire code of %s", outcome).that(error.wireCode()).isEqualTo(Optional.ofNullable(wireCode));
    assertWithMessage("server message of %s", outcome).that(error.message()).isEqualTo(Optional.ofNullable(message));
    assertWithMessage("body truncated, in %s", outcome).that(error.bodyTruncated()).isEqualTo(bodyTruncated);
    assertWithMessage("members of %s", outcome).that(error.members()).isEqualTo(members);
    if (retryAfter == null) {
      assertWithMessage("Retry-After of %s", outcome).that(error.retryAfter()).isEmpty();
    } else {
      assertWithMessage("Retry-After of %s", outcome).that(error.retryAfter()).isPresent();
      Duration off = error.retryAfter().orElseThrow().minus(retryAfter).abs();
      assertWithMessage("Retry-After of %s, off by", outcome).that(off).isAtMost(retryAfterTolerance);
    }
  }

  /** The expectation in a few words, for docs/conformance.md. */
  String describe() {
    StringBuilder s = new StringBuilder();
    switch (kind) {
      case RESPONSE -> s.append("response ").append(status).append(", ")
          .append(body.length() <= 40 ? "`" + body.replace("|", "\\|") + "`" : "its whole body (" + body.length() + " bytes)");
      case ERROR -> {
        s.append('`').append(type.getSimpleName()).append("` `").append(code).append('`');
        if (status != 0 && !(status >= 400 && status <= 599)) {
          s.append(", status ").append(status).append(" in its details");
        }
        if (retryAfter != null) {
          s.append(", Retry-After ").append(retryAfter.toSeconds()).append(" s")
              .append(retryAfterTolerance.isZero() ? "" : " ± " + retryAfterTolerance.toSeconds() + " s");
        }
        if (bodyTruncated) {
          s.append(", body truncated");
        }
        if (!members.isEmpty()) {
          s.append(", members ").append(new TreeMap<>(members).toString().replace("=", ": "));
        }
      }
      case GIVES_UP -> s.append("no response");
    }
    s.append("; ").append(requests).append(requests == 1 ? " request" : " requests");
    if (atLeast != null) {
      s.append("; takes ≥ ").append(atLeast.toMillis()).append(" ms");
    }
    if (atMost != null) {
      s.append(kind == Kind.GIVES_UP ? "; ends ≤ " : "; takes ≤ ").append(atMost.toMillis()).append(" ms")
          .append(kind == Kind.GIVES_UP ? " after it is given up" : "");
    }
    return s.toString();
  }
}
