package dev.errata.conformance;

import static dev.errata.conformance.Expectation.error;
import static dev.errata.conformance.Expectation.givesUp;
import static dev.errata.conformance.Expectation.response;
import static dev.errata.conformance.LoopbackServer.headers;

import dev.errata.conformance.LoopbackServer.Reply;
import dev.errata.conformance.Scenario.Action;
import dev.errata.conformance.catalog.BadUserInputException;
import dev.errata.conformance.catalog.ConformanceErrorCatalog;
import dev.errata.conformance.catalog.ExportFailedException;
import dev.errata.conformance.catalog.InsufficientFundsException;
import dev.errata.conformance.catalog.InvalidEmailException;
import dev.errata.conformance.catalog.InvalidTokenException;
import dev.errata.conformance.catalog.OutOfStockException;
import dev.errata.conformance.catalog.PermissionDeniedException;
import dev.errata.conformance.catalog.RateLimitedException;
import dev.errata.conformance.catalog.RelationConflictException;
import dev.errata.conformance.catalog.UnauthenticatedException;
import dev.errata.http.BadGatewayException;
import dev.errata.http.NotFoundException;
import dev.errata.http.ServiceUnavailableException;
import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.runtime.PassThrough;
import dev.errata.runtime.RetryAdvisor;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The rows of the conformance table: each runs on every stack, with the same expectation. */
final class Scenarios {

  private Scenarios() {}

  static final ErrorDecoder DECODER = ErrorDecoder.builder(ConformanceErrorCatalog.INSTANCE).build();

  /** A decoder that reads at most 1 KiB of a body. */
  static final ErrorDecoder SMALL_CAP_DECODER = ErrorDecoder.builder(ConformanceErrorCatalog.INSTANCE).maxReadBytes(1024).build();

  /** Three attempts, backing off by tens of milliseconds when no Retry-After says otherwise. */
  static final RetryAdvisor RETRIES = RetryAdvisor.builder()
      .maxAttempts(3)
      .baseDelay(Duration.ofMillis(10))
      .maxDelay(Duration.ofMillis(50))
      .build();

  static final ClientPolicy DEFAULTS = ClientPolicy.of(DECODER);
  static final ClientPolicy RETRYING = ClientPolicy.builder(DECODER).retry(RETRIES).build();
  static final ClientPolicy GRAPHQL = ClientPolicy.builder(DECODER).graphQl(true).build();
  static final ClientPolicy CARD_DECLINED_PASSES =
      ClientPolicy.builder(DECODER).passThrough(PassThrough.codes("CardDeclined")).build();
  static final ClientPolicy CARD_DECLINED_PASSES_SMALL_CAP =
      ClientPolicy.builder(SMALL_CAP_DECODER).passThrough(PassThrough.codes("CardDeclined")).build();
  static final ClientPolicy GONE_PASSES = ClientPolicy.builder(DECODER).passThrough(PassThrough.statuses(410)).build();

  private static final String PROBLEM = "{\"type\":\"https://docs.example.com/errors#OutOfStock\",\"title\":\"Out of stock\","
      + "\"status\":409,\"detail\":\"Only 2 units of sku-7 are left.\",\"instance\":\"/orders/42\",\"code\":\"OutOfStock\","
      + "\"available\":2,\"sku\":\"sku-7\"}";

  /** The members of {@link #PROBLEM}, as every stack decodes them. */
  private static final Map<String, Object> STOCK = Map.of("available", 2L, "sku", "sku-7");
  private static final String RATE_LIMITED = "{\"code\":\"RateLimited\",\"message\":\"Slow down.\"}";
  private static final String GRAPHQL_ERRORS = "{\"errors\":[{\"message\":\"Sign in to see your orders.\","
      + "\"path\":[\"orders\"],\"extensions\":{\"code\":\"UNAUTHENTICATED\"}}],\"data\":null}";
  private static final String CARD_DECLINED = "{\"code\":\"CardDeclined\",\"message\":\"The card was declined.\"}";
  private static final String LONG_CARD_DECLINED = "{\"code\":\"CardDeclined\",\"message\":\"The card was declined.\","
      + "\"attempts\":\"" + "a".repeat(3 * 1024) + "\"}";
  private static final String PROXY_PAGE = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
      + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
  private static final String EXPORT_START = "{\"code\":\"ExportFailed\",\"message\":\"The export broke.\",\"rows\":\"";

  /** Retry-After 1 s, then a success: the retry wait the cancellation and the deadline fall into. */
  private static final List<Reply> LIMITED_THEN_OK =
      List.of(rateLimited("1"), Reply.text(200, "text/plain", "too late"));

  static final List<Scenario> ALL = List.of(
      // 1. Every body shape the decoder knows, as an error response.
      get("problem-json", "Problem details with a code member")
          .replies(Reply.text(409, "application/problem+json", PROBLEM))
          .expect(error(OutOfStockException.class, "OutOfStock", 409).wireCode("OutOfStock")
              .message("Only 2 units of sku-7 are left.").members(STOCK)),
      get("graphql-400", "GraphQL errors on a 400")
          .replies(Reply.json(400, "{\"errors\":[{\"message\":\"Unknown argument 'color'.\","
              + "\"extensions\":{\"code\":\"BAD_USER_INPUT\"}}]}"))
          .expect(error(BadUserInputException.class, "BAD_USER_INPUT", 400).wireCode("BAD_USER_INPUT")
              .message("Unknown argument 'color'.")),
      get("typed-error", "Status number, type name and message")
          .replies(Reply.json(409, "{\"code\":409,\"type\":\"RelationConflict\",\"message\":\"Item 7 belongs to order 41.\"}"))
          .expect(error(RelationConflictException.class, "RelationConflict", 409).wireCode("RelationConflict")
              .message("Item 7 belongs to order 41.")),
      get("nested-error", "Nested error object with a status name")
          .replies(Reply.json(403, "{\"error\":{\"code\":403,\"message\":\"The caller may not read project p-1.\","
              + "\"status\":\"PERMISSION_DENIED\"}}"))
          .expect(error(PermissionDeniedException.class, "PERMISSION_DENIED", 403).wireCode("PERMISSION_DENIED")
              .message("The caller may not read project p-1.")),
      get("oauth", "OAuth error on a 401")
          .replies(Reply.of(401, headers("Content-Type", "application/json",
                  "WWW-Authenticate", "Bearer error=\"invalid_token\""),
              LoopbackServer.utf8("{\"error\":\"invalid_token\",\"error_description\":\"The access token expired.\"}")))
          .expect(error(InvalidTokenException.class, "invalid_token", 401).wireCode("invalid_token")
              .message("The access token expired.")),
      get("errors-list", "Message and a list of errors with codes")
          .replies(Reply.json(422, "{\"message\":\"Validation failed.\",\"errors\":[{\"field\":\"email\","
              + "\"code\":\"InvalidEmail\",\"message\":\"is not an e-mail address\"}]}"))
          .expect(error(InvalidEmailException.class, "InvalidEmail", 422).wireCode("InvalidEmail")
              .message("Validation failed.")),
      get("proxy-html", "A proxy's HTML 502 page")
          .replies(Reply.text(502, "text/html", PROXY_PAGE))
          .expect(error(BadGatewayException.class, "BAD_GATEWAY", 502).message("502 Bad Gateway")),
      get("plain-text", "Plain text 503")
          .replies(Reply.text(503, "text/plain", "Down for maintenance until 03:00 UTC.\nSee the status page."))
          .expect(error(ServiceUnavailableException.class, "SERVICE_UNAVAILABLE", 503)
              .message("Down for maintenance until 03:00 UTC.")),
      get("empty-404", "Empty 404")
          .replies(Reply.of(404, Map.of(), new byte[0]))
          .expect(error(NotFoundException.class, "NOT_FOUND", 404)),

      // 2. Retry-After reaches the exception.
      get("retry-after-seconds", "429 with Retry-After in seconds, no retries")
          .replies(rateLimited("7"))
          .expect(rateLimitedError().retryAfter(Duration.ofSeconds(7), Duration.ZERO)),
      get("retry-after-date", "429 with Retry-After as an HTTP-date, no retries")
          .replies(Reply.of(429, () -> headers("Content-Type", "application/json", "Retry-After", httpDate(30)),
              LoopbackServer.utf8(RATE_LIMITED)))
          .expect(rateLimitedError().retryAfter(Duration.ofSeconds(30), Duration.ofSeconds(2))),

      // 3. and 4. Retries: what is retried, and which requests are repeated.
      get("flaky-retried", "503, 503, 200 with retries on")
          .replies(unavailable(), unavailable(), Reply.text(200, "text/plain", "recovered"))
          .policy(RETRYING)
          .expect(response(200, "recovered").requests(3)),
      get("flaky-not-retried", "503, 503, 200 with retries off")
          .replies(unavailable(), unavailable(), Reply.text(200, "text/plain", "recovered"))
          .expect(unavailableError()),
      post("post-without-key", "POST without Idempotency-Key to 503, 503, 200, retries on")
          .replies(unavailable(), unavailable(), Reply.text(200, "text/plain", "recovered"))
          .policy(RETRYING)
          .expect(unavailableError()),
      post("post-with-key", "POST with Idempotency-Key to 503, 503, 200, retries on")
          .header("Idempotency-Key", "order-42-attempt")
          .replies(unavailable(), unavailable(), Reply.text(200, "text/plain", "recovered"))
          .policy(RETRYING)
          .expect(response(200, "recovered").requests(3)),

      // 5. Retry-After is honoured.
      get("retry-after-honoured", "429 Retry-After 1, then 200, retries on")
          .replies(rateLimited("1"), Reply.text(200, "text/plain", "after the wait"))
          .policy(RETRYING)
          .expect(response(200, "after the wait").requests(2).tookAtLeast(Duration.ofMillis(950))),

      // 6. GraphQL errors on a 200.
      get("graphql-200-on", "GraphQL errors on a 200, GraphQL mode on")
          .replies(Reply.json(200, GRAPHQL_ERRORS))
          .policy(GRAPHQL)
          .expect(error(UnauthenticatedException.class, "UNAUTHENTICATED", 200).wireCode("UNAUTHENTICATED")
              .message("Sign in to see your orders.")),
      get("graphql-200-off", "GraphQL errors on a 200, GraphQL mode off")
          .replies(Reply.json(200, GRAPHQL_ERRORS))
          .expect(response(200, GRAPHQL_ERRORS)),
      get("graphql-200-data", "GraphQL data without errors, GraphQL mode on")
          .replies(Reply.json(200, "{\"data\":{\"orders\":[]}}"))
          .policy(GRAPHQL)
          .expect(response(200, "{\"data\":{\"orders\":[]}}")),

      // 7. Bodies too big to read, and compressed.
      get("oversized", "4 MiB JSON error body")
          .replies(Reply.json(500, EXPORT_START + "x".repeat(4 * 1024 * 1024) + "\"}"))
          .expect(exportFailed()),
      get("endless", "Endless JSON error body")
          .replies(Reply.endless(500, "application/json", EXPORT_START))
          .expect(exportFailed().tookAtMost(Duration.ofSeconds(3))),
      get("gzip", "Gzip-compressed problem details")
          .replies(Reply.of(409, headers("Content-Type", "application/problem+json", "Content-Encoding", "gzip"),
              LoopbackServer.gzip(PROBLEM)))
          .expect(error(OutOfStockException.class, "OutOfStock", 409).wireCode("OutOfStock")
              .message("Only 2 units of sku-7 are left.").members(STOCK)),

      // 8. Giving up during a retry wait.
      get("cancel-in-wait", "Cancelled during a Retry-After wait")
          .replies(LIMITED_THEN_OK)
          .policy(RETRYING)
          .action(Action.CANCEL_IN_WAIT)
          .expect(givesUp().tookAtMost(Duration.ofMillis(500))),
      get("deadline-in-wait", "Deadline of 300 ms passes during a Retry-After wait")
          .replies(LIMITED_THEN_OK)
          .policy(RETRYING)
          .action(Action.DEADLINE_IN_WAIT)
          .expect(givesUp().tookAtMost(Duration.ofMillis(500))),

      // 9. Outcomes that pass through.
      get("pass-code", "402 with a code that passes through")
          .replies(Reply.json(402, CARD_DECLINED))
          .policy(CARD_DECLINED_PASSES)
          .expect(response(402, CARD_DECLINED)),
      get("pass-code-over-cap", "402 with a code that passes through, body over the decoder's cap")
          .replies(Reply.json(402, LONG_CARD_DECLINED))
          .policy(CARD_DECLINED_PASSES_SMALL_CAP)
          .expect(response(402, LONG_CARD_DECLINED)),
      get("other-code", "402 with a code that does not pass through")
          .replies(Reply.json(402, "{\"code\":\"InsufficientFunds\",\"message\":\"The balance is too low.\"}"))
          .policy(CARD_DECLINED_PASSES)
          .expect(error(InsufficientFundsException.class, "InsufficientFunds", 402).wireCode("InsufficientFunds")
              .message("The balance is too low.")),
      get("pass-status", "410 with a status that passes through")
          .replies(Reply.text(410, "text/plain", "This order was archived."))
          .policy(GONE_PASSES)
          .expect(response(410, "This order was archived.")),

      // 10. A success.
      get("success", "200, no policy reading")
          .replies(Reply.json(200, "{\"id\":42,\"name\":\"kettle\"}"))
          .expect(response(200, "{\"id\":42,\"name\":\"kettle\"}")));

  /** The scenario named {@code id}. */
  static Scenario byId(String id) {
    return ALL.stream().filter(s -> s.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no scenario " + id));
  }

  private static Reply rateLimited(String retryAfter) {
    return Reply.of(429, headers("Content-Type", "application/json", "Retry-After", retryAfter), LoopbackServer.utf8(RATE_LIMITED));
  }

  private static Expectation rateLimitedError() {
    return error(RateLimitedException.class, "RateLimited", 429).wireCode("RateLimited").message("Slow down.");
  }

  private static Reply unavailable() {
    return Reply.text(503, "text/plain", "Try again.");
  }

  private static Expectation unavailableError() {
    return error(ServiceUnavailableException.class, "SERVICE_UNAVAILABLE", 503).message("Try again.");
  }

  private static Expectation exportFailed() {
    return error(ExportFailedException.class, "ExportFailed", 500).wireCode("ExportFailed")
        .message("The export broke.").bodyTruncated();
  }

  /** An IMF-fixdate {@code seconds} from now. */
  private static String httpDate(int seconds) {
    return DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
        .format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(seconds));
  }

  private static Row get(String id, String name) {
    return new Row(id, name, "GET");
  }

  private static Row post(String id, String name) {
    return new Row(id, name, "POST");
  }

  /** A scenario being written down; {@link #expect} ends it. */
  private static final class Row {
    private final String id;
    private final String name;
    private final String method;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<Reply> replies = new ArrayList<>();
    private ClientPolicy policy = DEFAULTS;
    private Action action = Action.CALL;

    Row(String id, String name, String method) {
      this.id = id;
      this.name = name;
      this.method = method;
    }

    Row header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    Row replies(Reply... replies) {
      return replies(List.of(replies));
    }

    Row replies(List<Reply> replies) {
      this.replies.addAll(replies);
      return this;
    }

    Row policy(ClientPolicy policy) {
      this.policy = policy;
      return this;
    }

    Row action(Action action) {
      this.action = action;
      return this;
    }

    Scenario expect(Expectation expected) {
      return new Scenario(id, name, List.copyOf(replies), policy, method, Map.copyOf(headers), action, expected);
    }
  }
}
