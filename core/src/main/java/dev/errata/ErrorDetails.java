package dev.errata;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an error response said: status, wire code, the server's message, request id,
 * Retry-After, every error it reported, the members its code declares ({@link #members()}), its
 * headers (credentials redacted by the decoder that made it; {@link #toString()} hides them in any
 * case) and its body (capped).
 *
 * <p>Immutable. {@link #empty()} stands for an error that did not come from a response, such as
 * one thrown by server code.
 *
 * <p>Details read from a response another service sent are marked {@link #fromResponse()}: a
 * server serves such an error as its own only when the application says so on purpose. Only
 * {@link Builder#fromResponse()} sets the mark, and nothing clears it: {@link #toBuilder()} keeps
 * it, so details copied from a decoded error into a new exception stay marked.
 */
public final class ErrorDetails implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final ErrorDetails EMPTY = new Builder().build();
  private static final int BODY_PREVIEW = 256;

  private final int status;
  private final @Nullable String code;
  private final @Nullable String message;
  private final @Nullable String requestId;
  private final @Nullable Duration retryAfter;
  private final @Nullable String type;
  private final @Nullable String instance;
  // A serializable copy (List.copyOf).
  @SuppressWarnings("serial")
  private final List<ReportedError> errors;
  // An unmodifiable LinkedHashMap of JSON values (see members()); null only in the serial form of
  // versions before members existed, which readResolve replaces.
  @SuppressWarnings("serial")
  private final Map<String, Object> members;

  private final HeaderMap headers;

  private final @Nullable String body;
  private final boolean bodyTruncated;
  private final boolean fromResponse;
  private final @Nullable Boolean retryable;

  private ErrorDetails(Builder b) {
    this.status = b.status;
    this.code = b.code;
    this.message = b.message;
    this.requestId = b.requestId;
    this.retryAfter = b.retryAfter;
    this.type = b.type;
    this.instance = b.instance;
    this.errors = b.errors == null ? List.of() : List.copyOf(b.errors);
    this.members = b.members == null || b.members.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(b.members));
    this.headers = b.headers;
    this.body = b.body;
    this.bodyTruncated = b.bodyTruncated;
    this.fromResponse = b.fromResponse;
    this.retryable = b.retryable;
  }

  /** Details of an error that did not come from a response. */
  public static ErrorDetails empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these details, to change some of them. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.status = status;
    b.code = code;
    b.message = message;
    b.requestId = requestId;
    b.retryAfter = retryAfter;
    b.type = type;
    b.instance = instance;
    if (!errors.isEmpty()) {
      b.errors = new ArrayList<>(errors);
    }
    if (members != null && !members.isEmpty()) {
      b.members = new LinkedHashMap<>(members);
    }
    b.headers = headers;
    b.body = body;
    b.bodyTruncated = bodyTruncated;
    b.fromResponse = fromResponse;
    b.retryable = retryable;
    return b;
  }

  /** HTTP status of the response, or 0 when there was none. */
  public int status() {
    return status;
  }

  /** The wire code the response carried, as sent. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** The server's human-readable message (a problem's {@code detail}, a GraphQL error's {@code message}, …). */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  /** The request id the server assigned, from a header such as {@code X-Request-Id} or from the body. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Whether repeating the request may succeed, when this occurrence says so itself: a problem's
   * {@code retryable} member, or what an application raising the error knows of it (an upstream
   * 404 behind a 502 is no better on a second try). Empty when the catalog's definition decides,
   * as {@link CatalogException#isRetryable()} does then.
   */
  public Optional<Boolean> retryable() {
    return Optional.ofNullable(retryable);
  }

  /** How long the server asked the client to wait before retrying (the Retry-After header). */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** The problem type URI of an RFC 9457 response. */
  public Optional<String> type() {
    return Optional.ofNullable(type);
  }

  /** The problem instance URI of an RFC 9457 response. */
  public Optional<String> instance() {
    return Optional.ofNullable(instance);
  }

  /** Every error the response reported, in order, when it reported a list of them. */
  public List<ReportedError> errors() {
    return errors;
  }

  /**
   * The members of the occurrence, by wire name, in the order the code declares them: the data
   * its code's {@link ErrorCode#members() members} record describes, such as {@code decline_code}.
   * A decoder fills them from the response at each member's pointer; an application raising the
   * error sets them through the generated exception's constructors. Read them through the
   * exception's typed accessors ({@code e.declineCode()}), which say what a member's type is.
   *
   * <p>Values are JSON values: {@link String}, {@link Boolean}, numbers as {@link Long}, {@link
   * BigInteger} or {@link BigDecimal}, or a {@link List} of these. Never {@code null}; empty when
   * there are none. Immutable.
   */
  public Map<String, Object> members() {
    return members;
  }

  /**
   * Response headers in the order the response gave them, names looked up case-insensitively,
   * credentials redacted. Immutable.
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header, by case-insensitive name. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The response body as text, cut at the decoder's cap. */
  public Optional<String> body() {
    return Optional.ofNullable(body);
  }

  /** Whether {@link #body()} was cut because the response was longer than the cap. */
  public boolean bodyTruncated() {
    return bodyTruncated;
  }

  /**
   * Whether these details were read from an HTTP response another service sent, as a decoder
   * such as {@code dev.errata.runtime.ErrorDecoder} marks them; {@code false} for details an
   * application builds for an error of its own. Kept through serialization.
   */
  public boolean fromResponse() {
    return fromResponse;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ErrorDetails)) {
      return false;
    }
    ErrorDetails that = (ErrorDetails) o;
    return status == that.status
        && bodyTruncated == that.bodyTruncated
        && fromResponse == that.fromResponse
        && Objects.equals(retryable, that.retryable)
        && Objects.equals(code, that.code)
        && Objects.equals(message, that.message)
        && Objects.equals(requestId, that.requestId)
        && Objects.equals(retryAfter, that.retryAfter)
        && Objects.equals(type, that.type)
        && Objects.equals(instance, that.instance)
        && errors.equals(that.errors)
        && members.equals(that.members)
        && headers.equals(that.headers)
        && Objects.equals(body, that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        status, code, message, requestId, retryAfter, type, instance, errors, members, headers, body, bodyTruncated,
        fromResponse, retryable);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ErrorDetails{status=").append(status);
    if (fromResponse) {
      s.append(", fromResponse");
    }
    append(s, "code", code);
    append(s, "message", message);
    append(s, "requestId", requestId);
    append(s, "retryAfter", retryAfter);
    append(s, "retryable", retryable);
    append(s, "type", type);
    append(s, "instance", instance);
    if (!errors.isEmpty()) {
      s.append(", errors=").append(errors);
    }
    if (!members.isEmpty()) {
      s.append(", members=").append(members);
    }
    if (!headers.isEmpty()) {
      appendRedacted(s.append(", headers="), headers);
    }
    if (body != null) {
      boolean cut = bodyTruncated || body.length() > BODY_PREVIEW;
      s.append(", body=")
          .append(body, 0, Math.min(body.length(), BODY_PREVIEW))
          .append(cut ? "…" : "");
    }
    return s.append('}').toString();
  }

  // Details serialized before members existed have none.
  private Object readResolve() {
    return members != null ? this : toBuilder().build();
  }

  // Hides credentials itself: details built by hand may hold headers nobody redacted.
  private static void appendRedacted(StringBuilder s, Map<String, List<String>> headers) {
    s.append('{');
    boolean first = true;
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      s.append(first ? "" : ", ").append(header.getKey()).append('=');
      if (CredentialHeaders.isCredential(header.getKey())) {
        s.append('[').append(CredentialHeaders.REDACTED).append(']');
      } else {
        s.append(header.getValue());
      }
      first = false;
    }
    s.append('}');
  }

  private static void append(StringBuilder s, String name, @Nullable Object value) {
    if (value != null) {
      s.append(", ").append(name).append('=').append(value);
    }
  }

  /** Builds {@link ErrorDetails}; every property is optional. */
  public static final class Builder {
    private int status;
    private @Nullable String code;
    private @Nullable String message;
    private @Nullable String requestId;
    private @Nullable Duration retryAfter;
    private @Nullable String type;
    private @Nullable String instance;
    // Made for the first error or member: most errors have neither.
    private @Nullable List<ReportedError> errors;
    private @Nullable Map<String, Object> members;
    private HeaderMap headers = HeaderMap.EMPTY;
    // Headers added one at a time since the last build or replacement, merged into headers on build.
    private HeaderMap.@Nullable Builder addedHeaders;
    private @Nullable String body;
    private boolean bodyTruncated;
    private boolean fromResponse;
    private @Nullable Boolean retryable;

    private Builder() {}

    public Builder status(int status) {
      this.status = status;
      return this;
    }

    public Builder code(@Nullable String code) {
      this.code = code;
      return this;
    }

    public Builder message(@Nullable String message) {
      this.message = message;
      return this;
    }

    public Builder requestId(@Nullable String requestId) {
      this.requestId = requestId;
      return this;
    }

    public Builder retryAfter(@Nullable Duration retryAfter) {
      this.retryAfter = retryAfter;
      return this;
    }

    /**
     * Whether repeating the request may succeed, for this occurrence ({@code null}: as the
     * catalog's definition says).
     */
    public Builder retryable(@Nullable Boolean retryable) {
      this.retryable = retryable;
      return this;
    }

    public Builder type(@Nullable String type) {
      this.type = type;
      return this;
    }

    public Builder instance(@Nullable String instance) {
      this.instance = instance;
      return this;
    }

    public Builder addError(ReportedError error) {
      Objects.requireNonNull(error, "error");
      if (errors == null) {
        errors = new ArrayList<>();
      }
      errors.add(error);
      return this;
    }

    public Builder errors(List<ReportedError> errors) {
      this.errors = null;
      errors.forEach(this::addError);
      return this;
    }

    /**
     * Sets one member, after those set so far (a name set again keeps its place); {@code null}
     * removes it. The value is a JSON value: a {@link String}, a {@link Boolean}, a number (kept as
     * a {@link Long}, {@link BigInteger} or {@link BigDecimal}: {@code int}s become {@code Long}s,
     * finite {@code double}s {@code BigDecimal}s), or a {@link List} of these without {@code
     * null}s. Generated exceptions convert their members' Java values to this form (see {@link
     * MemberValues#json(Object)}).
     *
     * @throws IllegalArgumentException for any other value, such as a map, a nested list or an
     *     infinite number
     */
    public Builder member(String name, @Nullable Object value) {
      Objects.requireNonNull(name, "name");
      if (value == null) {
        if (members != null) {
          members.remove(name);
        }
      } else {
        Object json = jsonValue(value, /* inList= */ false);
        if (members == null) {
          members = new LinkedHashMap<>();
        }
        members.put(name, json);
      }
      return this;
    }

    /** Replaces the members with these, in the map's order; see {@link #member(String, Object)}. */
    public Builder members(Map<String, ?> members) {
      if (members.isEmpty()) {
        this.members = null;
        return this;
      }
      Map<String, Object> checked = new LinkedHashMap<>();
      members.forEach((name, value) -> {
        Objects.requireNonNull(name, "member name");
        if (value != null) {
          checked.put(name, jsonValue(value, /* inList= */ false));
        }
      });
      this.members = checked;
      return this;
    }

    private static Object jsonValue(Object value, boolean inList) {
      if (value instanceof String || value instanceof Boolean || value instanceof Long
          || value instanceof BigInteger) {
        return value;
      }
      if (value instanceof BigDecimal) {
        return value;
      }
      if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
        return ((Number) value).longValue();
      }
      if (value instanceof Double || value instanceof Float) {
        double d = ((Number) value).doubleValue();
        if (Double.isFinite(d)) {
          return new BigDecimal(value.toString());
        }
      }
      if (value instanceof List<?> list && !inList) {
        List<Object> values = new ArrayList<>(list.size());
        for (Object element : list) {
          values.add(jsonValue(Objects.requireNonNull(element, "a member's list holds null"), /* inList= */ true));
        }
        return List.copyOf(values);
      }
      throw new IllegalArgumentException("A member's value is a JSON string, boolean, number or list of them, not "
          + (value instanceof List ? "a list inside a list" : value.getClass().getName() + " " + value));
    }

    /**
     * Replaces the headers. A decoder redacts credentials before they get here; {@link
     * ErrorDetails#toString()} hides the values of {@link CredentialHeaders} whatever was given.
     */
    public Builder headers(Map<String, List<String>> headers) {
      this.headers = HeaderMap.copyOf(headers);
      this.addedHeaders = null;
      return this;
    }

    /**
     * Adds one value of a header after those given so far; a name given again, in any case, adds
     * its value to that header. As with {@link #headers(Map)}, redacting credentials is the
     * caller's job.
     */
    public Builder addHeader(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (addedHeaders == null) {
        addedHeaders = HeaderMap.Builder.startingWith(headers);
      }
      addedHeaders.add(name, value);
      return this;
    }

    /** Sets the body text; {@code truncated} tells whether it was cut at a cap. */
    public Builder body(@Nullable String body, boolean truncated) {

      this.body = body;
      this.bodyTruncated = body != null && truncated;
      return this;
    }

    /**
     * Marks the details as read from a response another service sent. For decoders only: an
     * application building details for an error of its own leaves this alone. There is no way
     * to take the mark off again.
     */
    public Builder fromResponse() {
      this.fromResponse = true;
      return this;
    }

    public ErrorDetails build() {
      if (addedHeaders != null) {
        headers = addedHeaders.build();
        addedHeaders = null;
      }
      return new ErrorDetails(this);
    }
  }
}
