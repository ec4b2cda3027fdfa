package dev.errata.runtime;

import dev.errata.Catalog;
import dev.errata.CatalogException;
import dev.errata.ErrorDefinition;
import dev.errata.ErrorDetails;
import dev.errata.MemberDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * Turns an HTTP error response into the most specific exception of a {@link Catalog}.
 *
 * <pre>{@code
 * ErrorDecoder decoder = ErrorDecoder.builder(PlatformErrorCatalog.INSTANCE).build();
 * CatalogException e = decoder.decode(response.statusCode(), response.headers().map(), body);
 * }</pre>
 *
 * <p>HTTP stacks hand their responses over as a {@link ResponseView} to {@link
 * #decode(ResponseView)}, the one entry every integration calls; what a client lets through,
 * reads as GraphQL errors or retries is its {@link ClientPolicy}.
 *
 * <p>{@code decode} never throws: any status, headers (even {@code null}), and body (even {@code
 * null}, empty, binary, invalid UTF-8, truncated or hostile JSON) yields an exception of the
 * catalog, at worst the one the status alone stands for. A decoder is immutable and thread-safe;
 * build one per catalog and share it.
 *
 * <h2>Formats</h2>
 *
 * The body's first significant byte decides whether it is JSON ({@code {}) or text, whatever the
 * Content-Type claims, since proxies send HTML with a JSON content type and vice versa. The
 * Content-Type then refines the reading: {@code application/problem+json} makes {@code type} a
 * problem type URI, {@code text/html} makes the page's title the message. Understood JSON shapes:
 *
 * <ul>
 *   <li>RFC 9457 problem details: {@code type}, {@code title}, {@code status}, {@code detail},
 *       {@code instance}, and a {@code code} extension member;
 *   <li>GraphQL: {@code errors[]} with {@code message}, {@code path}, {@code extensions.code},
 *       also next to partial {@code data} (see {@link ClientPolicy.Builder#graphQl(boolean)});
 *   <li>{@code {code, type, message}} where {@code type} names the error and a numeric {@code
 *       code} repeats the status;
 *   <li>{@code {error: {code, message, status}}}; OAuth's {@code {error, error_description}};
 *       {@code {message, errors: [...]}} and JSON:API's {@code errors[]};
 *   <li>anything else: status-based, with the body kept in the details.
 * </ul>
 *
 * <h2>Precedence</h2>
 *
 * Where the wire code, the message, the request id and (for a GraphQL 200) the status come
 * from, and in which order, is declared once, on {@link Precedence}. In short: the catalog's
 * {@link Catalog#codePointers() code pointers} first, tried in order, then the usual members of
 * the shapes above: the first value the catalog (or an ancestor) knows wins, so a value at a
 * pointer that the catalog does not know hides no known code elsewhere. When it knows none, the
 * first value present is reported as {@link ErrorDetails#code()} and the status decides, through
 * {@link Catalog#create(String, int, ErrorDetails)}.
 *
 * <h2>Limits</h2>
 *
 * <ul>
 *   <li>{@link Builder#maxReadBytes(int) maxReadBytes}, default {@value #DEFAULT_MAX_READ_BYTES}
 *       (256 KiB): the decoder never looks past this many bytes of a body; the rest is treated as
 *       cut off. Real error bodies are far smaller (typically under 2 KiB, proxy HTML pages
 *       under 50 KiB), so this only bounds what a broken or hostile server can cost.
 *   <li>{@link Builder#maxKeptBodyBytes(int) maxKeptBodyBytes}, default {@value
 *       #DEFAULT_MAX_KEPT_BODY_BYTES} (4 KiB): how much of the body {@link ErrorDetails#body()}
 *       keeps. Enough to read a whole typical error and the start of an HTML page in a log;
 *       small enough that exceptions held in memory or queues stay small.
 *   <li>Jackson read constraints: nesting depth {@value #DEFAULT_MAX_NESTING_DEPTH} (error
 *       bodies are 2–5 levels deep), string length {@value #DEFAULT_MAX_STRING_LENGTH} chars
 *       (no message or code is longer; a hostile one is refused before it is buffered), number
 *       length {@value #MAX_NUMBER_LENGTH} digits (statuses and codes are small), property name
 *       length {@value #MAX_NAME_LENGTH}, document length = {@code maxReadBytes}. A violated
 *       constraint ends the scan like any parse error: what was found before it is kept.
 *   <li>Strings taken from a body are cut at {@value ScannedBody#MAX_VALUE_LENGTH} chars, and at
 *       most {@value ScannedBody#MAX_ERRORS} entries of an errors list are kept.
 * </ul>
 *
 * <h2>Members</h2>
 *
 * When the definition a response resolves to declares {@linkplain ErrorDefinition#members()
 * members}, the decoder reads each in the same pass that finds the wire code, within the same cap
 * and read constraints: at the member's pointer, else at the root under its name, into {@link
 * ErrorDetails#members()}. A member that is missing, or an object or {@code null}, is left out;
 * one of another type than declared is kept, and the generated accessor reads it as empty. A body
 * that breaks off keeps the members read before the break. Reading members never fails a decode.
 *
 * <p>Headers are redacted by a {@link HeaderRedactor} before they reach {@link ErrorDetails};
 * Retry-After is parsed with {@link RetryAfter}.
 *
 * <p>Every exception it returns is marked {@link CatalogException#fromResponse()}: it came from
 * another service, so {@link ProblemRenderer} (and the framework integrations) do not serve it as
 * this application's own error; see {@link UpstreamPolicy}.
 */
public final class ErrorDecoder {

  /** Default of {@link Builder#maxReadBytes(int)}: 256 KiB. */
  public static final int DEFAULT_MAX_READ_BYTES = 256 * 1024;

  /** Default of {@link Builder#maxKeptBodyBytes(int)}: 4 KiB. */
  public static final int DEFAULT_MAX_KEPT_BODY_BYTES = 4 * 1024;

  /** Default of {@link Builder#maxNestingDepth(int)}. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 32;

  /** Default of {@link Builder#maxStringLength(int)}: 64 Ki chars. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 64 * 1024;

  static final int MAX_NUMBER_LENGTH = 32;
  static final int MAX_NAME_LENGTH = 1024;

  private final Catalog catalog;
  private final JsonFactory errorJson;
  private final JsonFactory successJson;
  private final BodyPointers pointers;
  private final HeaderNames headerNames;
  private final Clock clock;
  private final int maxReadBytes;
  private final int maxKeptBodyBytes;
  private final boolean captureStackTraces;

  private ErrorDecoder(Builder b) {
    this.catalog = b.catalog;
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(b.maxNestingDepth)
            .maxStringLength(b.maxStringLength)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxDocumentLength(b.maxReadBytes)
            .build();
    this.errorJson = JsonFactory.builder().streamReadConstraints(constraints).build();
    // A successful GraphQL body may be far longer than an error body and hold a deep data tree,
    // which the scan skips; its length is bounded by the client policy that reads it.
    this.successJson =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxStringLength(b.maxStringLength)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .build())
            .build();
    this.pointers = BodyPointers.of(b.catalog);
    this.headerNames = new HeaderNames(HeaderRedactor.withNames(b.redactedHeaders));
    this.clock = b.clock;
    this.maxReadBytes = b.maxReadBytes;
    this.maxKeptBodyBytes = Math.min(b.maxKeptBodyBytes, b.maxReadBytes);
    this.captureStackTraces = b.captureStackTraces;
  }

  /** A builder for a decoder of {@code catalog}'s errors (and its ancestors'). */
  public static Builder builder(Catalog catalog) {
    return new Builder(catalog);
  }

  /** The catalog this decoder resolves errors with. */
  public Catalog catalog() {
    return catalog;
  }

  /** The most bytes of a body this decoder looks at. */
  public int maxReadBytes() {
    return maxReadBytes;
  }

  /** The headers redaction rule this decoder applies. */
  public HeaderRedactor redactor() {
    return headerNames.redactor();
  }

  /**
   * The exception for an error response whose body is in memory. Never throws and never
   * returns {@code null}.
   *
   * @param status the HTTP status
   * @param headers the response headers, names in any case; may be {@code null}
   * @param body the response body; may be {@code null}; only the first {@link #maxReadBytes()}
   *     bytes are looked at
   */
  public CatalogException decode(int status, @Nullable Map<String, List<String>> headers, byte @Nullable [] body) {
    return decode(ResponseView.of(status, headers, body));
  }

  /**
   * The exception for an error response: the one entry every integration calls. Reads at most
   * {@link #maxReadBytes()} bytes of the body (a read error ends the body where it happened) and
   * does not close it. Never throws and never returns {@code null}.
   */
  public CatalogException decode(ResponseView response) {
    return read(response).toException();
  }

  /**
   * The response decoded, before it becomes an exception: for the client policy, which lets
   * some codes through to the caller. Never throws.
   */
  DecodedError read(ResponseView response) {
    return read(response, CappedRead.read(openBody(response), response.contentLength(), maxReadBytes + 1));
  }

  /**
   * Like {@link #read(ResponseView)} for a response whose body the caller read already: at most
   * {@link #maxReadBytes()} plus one bytes of it, the one more byte telling a body cut at the cap
   * from one of exactly that size.
   */
  DecodedError read(ResponseView response, byte[] body) {
    int status = 0;
    try {
      status = response.status();
      return decodeBody(status, ResponseHeaders.read(response, headerNames, clock), body);
    } catch (RuntimeException defect) {
      Defects.report("Decoding a response of status " + status + " with " + catalog + " failed", defect);
      return statusOnly(status);
    }
  }

  /**
   * The error a response that may carry GraphQL errors whatever its status (typically HTTP 200
   * with partial {@code data}) reports: when {@code raw} is a JSON object with a non-empty
   * {@code errors} list, that error; else {@code null}. {@code raw} is what the caller read of
   * the response (inflated here up to {@code limit} bytes when compressed), and is scanned whole:
   * the errors may come after a large {@code data} tree, which is skipped, not read. Never
   * throws.
   */
  @Nullable DecodedError graphQlErrors(ResponseView response, byte[] raw, int limit) {
    try {
      ResponseHeaders h = ResponseHeaders.read(response, headerNames, clock);
      byte[] body = Inflation.inflate(raw, h.contentEncoding, limit);
      ScannedBody b = newScannedBody();
      scanJson(successJson, body, body.length, b);
      if (b.errorCount == 0) {
        return null;
      }
      String code = wireCode(b);
      int status = response.status();
      int resolvedStatus = Precedence.BodyStatus.resolve(status, b);
      Map<String, Object> members = members(code, resolvedStatus, b);
      ErrorDetails details = details(status, code, h, ContentType.NONE, b, members, body, body.length);
      return new DecodedError(this, code, resolvedStatus, details);
    } catch (RuntimeException bug) {
      Defects.report("Reading GraphQL errors with " + catalog + " failed", bug);
      return null;
    }
  }

  static @Nullable InputStream openBody(ResponseView response) {
    try {
      return response.body();
    } catch (IOException unreadable) {
      return null; // the status and headers still decide
    }
  }

  /** Decodes a response whose headers are read and whose body is {@code body} (cut at the cap plus one byte). */
  private DecodedError decodeBody(int status, ResponseHeaders h, byte[] raw) {
    byte[] bytes = Inflation.inflate(raw, h.contentEncoding, maxReadBytes + 1);
    // What the body says: its first significant byte tells JSON from text.
    ContentType contentType = ContentType.parse(h.contentType);
    int length = bytes.length;
    int readable = Math.min(length, maxReadBytes);
    ScannedBody b = newScannedBody();
    int start = firstSignificantByte(bytes, readable);
    if (start < readable) {
      byte first = bytes[start];
      if (first == '{' || first == '[') {
        scanJson(errorJson, bytes, readable, b);
      } else {
        boolean html = first == '<' || contentType.kind == ContentType.Kind.HTML;
        int n = Math.min(readable, maxKeptBodyBytes);
        b.textSummary = TextBody.summary(TextBody.text(bytes, n, n < length, contentType.charset), html);
      }
    }
    String code = wireCode(b);
    int resolvedStatus = Precedence.BodyStatus.resolve(status, b);
    Map<String, Object> members = members(code, resolvedStatus, b);
    ErrorDetails details = details(status, code, h, contentType, b, members, bytes, length);
    return new DecodedError(this, code, resolvedStatus, details);
  }

  /**
   * The members of the definition a response resolves to, as the scan found them; none for a
   * definition without members, which is most of them, or when no member's place held a value.
   */
  private Map<String, Object> members(@Nullable String code, int status, ScannedBody b) {
    if (b.members == null || b.members.isEmpty()) { // a body that is no JSON object holds none
      return Map.of();
    }
    List<MemberDefinition> declared;
    try {
      declared = catalog.resolve(code, status).members();
    } catch (RuntimeException defect) {
      return Map.of(); // a catalog that fails here fails again making the exception, which reports it
    }
    return declared.isEmpty() ? Map.of() : pointers.members().of(declared, b.members);
  }

  private ScannedBody newScannedBody() {
    return new ScannedBody(pointers);
  }

  private void scanJson(JsonFactory json, byte[] body, int length, ScannedBody b) {
    try (JsonParser p = json.createParser(ObjectReadContext.empty(), body, 0, length)) {
      JsonErrorScanner.scan(p, b, pointers);
    } catch (JacksonException badInput) {
      // Closing a parser of a broken document; what the scan found is kept.
    }
  }

  /**
   * The details of a decoded response, completing those its headers began; {@code code} is its
   * {@link #wireCode wire code}.
   */
  private ErrorDetails details(int status, @Nullable String code, ResponseHeaders h, ContentType contentType, ScannedBody b,
      Map<String, Object> members, byte[] body, int length) {
    boolean problem = contentType.kind == ContentType.Kind.PROBLEM_JSON || looksLikeUri(b.type);
    ErrorDetails.Builder details =
        h.details
            .fromResponse()
            .status(status)
            .code(code)
            .message(Precedence.Message.of(b))
            .requestId(h.requestId != null ? h.requestId : b.requestId)
            .retryAfter(h.retryAfter)
            .retryable(b.retryable)
            .type(problem ? b.type : null)
            .instance(b.instance)
            .members(members);
    if (b.errors != null) {
      details.errors(b.errors);
    }
    if (length > 0 && maxKeptBodyBytes > 0) {
      int n = Math.min(length, maxKeptBodyBytes);
      details.body(TextBody.text(body, n, n < length, contentType.charset), n < length);
    }
    return details.build();
  }

  /** The wire code by {@link Precedence.WireCode}: the first value the catalog knows, else the first present. */
  private @Nullable String wireCode(ScannedBody b) {
    String first = null;
    for (Precedence.WireCode source : Precedence.WireCode.ORDER) {
      for (int i = 0, n = source.count(b); i < n; i++) {
        String candidate = source.read(b, i);
        if (candidate == null || candidate.isEmpty()) {
          continue;
        }
        if (catalog.definition(candidate).isPresent()) {
          return candidate;
        }
        if (first == null) {
          first = candidate;
        }
      }
    }
    return first;
  }

  /**
   * The code a type names: a problem type URI's fragment, else its last path segment; a plain
   * type name as is. {@code about:blank} names nothing.
   */
  static @Nullable String typeCode(@Nullable String type) {
    if (type == null || type.isEmpty() || type.equalsIgnoreCase("about:blank")) {
      return null;
    }
    int hash = type.indexOf('#');
    if (hash >= 0) {
      return hash + 1 < type.length() ? type.substring(hash + 1) : null;
    }
    int end = type.length();
    int query = type.indexOf('?');
    if (query >= 0) {
      end = query;
    }
    while (end > 0 && type.charAt(end - 1) == '/') {
      end--;
    }
    int start = Math.max(type.lastIndexOf('/', end - 1), type.lastIndexOf(':', end - 1)) + 1;
    return start < end ? type.substring(start, end) : null;
  }

  private static boolean looksLikeUri(@Nullable String type) {

    return type != null && (type.indexOf(':') >= 0 || type.indexOf('/') >= 0);
  }

  // Skips a UTF-8 byte order mark and JSON whitespace.
  private static int firstSignificantByte(byte[] body, int length) {
    int i = 0;
    if (length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < length && (body[i] == ' ' || body[i] == '\n' || body[i] == '\r' || body[i] == '\t')) {
      i++;
    }
    return i;
  }

  /** The status-only error, for when decoding itself failed. */
  private DecodedError statusOnly(int status) {
    return new DecodedError(this, null, status, ErrorDetails.builder().fromResponse().status(status).build());
  }

  /** Whether the exceptions this decoder makes capture a stack trace. */
  boolean capturesStackTraces() {
    return captureStackTraces;
  }

  @Override
  public String toString() {
    return "ErrorDecoder[" + catalog.name() + "]";
  }

  /** Configures an {@link ErrorDecoder}; every setting has a default described on the decoder. */
  public static final class Builder {
    private final Catalog catalog;
    private int maxReadBytes = DEFAULT_MAX_READ_BYTES;
    private int maxKeptBodyBytes = DEFAULT_MAX_KEPT_BODY_BYTES;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private final List<String> redactedHeaders = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private boolean captureStackTraces = true;

    private Builder(Catalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** The most bytes of a body the decoder looks at; at least 1. */
    public Builder maxReadBytes(int bytes) {
      this.maxReadBytes = atLeast(1, bytes, "maxReadBytes");
      return this;
    }

    /** How much of the body {@link ErrorDetails#body()} keeps; 0 keeps none. Never more than maxReadBytes. */
    public Builder maxKeptBodyBytes(int bytes) {
      this.maxKeptBodyBytes = atLeast(0, bytes, "maxKeptBodyBytes");
      return this;
    }

    /** The deepest nesting of JSON arrays and objects the decoder reads; at least 4. */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = atLeast(4, depth, "maxNestingDepth");
      return this;
    }

    /** The longest JSON string value the decoder reads, in chars; at least 256. */
    public Builder maxStringLength(int chars) {
      this.maxStringLength = atLeast(256, chars, "maxStringLength");
      return this;
    }

    /** Header names to redact besides the standard ones (see {@link HeaderRedactor}). */
    public Builder redactHeaders(String... names) {
      return redactHeaders(Arrays.asList(names));
    }

    /** Header names to redact besides the standard ones (see {@link HeaderRedactor}). */
    public Builder redactHeaders(Collection<String> names) {
      names.forEach(n -> redactedHeaders.add(Objects.requireNonNull(n, "header name")));
      return this;
    }

    /** The clock an HTTP-date Retry-After is measured against. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Whether decoded exceptions record a stack trace (default: yes). Without one, decoding is
     * cheaper; the trace of a decoded error mostly shows the HTTP client's internals anyway.
     */
    public Builder captureStackTraces(boolean capture) {
      this.captureStackTraces = capture;
      return this;
    }

    /** The configured decoder; building one is cheap, but share it: it is thread-safe. */
    public ErrorDecoder build() {
      return new ErrorDecoder(this);
    }

    private static int atLeast(int min, int value, String name) {
      if (value < min) {
        throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
      }
      return value;
    }
  }
}
