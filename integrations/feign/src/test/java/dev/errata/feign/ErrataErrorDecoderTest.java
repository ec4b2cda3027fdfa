package dev.errata.feign;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.CatalogException;
import dev.errata.feign.LoopbackServer.Reply;
import dev.errata.feign.shop.AlreadyExistsException;
import dev.errata.feign.shop.InvalidPayloadException;
import dev.errata.feign.shop.RateLimitedException;
import dev.errata.feign.shop.RelationConflictException;
import dev.errata.feign.shop.ShopErrorCatalog;
import dev.errata.http.BadGatewayException;
import dev.errata.http.NotFoundException;
import dev.errata.http.TooManyRequestsException;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.runtime.HeaderRedactor;
import feign.Feign;
import feign.Request;
import feign.Response;
import feign.RetryableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every body shape the decoder knows, sent by a real server to a real Feign client, arrives typed. */
class ErrataErrorDecoderTest {

  static final ErrorDecoder DECODER = ErrorDecoder.builder(ShopErrorCatalog.INSTANCE).build();
  private static final String JSON = "application/json";

  private static LoopbackServer server;
  private static ShopApi api;

  @BeforeAll
  static void start() throws IOException {
    server = new LoopbackServer();
    // The default policy: no retries; CapabilityTest is about the policy.
    api = Feign.builder()
        .addCapability(ErrataCapability.of(DECODER))
        .target(ShopApi.class, server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static <T extends CatalogException> T call(String path, Class<T> type, Reply reply) {
    server.script("/" + path, reply);
    return assertThrows(type, () -> api.get(path));
  }

  @Test
  void problemJson() {
    RelationConflictException e = call("problem", RelationConflictException.class, new Reply(409,
        Map.of("Content-Type", "application/problem+json", "X-Request-Id", "req-1"),
        "{\"type\":\"https://docs.example.com/errors#RelationConflict\",\"title\":\"Relation Conflict\","
            + "\"status\":409,\"detail\":\"Order 7 belongs to customer 3.\",\"instance\":\"/orders/7\"}"));

    assertThat(e.getMessage()).contains("Order 7 belongs to customer 3.");
    assertThat(e.details().requestId()).hasValue("req-1");
    assertThat(e.details().instance()).hasValue("/orders/7");
  }

  @Test
  void graphQlErrors() {
    InvalidPayloadException e = call("graphql", InvalidPayloadException.class, new Reply(400, Map.of("Content-Type", JSON),
        "{\"errors\":[{\"message\":\"Field 'qty' must be positive\",\"extensions\":{\"code\":\"InvalidPayload\"}}]}"));

    assertThat(e.getMessage()).contains("Field 'qty' must be positive");
  }

  @Test
  void codeTypeMessage() {
    AlreadyExistsException e = call("typed", AlreadyExistsException.class, new Reply(409, Map.of("Content-Type", JSON),
        "{\"code\":409,\"type\":\"AlreadyExists\",\"message\":\"Order ref-9 exists.\"}"));

    assertThat(e.code()).isEqualTo("AlreadyExists");
    assertThat(e.getMessage()).contains("Order ref-9 exists.");
  }

  @Test
  void plainText() {
    NotFoundException e = call("text", NotFoundException.class,
        new Reply(404, Map.of("Content-Type", "text/plain"), "no such order\n"));

    assertThat(e.getMessage()).contains("no such order");
  }

  @Test
  void htmlFromAProxy() {
    BadGatewayException e = call("html", BadGatewayException.class, new Reply(502, Map.of("Content-Type", "text/html"),
        "<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>"));

    assertThat(e.getMessage()).contains("502 Bad Gateway");
    assertThat(e.isRetryable()).isTrue();
  }

  @Test
  void tooManyRequestsWithRetryAfterInSeconds() {
    RateLimitedException e = call("limited", RateLimitedException.class, new Reply(429,
        Map.of("Content-Type", JSON, "Retry-After", "2"), "{\"type\":\"RateLimited\",\"message\":\"slow down\"}"));

    assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(2));
  }

  @Test
  void tooManyRequestsWithRetryAfterAsADate() {
    String in30s = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(30));
    RateLimitedException e = call("limited-date", RateLimitedException.class,
        new Reply(429, Map.of("Retry-After", in30s), "{\"type\":\"RateLimited\"}"));

    assertThat(e.retryAfter().orElseThrow()).isAtLeast(Duration.ofSeconds(28));
    assertThat(e.retryAfter().orElseThrow()).isAtMost(Duration.ofSeconds(30));
  }

  @Test
  void theDecoderAloneReturnsTypedErrorsAndLeavesOtherStatusesToFeignsDefault() {
    ErrataErrorDecoder decoder = new ErrataErrorDecoder(DECODER);

    Exception limited = decoder.decode("ShopApi#get(String)", response(429, Map.of("Retry-After", List.of("120"))));
    Exception redirect = decoder.decode("ShopApi#get(String)", response(302, Map.of("Location", List.of("/elsewhere"))));

    assertThat(limited).isInstanceOf(TooManyRequestsException.class);
    assertThat(((CatalogException) limited).retryAfter()).hasValue(Duration.ofSeconds(120));
    assertThat(redirect).isInstanceOf(feign.FeignException.class);
    assertThat(redirect).isNotInstanceOf(RetryableException.class);
  }

  @Test
  void aBodyLargerThanTheCapIsReadOnlyUpToTheCap() {
    ErrorDecoder capped = ErrorDecoder.builder(ShopErrorCatalog.INSTANCE).maxReadBytes(64).build();
    CountingBody body = new CountingBody(1 << 20);
    Response response = Response.builder().status(500).reason("x").headers(Map.of()).request(request())
        .body(body, null).build();

    Exception e = new ErrataErrorDecoder(capped).decode("k", response);

    assertThat(e).isInstanceOf(dev.errata.http.InternalServerErrorException.class);
    assertThat(body.read).isAtMost(65);
  }

  @Test
  void aBodyShorterThanItsDeclaredLengthStillDecodes() {
    byte[] json = "{\"type\":\"AlreadyExists\",\"message\":\"cut short\"}".getBytes(StandardCharsets.UTF_8);
    Response response = Response.builder().status(409).reason("x").headers(Map.of()).request(request())
        .body(new java.io.ByteArrayInputStream(json), 4096).build();

    Exception e = new ErrataErrorDecoder(DECODER).decode("k", response);

    assertThat(e).isInstanceOf(AlreadyExistsException.class);
    assertThat(e.getMessage()).contains("cut short");
  }

  @Test
  void aBodyThatFailsToReadLeavesTheStatusToDecide() {
    java.io.InputStream broken = new java.io.InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("connection reset while reading the body");
      }
    };
    Response response = Response.builder().status(404).reason("x").headers(Map.of()).request(request())
        .body(broken, 100).build();

    assertThat(new ErrataErrorDecoder(DECODER).decode("k", response)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void credentialHeadersNeverReachTheExceptionTheCallerSees() {
    server.script("/secret", new Reply(409, Map.of(
        "Content-Type", JSON,
        "Set-Cookie", "session=s3cr3t-cookie",
        "X-Api-Key", "s3cr3t-key",
        "WWW-Authenticate", "Bearer realm=\"shop\""),
        "{\"type\":\"AlreadyExists\",\"message\":\"exists\"}"));

    AlreadyExistsException e = assertThrows(AlreadyExistsException.class, () -> api.getSignedIn("secret", "s3cr3t-token"));

    for (String shown : List.of(e.getMessage(), e.toString(), e.details().toString(), e.details().headers().toString())) {
      assertThat(shown).doesNotContain("s3cr3t");
    }
    assertThat(e.details().header("Set-Cookie")).hasValue(HeaderRedactor.REDACTED);
    assertThat(e.details().header("X-Api-Key")).hasValue(HeaderRedactor.REDACTED);
    assertThat(e.details().header("WWW-Authenticate")).hasValue("Bearer realm=\"shop\"");
  }

  @Test
  void aDecodedErrorCarriesNoCredentialEither() {
    Exception e = new ErrataErrorDecoder(DECODER).decode("k", response(503, Map.of("Set-Cookie", List.of("session=s3cr3t"))));

    assertThat(e.getMessage()).doesNotContain("s3cr3t");
    assertThat(e.toString()).doesNotContain("s3cr3t");
    assertThat(((CatalogException) e).details().toString()).doesNotContain("s3cr3t");
  }

  @Test
  void feignHeadersAreReadAsTheyAreInAnyCase() {
    Map<String, Collection<String>> headers = Map.of("x-request-id", List.of("r-42"), "retry-after", List.of("3"));
    Response response = Response.builder().status(503).reason("x").headers(headers).request(request())
        .body("", StandardCharsets.UTF_8).build();

    CatalogException e = (CatalogException) new ErrataErrorDecoder(DECODER).decode("k", response);

    assertThat(e.details().requestId()).hasValue("r-42");
    assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(3));
    assertThat(e.details().header("X-REQUEST-ID")).hasValue("r-42");
  }

  static Request request() {
    return Request.create(Request.HttpMethod.GET, "http://127.0.0.1/orders", Map.of(), null, StandardCharsets.UTF_8, null);
  }

  static Response response(int status, Map<String, Collection<String>> headers) {
    return Response.builder().status(status).reason("x").headers(headers).request(request())
        .body(new byte[0]).build();
  }

  /** A long body that counts how many bytes were read from it. */
  private static final class CountingBody extends java.io.InputStream {
    private final int size;
    int read;

    CountingBody(int size) {
      this.size = size;
    }

    @Override
    public int read() {
      if (read >= size) {
        return -1;
      }
      read++;
      return '{';
    }
  }
}
