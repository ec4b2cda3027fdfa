package dev.errata.runtime;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Where {@link ErrorDecoder} takes a response's wire code, message, request id and, for a
 * response whose HTTP status is no error status, the status from: each enum below lists its
 * sources in the order they are tried, and the decoder follows exactly that order. This is the
 * one place the order is written; {@code docs/decoding.md} lists the same constants, and a test
 * keeps the two in step.
 *
 * <p>Positions are written as RFC 6901 pointers into a JSON body; {@code /errors/0} is the first
 * entry of an {@code errors} list that was read whole.
 */
public final class Precedence {

  private Precedence() {}

  /** The first value {@code read} finds among {@code sources}, in their order, or {@code null}. */
  private static <S> @Nullable String first(List<S> sources, Function<S, @Nullable String> read) {
    for (S source : sources) {
      String value = read.apply(source);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** A body source that reads the first entry of an errors list; nothing when {@code entry} is null. */
  private static Function<ScannedBody, @Nullable String> fromFirstEntry(@Nullable Function<ScannedBody.Entry, @Nullable String> entry) {
    return entry == null ? b -> null : b -> b.firstEntry == null ? null : entry.apply(b.firstEntry);
  }

  /**
   * The wire code's sources, best first. The first value the catalog (or an ancestor) knows
   * wins, wherever it is found. When it knows none, the first value present is reported as the
   * details' code and the status decides. The catalog's own pointers come first, so a code they
   * find beats a code anywhere else; a value they find that the catalog does not know hides
   * nothing: a known code in one of the other places still wins.
   */
  public enum WireCode {
    /** The values at the catalog's {@code codePointer} entries, in the catalog's order. */
    CODE_POINTERS(null, null),
    /** {@code /code} as a string: a problem's code extension member, {@code {"code": "…"}}. */
    CODE(b -> b.code, null),
    /** {@code /errorCode} or {@code /error_code}. */
    CODE_ALIAS(b -> b.codeAlias, null),
    /** {@code /error/code} as a string. */
    NESTED_CODE(b -> b.errorCode, null),
    /** {@code /error/status} as a name, such as {@code NOT_FOUND}. */
    NESTED_STATUS(b -> b.errorStatus, null),
    /** {@code /error/type}. */
    NESTED_TYPE(b -> b.errorType, null),
    /** {@code /errors/0/extensions/code}: a GraphQL error's code. */
    LIST_EXTENSIONS_CODE(null, e -> e.extensionCode),
    /** {@code /errors/0/code}. */
    LIST_CODE(null, e -> e.code),
    /** {@code /errors/0/type}. */
    LIST_TYPE(null, e -> e.type),
    /**
     * {@code /type}: a problem type URI's fragment, else its last path segment; a plain type name
     * such as {@code RelationConflict} as it is; never {@code about:blank}.
     */
    TYPE(b -> ErrorDecoder.typeCode(b.type), null),
    /** {@code /error} as a string: OAuth's error code, such as {@code invalid_grant}. */
    OAUTH_ERROR(b -> b.oauthError, null),
    /** {@code /code} as a number, as text, unless it lies in 100–599, where it only repeats a status. */
    NUMERIC_CODE(b -> numericCode(b.codeNumber), null),
    /** {@code /error/code} as a number, as text, unless it lies in 100–599. */
    NESTED_NUMERIC_CODE(b -> numericCode(b.errorCodeNumber), null);

    static final List<WireCode> ORDER = List.of(values());

    private final Function<ScannedBody, @Nullable String> body;
    private final @Nullable Function<ScannedBody.Entry, @Nullable String> entry;

    WireCode(@Nullable Function<ScannedBody, @Nullable String> body, @Nullable Function<ScannedBody.Entry, @Nullable String> entry) {
      this.body = body != null ? body : fromFirstEntry(entry);
      this.entry = entry;
    }

    /** How many values this source offers in {@code b}. */
    int count(ScannedBody b) {
      return this == CODE_POINTERS ? b.pointerCodes.length : 1;
    }

    /** The {@code i}-th value of this source in {@code b}, or {@code null}. */
    @Nullable String read(ScannedBody b, int i) {
      return this == CODE_POINTERS ? b.pointerCodes[i] : body.apply(b);
    }

    /** The code of one entry of an errors list: the first of the list sources, in this order. */
    static @Nullable String ofEntry(ScannedBody.Entry e) {
      return first(ORDER, source -> source.entry == null ? null : source.entry.apply(e));
    }

    private static @Nullable String numericCode(int code) {
      return code == ScannedBody.NONE || (code >= 100 && code <= 599) ? null : Integer.toString(code);
    }
  }

  /** The server's message's sources, best first; the first one present wins. */
  public enum Message {
    /** The values at the catalog's {@code messagePointer} entries, in the catalog's order. */
    MESSAGE_POINTERS(null, null),
    /** {@code /detail}: a problem's explanation. */
    DETAIL(b -> b.detail, null),
    /** {@code /message}. */
    MESSAGE(b -> b.message, null),
    /** {@code /error/message}. */
    NESTED_MESSAGE(b -> b.errorMessage, null),
    /** {@code /error_description}: OAuth's explanation. */
    ERROR_DESCRIPTION(b -> b.errorDescription, null),
    /** {@code /errors/0/message}, or the first entry itself when it is a bare string. */
    LIST_MESSAGE(null, e -> e.message),
    /** {@code /errors/0/detail}: JSON:API's explanation. */
    LIST_DETAIL(null, e -> e.detail),
    /** {@code /errors/0/title}. */
    LIST_TITLE(null, e -> e.title),
    /** {@code /title}: a problem's short summary. */
    TITLE(b -> b.title, null),
    /** A body that is no JSON: an HTML page's {@code <title>} (else its first {@code <h1>}), a text's first line. */
    TEXT(b -> b.textSummary, null);

    static final List<Message> ORDER = List.of(values());

    private final Function<ScannedBody, @Nullable String> body;
    private final @Nullable Function<ScannedBody.Entry, @Nullable String> entry;

    Message(@Nullable Function<ScannedBody, @Nullable String> body, @Nullable Function<ScannedBody.Entry, @Nullable String> entry) {
      this.body = body != null ? body : fromFirstEntry(entry);
      this.entry = entry;
    }

    /** The message of a body: the first source, in this order, that has one. */
    static @Nullable String of(ScannedBody b) {
      return first(ORDER, source -> source == MESSAGE_POINTERS ? firstPointed(b) : source.body.apply(b));
    }

    /** The message of one entry of an errors list: the first of the list sources, in this order. */
    static @Nullable String ofEntry(ScannedBody.Entry e) {
      return first(ORDER, source -> source.entry == null ? null : source.entry.apply(e));
    }

    private static @Nullable String firstPointed(ScannedBody b) {
      for (String pointed : b.pointerMessages) {
        if (pointed != null) {
          return pointed;
        }
      }
      return null;
    }
  }

  /**
   * The request id's sources, best first; the first one present wins. Header names are compared
   * case-insensitively; a value longer than 200 characters is no request id.
   */
  public enum RequestId {
    /** The {@code X-Request-Id} header. */
    X_REQUEST_ID("x-request-id"),
    /** The {@code Request-Id} header. */
    REQUEST_ID("request-id"),
    /** The {@code X-Correlation-Id} header. */
    X_CORRELATION_ID("x-correlation-id"),
    /** The {@code X-Amzn-RequestId} header. */
    X_AMZN_REQUESTID("x-amzn-requestid"),
    /** The {@code X-Amz-Request-Id} header. */
    X_AMZ_REQUEST_ID("x-amz-request-id"),
    /** The {@code X-MS-Request-Id} header. */
    X_MS_REQUEST_ID("x-ms-request-id"),
    /** The trace id of a W3C {@code traceparent} header. */
    TRACEPARENT("traceparent"),
    /**
     * The first of {@code /requestId}, {@code /request_id}, {@code /traceId}, {@code /trace_id},
     * {@code /correlationId} and {@code /correlation_id} in the body.
     */
    BODY(null);

    private final @Nullable String header;

    RequestId(@Nullable String header) {
      this.header = header;
    }

    /** The header's name in lower case; {@code null} for {@link #BODY}. */
    @Nullable String header() {
      return header;
    }

    /** The id this header's value carries, or {@code null}. */
    @Nullable String idIn(String value) {
      return this == TRACEPARENT ? traceId(value) : value;
    }

    // version "-" trace-id (32 hex) "-" parent-id "-" flags
    private static @Nullable String traceId(String traceparent) {
      String v = traceparent.trim();
      return v.length() >= 55 && v.charAt(2) == '-' && v.charAt(35) == '-' ? v.substring(3, 35) : null;
    }
  }

  /**
   * Where the status that resolves an error comes from when the HTTP status is no error status
   * (a GraphQL error answered with 200): the first of these in 400–599, else the HTTP status.
   */
  public enum BodyStatus {
    /** {@code /status}, a number or a numeric string. */
    STATUS(b -> b.status),
    /** {@code /error/status}, a number or a numeric string. */
    NESTED_STATUS(b -> b.errorStatusNumber),
    /** {@code /code} as a number. */
    NUMERIC_CODE(b -> b.codeNumber),
    /** {@code /error/code} as a number. */
    NESTED_NUMERIC_CODE(b -> b.errorCodeNumber);

    private static final List<BodyStatus> ORDER = List.of(values());

    private final ToIntFunction<ScannedBody> reader;

    BodyStatus(ToIntFunction<ScannedBody> reader) {
      this.reader = reader;
    }

    /** The status to resolve with: {@code status} when it is an error status, else the body's first. */
    static int resolve(int status, ScannedBody b) {
      if (status >= 400 && status <= 599) {
        return status;
      }
      for (BodyStatus source : ORDER) {
        int s = source.reader.applyAsInt(b);
        if (s >= 400 && s <= 599) {
          return s;
        }
      }
      return status;
    }
  }
}
