package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;
import static dev.errata.runtime.fixture.TestBodies.contentType;
import static dev.errata.runtime.fixture.TestBodies.read;

import dev.errata.Catalog;
import dev.errata.CatalogException;
import dev.errata.ReportedError;
import dev.errata.http.BadGatewayException;
import dev.errata.http.BadRequestException;
import dev.errata.http.ClientErrorException;
import dev.errata.http.ForbiddenException;
import dev.errata.http.GatewayTimeoutException;
import dev.errata.http.NotFoundException;
import dev.errata.http.ServerErrorException;
import dev.errata.http.ServiceUnavailableException;
import dev.errata.http.TooManyRequestsException;
import dev.errata.http.UnprocessableContentException;
import dev.errata.http.UnauthorizedException;
import dev.errata.runtime.fixture.TestCatalogs;
import dev.errata.runtime.fixture.platform.AlreadyExistsException;
import dev.errata.runtime.fixture.platform.InvalidPayloadException;
import dev.errata.runtime.fixture.platform.RateLimitedException;
import dev.errata.runtime.fixture.platform.RelationConflictException;
import dev.errata.runtime.fixture.platform.UnauthenticatedException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every body shape the decoder understands, from the fixtures in {@code bodies/}. */
class ErrorDecoderShapesTest {

  private static final ErrorDecoder PLATFORM = ErrorDecoder.builder(TestCatalogs.PLATFORM).build();
  private static final ErrorDecoder HTTP = ErrorDecoder.builder(TestCatalogs.HTTP).build();
  private static final ErrorDecoder POINTED = ErrorDecoder.builder(TestCatalogs.POINTED).build();

  static Stream<Arguments> shapes() {
    return Stream.of(
        // fixture, content type, status, decoder, type, wire code as sent, server message
        Arguments.of("problem.json", "application/problem+json", 409, PLATFORM,
            RelationConflictException.class, "RelationConflict",
            "Bot bot_7Q2 is not linked to workspace ws_41."),
        Arguments.of("problem-type-only.json", "application/problem+json; charset=utf-8", 429, PLATFORM,
            RateLimitedException.class, "RateLimited", "120 requests per minute allowed; slow down."),
        Arguments.of("problem-about-blank.json", "application/problem+json", 404, PLATFORM,
            NotFoundException.class, null, "No route matches GET /v1/botz."),
        // An unknown code decodes by status, to the status's own code: a catalog code that is one
        // particular error of a status (InvalidPayload under 400) never stands for the bare status.
        Arguments.of("graphql-400.json", "application/graphql-response+json", 400, PLATFORM,
            BadRequestException.class, "GRAPHQL_VALIDATION_FAILED",
            "Cannot query field \"nmae\" on type \"Bot\". Did you mean \"name\"?"),
        Arguments.of("typed.json", "application/json", 409, PLATFORM,
            RelationConflictException.class, "RelationConflict",
            "Integration int_2 belongs to bot bot_9, not bot_7Q2."),
        Arguments.of("typed-unknown.json", "application/json", 400, PLATFORM,
            BadRequestException.class, "BreakingChanges",
            "Removing the input field 'email' needs a new version of the flow."),
        Arguments.of("google-error.json", "application/json; charset=UTF-8", 404, PLATFORM,
            NotFoundException.class, "NOT_FOUND", "Workspace ws_404 was not found."),
        Arguments.of("oauth.json", "application/json", 401, HTTP,
            UnauthorizedException.class, "invalid_token", "The access token expired at 2026-01-01T00:00:00Z."),
        Arguments.of("oauth.json", "application/json", 401, PLATFORM,
            UnauthorizedException.class, "invalid_token", "The access token expired at 2026-01-01T00:00:00Z."),
        Arguments.of("message-errors.json", "application/json", 422, HTTP,
            UnprocessableContentException.class, "missing_field", "Validation Failed"),
        Arguments.of("jsonapi.json", "application/vnd.api+json", 422, PLATFORM,
            InvalidPayloadException.class, "InvalidPayload", "name must not be blank"),
        Arguments.of("field-errors.json", "application/json", 422, HTTP,
            UnprocessableContentException.class, null, "is not an email address"),
        Arguments.of("proxy-502.html", "text/html", 502, PLATFORM,
            BadGatewayException.class, null, "502 Bad Gateway"),
        Arguments.of("proxy-503.txt", "text/plain; charset=us-ascii", 503, PLATFORM,
            ServiceUnavailableException.class, null,
            "upstream connect error or disconnect/reset before headers. reset reason: overflow"),
        // Lying content types: the body's shape wins.
        Arguments.of("proxy-502.html", "application/json", 504, PLATFORM,
            GatewayTimeoutException.class, null, "502 Bad Gateway"),
        Arguments.of("typed.json", "text/html", 409, PLATFORM,
            RelationConflictException.class, "RelationConflict",
            "Integration int_2 belongs to bot bot_9, not bot_7Q2."),
        Arguments.of("typed.json", null, 409, PLATFORM,
            RelationConflictException.class, "RelationConflict",
            "Integration int_2 belongs to bot bot_9, not bot_7Q2."),
        // The catalog's pointers win over every other candidate.
        Arguments.of("pointed.json", "application/json", 409, POINTED,
            dev.errata.runtime.fixture.pointed.RelationConflictException.class, "RelationConflict",
            "Bot bot_7Q2 is linked to another workspace."),
        Arguments.of("pointed.json", "application/json", 409, PLATFORM,
            AlreadyExistsException.class, "AlreadyExists",
            "Bot bot_7Q2 is linked to another workspace."));
  }

  @ParameterizedTest(name = "{0} as {1}, {2}")
  @MethodSource("shapes")
  void decodesEveryShape(
      String fixture, String contentType, int status, ErrorDecoder decoder,
      Class<? extends CatalogException> type, String wireCode, String message) {
    byte[] body = read(fixture);

    CatalogException e = decoder.decode(status, contentType(contentType), body);

    assertThat(e).isInstanceOf(type);
    assertThat(e.getClass()).isEqualTo(type);
    assertThat(e.details().status()).isEqualTo(status);
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.details().code().orElse(null)).isEqualTo(wireCode);
    assertThat(e.details().message().orElse(null)).isEqualTo(message);
    assertThat(e.getMessage()).contains(message);
    assertThat(e.details().body()).hasValue(new String(body, StandardCharsets.UTF_8));
    assertThat(e.details().bodyTruncated()).isFalse();
  }

  @Test
  void problemMembersLandInDetails() {
    CatalogException e = PLATFORM.decode(409, contentType("application/problem+json"), read("problem.json"));

    assertThat(e.details().type()).hasValue("https://docs.example.com/errors#RelationConflict");
    assertThat(e.details().instance()).hasValue("/v1/workspaces/ws_41/bots/bot_7Q2");
    assertThat(e.details().requestId()).hasValue("req_problem_0001");
    assertThat(e.code()).isEqualTo("RelationConflict");
  }

  @Test
  void typeNameIsNotAProblemType() {
    CatalogException e = PLATFORM.decode(409, contentType("application/json"), read("typed.json"));

    assertThat(e.details().type()).isEmpty();
  }

  @Test
  void aTypeThatIsAUriIsAProblemTypeEvenInPlainJson() {
    byte[] relative = "{\"type\":\"/problems/out-of-credit\"}".getBytes(StandardCharsets.UTF_8);
    byte[] urn = "{\"type\":\"urn:problem:out-of-credit\"}".getBytes(StandardCharsets.UTF_8);

    assertThat(HTTP.decode(403, contentType("application/json"), relative).details().type())
        .hasValue("/problems/out-of-credit");
    assertThat(HTTP.decode(403, contentType("application/json"), urn).details().type())
        .hasValue("urn:problem:out-of-credit");
  }

  @Test
  void everyGraphQlErrorIsReportedWithItsPath() {
    CatalogException e =
        Responses.graphQlErrors(PLATFORM, 200, contentType("application/graphql-response+json"), read("graphql-200.json"))
            .orElseThrow();

    assertThat(e).isInstanceOf(UnauthenticatedException.class);
    assertThat(e.details().status()).isEqualTo(200);
    assertThat(e.status()).isEqualTo(401);
    assertThat(e.details().code()).hasValue("UNAUTHENTICATED");
    assertThat(e.details().message()).hasValue("You must sign in to read integration names.");
    assertThat(e.details().errors())
        .containsExactly(
            new ReportedError("UNAUTHENTICATED", "You must sign in to read integration names.",
                "bot.integrations[1].name"),
            new ReportedError("SERVICE_UNAVAILABLE", "Integration settings are temporarily unavailable.",
                "bot.integrations[1].settings"))
        .inOrder();
  }

  @Test
  void graphQlBodyWithoutErrorsIsNoError() {
    byte[] ok = "{\"data\":{\"bot\":{\"errors\":[{\"message\":\"nested, not top-level\"}]}},\"errors\":[]}"
        .getBytes(StandardCharsets.UTF_8);

    assertThat(Responses.graphQlErrors(PLATFORM, 200, null, ok)).isEmpty();
    assertThat(Responses.graphQlErrors(PLATFORM, 200, null, null)).isEmpty();
    assertThat(Responses.graphQlErrors(PLATFORM, 200, null, "<html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void graphQlErrorsAfterAHugeDataTreeAreFound() {
    StringBuilder data = new StringBuilder("{\"data\":{\"items\":[");
    for (int i = 0; i < 20_000; i++) {
      data.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"name\":\"item number ").append(i).append("\"}");
    }
    data.append("]},\"errors\":[{\"message\":\"Some items are hidden.\",\"extensions\":{\"code\":\"FORBIDDEN\"}}]}");
    byte[] body = data.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(body.length).isGreaterThan(ErrorDecoder.DEFAULT_MAX_READ_BYTES);

    CatalogException e = Responses.graphQlErrors(HTTP, 200, null, body).orElseThrow();

    assertThat(e).isInstanceOf(ForbiddenException.class);
    assertThat(e.details().bodyTruncated()).isTrue();
  }

  @Test
  void everyEntryOfAnErrorsListIsReported() {
    CatalogException listed = HTTP.decode(422, null, read("message-errors.json"));
    CatalogException byField = HTTP.decode(422, null, read("field-errors.json"));
    CatalogException jsonApi = PLATFORM.decode(422, null, read("jsonapi.json"));

    assertThat(listed.details().errors())
        .containsExactly(
            new ReportedError("missing_field", "", "name"), new ReportedError("already_exists", "", "handle"))
        .inOrder();
    assertThat(byField.details().errors())
        .containsExactly(
            new ReportedError("", "is not an email address", "email"),
            new ReportedError("", "is already taken", "email"),
            new ReportedError("", "must be a number", "age"))
        .inOrder();
    assertThat(jsonApi.details().errors())
        .containsExactly(new ReportedError("InvalidPayload", "name must not be blank", "/data/attributes/name"));
    assertThat(jsonApi.details().requestId()).isEmpty();
  }

  @Test
  void statusAloneDecidesForAnEmptyBody() {
    CatalogException e = PLATFORM.decode(404, null, new byte[0]);

    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e.details().code()).isEmpty();
    assertThat(e.details().message()).isEmpty();
    assertThat(e.details().body()).isEmpty();
  }

  @Test
  void unknownStatusFallsBackToItsCategoryThenToUnknown() {
    assertThat(PLATFORM.decode(418, null, null)).isInstanceOf(ClientErrorException.class);
    assertThat(PLATFORM.decode(599, null, null)).isInstanceOf(ServerErrorException.class);
    CatalogException unknown = PLATFORM.decode(302, null, null);
    assertThat(unknown.getClass()).isEqualTo(CatalogException.class);
    assertThat(unknown.definition().kind()).isEqualTo(dev.errata.ErrorDefinition.Kind.UNKNOWN);
  }

  @Test
  void bodyStatusDecidesWhenTheHttpStatusIsNotAnError() {
    byte[] body = "{\"status\":404,\"title\":\"Not Found\"}".getBytes(StandardCharsets.UTF_8);

    CatalogException e = PLATFORM.decode(200, null, body);

    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e.details().status()).isEqualTo(200);
  }

  @Test
  void requestIdHeadersWinOverTheBody() {
    CatalogException e =
        PLATFORM.decode(
            409,
            java.util.Map.of(
                "traceparent", List.of("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"),
                "x-correlation-id", List.of("corr-7")),
            read("problem.json"));
    CatalogException traced =
        PLATFORM.decode(
            500,
            java.util.Map.of("traceparent", List.of("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")),
            null);

    assertThat(e.details().requestId()).hasValue("corr-7");
    assertThat(e.getMessage()).contains("[request corr-7]");
    assertThat(traced.details().requestId()).hasValue("4bf92f3577b34da6a3ce929d0e0e4736");
  }

  @Test
  void theFirstRequestIdHeaderOfASourceWinsAndAnIdOfUpTo200CharactersIsKept() {
    String longest = "r".repeat(200);

    assertThat(HTTP.decode(500, Map.of("X-Request-Id", List.of("first", "second")), null).details().requestId())
        .hasValue("first");
    assertThat(HTTP.decode(500, Map.of("X-Request-Id", List.of(longest)), null).details().requestId()).hasValue(longest);
    assertThat(HTTP.decode(500, Map.of("X-Request-Id", List.of(longest + "r")), null).details().requestId()).isEmpty();
  }

  @Test
  void numericCodeOutsideTheStatusRangeIsAWireCode() {
    byte[] body = "{\"errors\":[{\"code\":88,\"message\":\"Rate limit exceeded\"}],\"code\":88}"
        .getBytes(StandardCharsets.UTF_8);

    CatalogException e = HTTP.decode(429, null, body);

    assertThat(e.details().code()).hasValue("88");
    assertThat(e).isInstanceOf(TooManyRequestsException.class);
  }

  @Test
  void aNumericCodeFrom100To599OnlyRepeatsAStatus() {
    assertThat(HTTP.decode(429, null, "{\"code\":99}".getBytes(StandardCharsets.UTF_8)).details().code()).hasValue("99");
    assertThat(HTTP.decode(429, null, "{\"code\":100}".getBytes(StandardCharsets.UTF_8)).details().code()).isEmpty();
    assertThat(HTTP.decode(429, null, "{\"code\":599}".getBytes(StandardCharsets.UTF_8)).details().code()).isEmpty();
    assertThat(HTTP.decode(429, null, "{\"code\":600}".getBytes(StandardCharsets.UTF_8)).details().code()).hasValue("600");
    assertThat(HTTP.decode(429, null, "{\"error\":{\"code\":600}}".getBytes(StandardCharsets.UTF_8)).details().code())
        .hasValue("600");
  }

  @Test
  void keptBodyIsCappedAndMarkedTruncated() {
    ErrorDecoder small = ErrorDecoder.builder(TestCatalogs.PLATFORM).maxKeptBodyBytes(40).build();

    CatalogException e = small.decode(409, null, read("problem.json"));

    assertThat(e).isInstanceOf(RelationConflictException.class);
    assertThat(e.details().body().orElseThrow()).hasLength(40);
    assertThat(e.details().bodyTruncated()).isTrue();
    assertThat(ErrorDecoder.builder(TestCatalogs.PLATFORM).maxKeptBodyBytes(0).build()
        .decode(409, null, read("problem.json")).details().body()).isEmpty();
  }

  @Test
  void stackTracesCanBeSkipped() {
    ErrorDecoder fast = ErrorDecoder.builder(TestCatalogs.PLATFORM).captureStackTraces(false).build();

    assertThat(fast.decode(404, null, null).getStackTrace()).isEmpty();
    assertThat(PLATFORM.decode(404, null, null).getStackTrace()).isNotEmpty();
  }

  @Test
  void everyEntryPointDecodesACodeOfTheCatalogOrOfItsParent() throws Exception {
    byte[] graphQl = "{\"errors\":[{\"message\":\"no\",\"extensions\":{\"code\":\"RelationConflict\"}}]}"
        .getBytes(StandardCharsets.UTF_8);
    assertThat(PLATFORM.decode(409, null, read("problem.json"))).isInstanceOf(RelationConflictException.class);
    assertThat(PLATFORM.decode(Responses.stream(409, null, new java.io.ByteArrayInputStream(read("problem.json")), -1)))
        .isInstanceOf(RelationConflictException.class);
    assertThat(Responses.graphQlErrors(PLATFORM, 200, null, graphQl).orElseThrow()).isInstanceOf(RelationConflictException.class);
    // Known to the parent catalog only.
    assertThat(PLATFORM.decode(504, null, null)).isInstanceOf(GatewayTimeoutException.class);
  }

  @Test
  void typeCodeTakesTheFragmentOrLastSegment() {
    assertThat(ErrorDecoder.typeCode("https://docs.example.com/errors#RelationConflict")).isEqualTo("RelationConflict");
    assertThat(ErrorDecoder.typeCode("https://example.com/probs/out-of-credit/")).isEqualTo("out-of-credit");
    assertThat(ErrorDecoder.typeCode("/problems/RateLimited?x=1")).isEqualTo("RateLimited");
    assertThat(ErrorDecoder.typeCode("urn:problem:quota-exceeded")).isEqualTo("quota-exceeded");
    assertThat(ErrorDecoder.typeCode("RelationConflict")).isEqualTo("RelationConflict");
    assertThat(ErrorDecoder.typeCode("about:blank")).isNull();
    assertThat(ErrorDecoder.typeCode("https://example.com/#")).isNull();
    assertThat(ErrorDecoder.typeCode("")).isNull();
  }

  @Test
  void typeCodeOfAReferenceWithoutAPathIsTheFragmentOrNothing() {
    assertThat(ErrorDecoder.typeCode("#RelationConflict")).isEqualTo("RelationConflict");
    assertThat(ErrorDecoder.typeCode("/")).isNull();
    assertThat(ErrorDecoder.typeCode("///")).isNull();
    assertThat(ErrorDecoder.typeCode("?page=2")).isNull();
    assertThat(ErrorDecoder.typeCode("urn:")).isNull();
  }

  @Test
  void decodesFromAStreamReadingNoMoreThanTheMaximum() {
    ErrorDecoder decoder = ErrorDecoder.builder(TestCatalogs.PLATFORM).maxReadBytes(1024).build();
    java.util.concurrent.atomic.AtomicLong served = new java.util.concurrent.atomic.AtomicLong();
    java.io.InputStream endless = new java.io.InputStream() {
      @Override
      public int read() {
        served.incrementAndGet();
        return ' ';
      }
    };

    CatalogException e = decoder.decode(ResponseView.of(503, null, endless));

    assertThat(e).isInstanceOf(ServiceUnavailableException.class);
    assertThat(served.get()).isAtMost(1025);
    Catalog catalog = decoder.catalog();
    assertThat(catalog).isSameInstanceAs(TestCatalogs.PLATFORM);
  }

  @Test
  void streamOfStatedLengthIsReadWholeWhenItGoesOnPastThatLength() {
    // A decompressing client can keep the compressed Content-Length: the length sizes the read,
    // it does not cut the body.
    ErrorDecoder decoder = ErrorDecoder.builder(TestCatalogs.PLATFORM).maxReadBytes(1024).build();
    String json = "{\"type\":\"RelationConflict\",\"message\":\"linked elsewhere\"}";
    java.io.ByteArrayInputStream stream = new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));

    CatalogException e = decoder.decode(Responses.stream(409, null, stream, 12));

    assertThat(e).isInstanceOf(RelationConflictException.class);
    assertThat(e.details().body()).hasValue(json);
    assertThat(e.details().bodyTruncated()).isFalse();
  }

  @Test
  void contentLengthHeaderSizesTheReadAndAWrongOneLosesNothing() {
    ErrorDecoder decoder = ErrorDecoder.builder(TestCatalogs.PLATFORM).maxReadBytes(1024).build();
    String json = "{\"type\":\"RelationConflict\",\"message\":\"linked elsewhere\"}";
    int length = json.getBytes(StandardCharsets.UTF_8).length;
    for (String stated : List.of(Integer.toString(length), " " + length + " ", "0", "3", "4096", "-5", "12abc", "", "99999999999999999999")) {
      CountingStream stream = new CountingStream(json.getBytes(StandardCharsets.UTF_8));

      CatalogException e = decoder.decode(ResponseView.of(409, Map.of("content-length", List.of(stated)), stream));

      assertThat(e).isInstanceOf(RelationConflictException.class);
      assertThat(e.details().body()).hasValue(json);
      assertThat(e.details().message()).hasValue("linked elsewhere");
      assertThat(stream.available()).isEqualTo(0);
    }
  }

  @Test
  void honestContentLengthReadsTheBodyInOnePassThatFindsItsEnd() {
    ErrorDecoder decoder = ErrorDecoder.builder(TestCatalogs.PLATFORM).maxReadBytes(1024).build();
    byte[] json = "{\"type\":\"RelationConflict\"}".getBytes(StandardCharsets.UTF_8);
    CountingStream stream = new CountingStream(json);

    decoder.decode(ResponseView.of(409, Map.of("Content-Length", List.of(Integer.toString(json.length))), stream));

    // One read fills the array of the stated size, one more finds the end: no read buffer.
    assertThat(stream.reads).isEqualTo(2);
  }

  @Test
  void streamOfUnknownLengthIsReadWholeHoweverItsReadsAreCut() {
    // A chunked or HTTP/2 body without Content-Length: the first buffer is small and grows.
    // The type comes last, so the exception is typed only when every byte was read.
    for (int padding : new int[] {0, 900, 1000, 5_000, 70_000}) {
      for (int chunk : new int[] {1, 100, 8192}) {
        String json = "{\"padding\":\"" + "x".repeat(padding) + "\",\"message\":\"linked elsewhere\","
            + "\"type\":\"RelationConflict\"}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ChunkedStream stream = new ChunkedStream(bytes, chunk);

        CatalogException e = PLATFORM.decode(ResponseView.of(409, Map.of("Content-Type", List.of("application/json")), stream));

        assertThat(e).isInstanceOf(RelationConflictException.class);
        assertThat(e.details().message()).hasValue("linked elsewhere");
        assertThat(e.details().bodyTruncated()).isEqualTo(bytes.length > ErrorDecoder.DEFAULT_MAX_KEPT_BODY_BYTES);
        assertThat(stream.available()).isEqualTo(0);
      }
    }
  }

  /** A body stream that hands over at most {@code chunk} bytes per read, as a network stream may. */
  private static final class ChunkedStream extends java.io.ByteArrayInputStream {
    private final int chunk;

    ChunkedStream(byte[] bytes, int chunk) {
      super(bytes);
      this.chunk = chunk;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      return super.read(b, off, Math.min(len, chunk));
    }
  }

  /** A body stream that counts its read calls. */
  private static final class CountingStream extends java.io.ByteArrayInputStream {
    int reads;

    CountingStream(byte[] bytes) {
      super(bytes);
    }

    @Override
    public synchronized int read() {
      reads++;
      return super.read();
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      reads++;
      return super.read(b, off, len);
    }
  }

  @Test
  void streamLongerThanTheMaximumOrOfUnknownLengthIsReadUpToTheMaximum() {
    ErrorDecoder decoder = ErrorDecoder.builder(TestCatalogs.PLATFORM).maxReadBytes(1024).build();
    for (long stated : new long[] {-1, 1_000_000}) {
      java.io.ByteArrayInputStream big = new java.io.ByteArrayInputStream(new byte[4096]);

      CatalogException e = decoder.decode(Responses.stream(503, null, big, stated));

      assertThat(e).isInstanceOf(ServiceUnavailableException.class);
      assertThat(big.available()).isEqualTo(4096 - 1025);
    }
  }
}
