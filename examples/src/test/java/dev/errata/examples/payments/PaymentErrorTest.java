package dev.errata.examples.payments;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import dev.errata.CatalogException;
import dev.errata.http.BadGatewayException;
import dev.errata.http.BadRequestException;
import dev.errata.http.NotFoundException;
import dev.errata.http.PaymentRequiredException;
import dev.errata.http.TooManyRequestsException;
import dev.errata.jdk.ErrataHttpClient;
import dev.errata.runtime.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A card payments API's real-shaped error responses, served on loopback and decoded through the
 * runtime's HTTP client: decline codes tried before the general code, and codes that stand for
 * their status.
 */
class PaymentErrorTest {

  private static final PaymentErrorCatalog CATALOG = PaymentErrorCatalog.INSTANCE;

  /** Path → status, content type and body, as the API answers. */
  private record Answer(int status, String contentType, String body) {}

  private static final Map<String, Answer> ANSWERS = new ConcurrentHashMap<>();
  private static HttpServer server;
  private static ErrataHttpClient client;

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      try (InputStream in = exchange.getRequestBody(); exchange) {
        in.readAllBytes();
        Answer answer = ANSWERS.get(exchange.getRequestURI().getPath());
        byte[] body = answer.body().getBytes(UTF_8);
        exchange.getResponseHeaders().add("Request-Id", "req_" + exchange.getRequestURI().getPath().substring(1));
        if (answer.contentType() != null) {
          exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        }
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        }
      }
    });
    server.start();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    client = ErrataHttpClient.of(http, ErrorDecoder.builder(CATALOG).build());
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static CatalogException call(String path, int status, String json) {
    return call(path, status, "application/json", json);
  }

  private static CatalogException call(String path, int status, String contentType, String body) {
    ANSWERS.put(path, new Answer(status, contentType, body));
    URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
        .POST(HttpRequest.BodyPublishers.ofString("amount=2000&currency=eur")).build();
    return assertThrows(CatalogException.class, () -> client.send(request, BodyHandlers.ofString()));
  }

  private static String cardError(String code, String declineCode, String message) {
    return """
        {"error": {"type": "card_error", "code": "%s",%s
                   "message": "%s", "param": "", "charge": "ch_3Q9"}}
        """.formatted(code, declineCode == null ? "" : " \"decline_code\": \"" + declineCode + "\",", message);
  }

  @Test
  void aKnownDeclineCodeDecodesToItsOwnException() {
    CatalogException e = call("/known-decline", 402,
        cardError("card_declined", "insufficient_funds", "Your card has insufficient funds."));

    assertThat(e).isInstanceOf(InsufficientFundsException.class);
    assertThat(e).isInstanceOf(CardDeclinedException.class);
    assertThat(e).isInstanceOf(PaymentRequiredException.class);
    assertThat(e.code()).isEqualTo("insufficient_funds");
    assertThat(e.details().message()).hasValue("Your card has insufficient funds.");
    assertThat(e.details().requestId()).hasValue("req_known-decline");
    assertThat(e.isRetryable()).isFalse();
  }

  @Test
  void eachKnownDeclineCodeHasItsException() {
    assertThat(call("/expired", 402, cardError("card_declined", "expired_card", "Your card has expired.")))
        .isInstanceOf(ExpiredCardException.class);
    // Some processors send the reason as the code itself, without a decline code.
    assertThat(call("/cvc", 402, cardError("incorrect_cvc", null, "Your card's security code is incorrect.")))
        .isInstanceOf(IncorrectCvcException.class);
  }

  @Test
  void anUnknownDeclineCodeFallsBackToCardDeclined() {
    CatalogException e = call("/unknown-decline", 402,
        cardError("card_declined", "issuer_had_a_bad_day", "Your card was declined."));

    assertThat(e.getClass()).isEqualTo(CardDeclinedException.class);
    assertThat(e.details().code()).hasValue("card_declined");
    assertThat(e.details().body().orElseThrow()).contains("issuer_had_a_bad_day");
    assertThat(e.definition().remedy()).contains("Ask the customer to use another card or payment method.");
  }

  @Test
  void aDeclineCarriesItsReasonAndTheParameterAsMembersEvenForAReasonWithoutACodeOfItsOwn() {
    CatalogException e = call("/decline-members", 402, """
        {"error": {"type": "card_error", "code": "card_declined", "decline_code": "issuer_had_a_bad_day",
                   "param": "exp_month", "message": "Your card was declined."}}
        """);

    CardDeclinedException declined = (CardDeclinedException) e;
    assertThat(declined.declineCode()).hasValue("issuer_had_a_bad_day");
    assertThat(declined.param()).hasValue("exp_month");
    InsufficientFundsException funds = (InsufficientFundsException) call("/funds-members", 402,
        cardError("card_declined", "insufficient_funds", "Your card has insufficient funds."));
    assertThat(funds.declineCode()).hasValue("insufficient_funds");
    assertThat(funds.param()).hasValue("");
  }

  @Test
  void aDeclineWithoutADeclineCodeIsCardDeclined() {
    assertThat(call("/plain-decline", 402, cardError("card_declined", null, "Your card was declined.")).getClass())
        .isEqualTo(CardDeclinedException.class);
  }

  @Test
  void aResponseWithoutAnErrorBodyDecodesByItsStatus() {
    assertThat(call("/bare-400", 400, null, "").getClass()).isEqualTo(InvalidRequestException.class);
    assertThat(call("/bare-429", 429, null, "").getClass()).isEqualTo(RateLimitException.class);
    // card_declined is one particular refusal, so a bare 402 stays HTTP's.
    assertThat(call("/bare-402", 402, null, "").getClass()).isEqualTo(PaymentRequiredException.class);
    assertThat(call("/bare-404", 404, null, "").getClass()).isEqualTo(NotFoundException.class);
  }

  @Test
  void anUnknown400DecodesToInvalidRequestWithTheApisAdvice() {
    CatalogException e = call("/unknown-400", 400, """
        {"error": {"type": "invalid_request_error", "code": "parameter_unknown",
                   "message": "Received unknown parameter: colour", "param": "colour"}}
        """);

    assertThat(e.getClass()).isEqualTo(InvalidRequestException.class);
    assertThat(e).isInstanceOf(BadRequestException.class);
    assertThat(e.details().code()).hasValue("parameter_unknown");
    assertThat(e.details().message()).hasValue("Received unknown parameter: colour");
    assertThat(e.definition().remedy().get(0)).contains("names the parameter");
  }

  @Test
  void a400WithoutAnyCodeIsInvalidRequestToo() {
    CatalogException e = call("/no-code-400", 400, """
        {"error": {"type": "invalid_request_error", "message": "Amount must be at least 50 cents."}}
        """);

    assertThat(e.getClass()).isEqualTo(InvalidRequestException.class);
    assertThat(e.details().message()).hasValue("Amount must be at least 50 cents.");
  }

  @Test
  void aKnown400CodeKeepsItsOwnException() {
    CatalogException e = call("/missing", 400, """
        {"error": {"type": "invalid_request_error", "code": "parameter_missing",
                   "message": "Missing required param: currency.", "param": "currency"}}
        """);

    assertThat(e).isInstanceOf(ParameterMissingException.class);
    assertThat(e).isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void rateLimitsAreRetryableAndProxyPagesDecodeByStatus() {
    CatalogException limited = call("/limited", 429, """
        {"error": {"type": "rate_limit_error", "message": "Too many requests hit the API too quickly."}}
        """);
    CatalogException proxy = call("/proxy", 502, "text/html",
        "<html><head><title>502 Bad Gateway</title></head><body>upstream</body></html>");

    assertThat(limited.getClass()).isEqualTo(RateLimitException.class);
    assertThat(limited).isInstanceOf(TooManyRequestsException.class);
    assertThat(limited.isRetryable()).isTrue();
    assertThat(proxy).isInstanceOf(BadGatewayException.class);
    assertThat(proxy.details().message()).hasValue("502 Bad Gateway");
  }

  @Test
  void theCatalogSaysWhereItsCodesAreAndWhichCodesStandForTheirStatus() throws IOException {
    assertThat(CATALOG.codePointers()).containsExactly("/error/decline_code", "/error/code").inOrder();
    assertThat(CATALOG.messagePointers()).containsExactly("/error/message");
    assertThat(CATALOG.resolve(null, 400).name()).isEqualTo("INVALID_REQUEST");
    assertThat(CATALOG.resolve(null, 429).name()).isEqualTo("RATE_LIMIT");
    assertThat(CATALOG.resolve(null, 402).catalog()).isEqualTo("HTTP");
    assertThat(CATALOG.definition("expired_card").orElseThrow().docsUrl())
        .isEqualTo("https://payments.example.com/docs/errors#expired_card");
    String json;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/errata/dev.errata.examples.payments.PaymentError.json")) {
      json = new String(in.readAllBytes(), UTF_8).replaceAll("\\s+", " ");
    }
    assertThat(json).containsMatch("\"name\" : \"INVALID_REQUEST\"[^}]*\"standsForStatus\" : true");
    assertThat(json).containsMatch("\"name\" : \"CARD_DECLINED\"[^}]*\"standsForStatus\" : false");
  }
}
