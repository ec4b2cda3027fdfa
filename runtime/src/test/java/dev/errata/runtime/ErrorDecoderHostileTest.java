package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;
import static dev.errata.runtime.fixture.TestBodies.read;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.errata.Catalog;
import dev.errata.CatalogException;
import dev.errata.ErrorDefinition;
import dev.errata.ErrorDetails;
import dev.errata.http.ConflictException;
import dev.errata.http.NotFoundException;
import dev.errata.http.ServiceUnavailableException;
import dev.errata.runtime.fixture.TestCatalogs;
import dev.errata.runtime.fixture.platform.RelationConflictException;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs meant to break a decoder: it must answer with a catalog exception, never throw. */
class ErrorDecoderHostileTest {

  private static final ErrorDecoder DECODER = ErrorDecoder.builder(TestCatalogs.PLATFORM).build();

  private static byte[] utf8(String s) {
    return s.getBytes(UTF_8);
  }

  static Stream<Arguments> brokenJson() {
    return Stream.of(
        Arguments.of("truncated after the code", "{\"code\":\"NOT_FOUND\",\"message\":\"Bot bot_1 is", "NOT_FOUND"),
        Arguments.of("garbage after the code", "{\"code\":\"NOT_FOUND\", ]]]] nope", "NOT_FOUND"),
        Arguments.of("missing comma", "{\"code\":\"NOT_FOUND\" \"message\":\"x\"}", "NOT_FOUND"),
        Arguments.of("single quotes", "{'code':'RelationConflict'}", null),
        Arguments.of("unquoted names", "{code:\"RelationConflict\"}", null),
        Arguments.of("trailing comma", "{\"code\":\"NOT_FOUND\",}", "NOT_FOUND"),
        Arguments.of("only a brace", "{", null),
        Arguments.of("root array", "[{\"code\":\"RelationConflict\"}]", null),
        Arguments.of("root string", "\"RelationConflict\"", null),
        Arguments.of("NaN", "{\"code\":NaN}", null),
        Arguments.of("control chars in strings", "{\"code\":\"NOT\u0001FOUND\"}", null),
        Arguments.of("two documents", "{\"code\":\"NOT_FOUND\"}{\"code\":\"RelationConflict\"}", "NOT_FOUND"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenJson")
  void brokenJsonKeepsWhatWasReadBeforeTheBreak(String name, String body, String code) {
    CatalogException e = DECODER.decode(404, Map.of(), utf8(body));

    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e.details().code().orElse(null)).isEqualTo(code);
    assertThat(e.details().body()).hasValue(body);
  }

  static Stream<Arguments> wrongTypes() {
    return Stream.of(
        "{\"code\":{\"value\":\"RelationConflict\"},\"message\":[\"a\",\"b\"]}",
        "{\"code\":[\"RelationConflict\"],\"type\":7,\"title\":false,\"detail\":null}",
        "{\"code\":true,\"status\":\"conflict\",\"instance\":{}}",
        "{\"code\":1.5e300,\"status\":40900000000000000000}",
        "{\"code\":-409,\"status\":-1}",
        "{\"errors\":\"RelationConflict\"}",
        "{\"errors\":409}",
        "{\"errors\":[null,1,true,[[\"x\"]],{\"extensions\":[\"code\"],\"path\":{\"a\":1},\"message\":{}}]}",
        "{\"error\":[\"RelationConflict\"],\"error_description\":{\"text\":\"x\"}}",
        "{\"error\":{\"code\":{},\"status\":[],\"message\":12}}",
        "{\"requestId\":{\"id\":1},\"traceId\":[1]}",
        "{\"errors\":{\"field\":{\"nested\":[\"deep\"]},\"other\":[1,{\"a\":\"b\"}]}}")
        .map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("wrongTypes")
  void wrongMemberTypesAreIgnored(String body) {
    CatalogException e = DECODER.decode(409, Map.of(), utf8(body));

    // 409 is shared by two platform codes, so the status alone resolves to HTTP CONFLICT.
    assertThat(e.getClass()).isEqualTo(ConflictException.class);
    assertThat(e.getMessage()).isNotEmpty();
    assertThat(e.toString()).isNotEmpty();
  }

  @Test
  @Timeout(10)
  void deepNestingIsRefusedEarly() {
    String open = "[".repeat(200_000);
    String objects = "{\"a\":".repeat(100_000);

    CatalogException arrays = DECODER.decode(404, Map.of(), utf8("{\"code\":\"RelationConflict\",\"x\":" + open));
    CatalogException nested = DECODER.decode(404, Map.of(), utf8(objects + "1" + "}".repeat(100_000)));
    CatalogException inErrors = DECODER.decode(
        404, Map.of(), utf8("{\"errors\":[{\"message\":\"first\",\"extensions\":" + objects));

    assertThat(arrays).isInstanceOf(RelationConflictException.class);
    assertThat(nested).isInstanceOf(NotFoundException.class);
    assertThat(inErrors).isInstanceOf(NotFoundException.class);
    assertThat(inErrors.details().message()).isEmpty(); // the entry never closed
  }

  @Test
  @Timeout(10)
  void hugeStringsAreRefusedWithoutLosingWhatCameFirst() {
    String huge = "x".repeat(5 * 1024 * 1024);
    CatalogException message = DECODER.decode(
        404, Map.of(), utf8("{\"code\":\"RelationConflict\",\"message\":\"" + huge + "\"}"));
    CatalogException name = DECODER.decode(
        404, Map.of(), utf8("{\"code\":\"RelationConflict\",\"" + huge + "\":1}"));
    CatalogException number = DECODER.decode(
        404, Map.of(), utf8("{\"code\":\"RelationConflict\",\"status\":" + "9".repeat(10_000) + "}"));
    CatalogException skipped = DECODER.decode(
        404, Map.of(), utf8("{\"ignored\":\"" + "y".repeat(100_000) + "\",\"code\":\"RelationConflict\"}"));

    for (CatalogException e : List.of(message, name, number, skipped)) {
      assertThat(e).isInstanceOf(RelationConflictException.class);
      assertThat(e.details().body().orElseThrow().length()).isAtMost(ErrorDecoder.DEFAULT_MAX_KEPT_BODY_BYTES);
      assertThat(e.details().bodyTruncated()).isTrue();
    }
    assertThat(message.details().message()).isEmpty();
  }

  @Test
  void longValuesAreCutInDetails() {
    String longMessage = "m".repeat(3000);
    CatalogException e = DECODER.decode(404, Map.of(), utf8("{\"message\":\"" + longMessage + "\"}"));

    assertThat(e.details().message().orElseThrow()).hasLength(ScannedBody.MAX_VALUE_LENGTH + 1);
    assertThat(e.details().message().orElseThrow()).endsWith("…");
  }

  @Test
  void manyErrorsAreCountedButOnlySomeKept() {
    StringBuilder body = new StringBuilder("{\"errors\":[");
    for (int i = 0; i < 10_000; i++) {
      body.append(i == 0 ? "" : ",").append("{\"message\":\"error ").append(i).append("\"}");
    }
    CatalogException e = DECODER.decode(400, Map.of(), utf8(body.append("]}").toString()));

    assertThat(e.details().errors()).hasSize(ScannedBody.MAX_ERRORS);
    assertThat(e.details().message()).hasValue("error 0");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "c328",          // 0xC3 then '(' : broken two-byte sequence
    "e28228",        // broken three-byte sequence
    "f0908c28",      // broken four-byte sequence
    "c0af",          // overlong '/'
    "eda080",        // UTF-16 surrogate encoded in UTF-8
    "ff",            // never valid
  })
  void invalidUtf8NeverThrows(String hex) {
    byte[] bad = java.util.HexFormat.of().parseHex(hex);
    byte[] inMessage = concat(utf8("{\"code\":\"RelationConflict\",\"message\":\"a"), bad, utf8("b\"}"));
    byte[] inCode = concat(utf8("{\"code\":\""), bad, utf8("\"}"));
    byte[] asText = concat(utf8("upstream "), bad, utf8(" failed"));

    CatalogException message = DECODER.decode(409, Map.of(), inMessage);
    CatalogException code = DECODER.decode(404, Map.of(), inCode);
    CatalogException text = DECODER.decode(404, Map.of("Content-Type", List.of("text/plain")), asText);

    assertThat(message).isInstanceOf(RelationConflictException.class);
    assertThat(code).isInstanceOf(NotFoundException.class);
    assertThat(text).isInstanceOf(NotFoundException.class);
    assertThat(text.details().message()).isEmpty(); // garbage never becomes a message
    assertThat(text.details().body().orElseThrow()).contains("\uFFFD");
  }

  @Test
  @Timeout(10)
  void tenMegabyteBodyIsReadOnlyUpToTheMaximum() {
    byte[] body = new byte[10 * 1024 * 1024];
    Arrays.fill(body, (byte) ' ');
    byte[] head = utf8("{\"code\":\"RelationConflict\",\"padding\":\"");
    System.arraycopy(head, 0, body, 0, head.length);
    byte[] tail = utf8("\",\"message\":\"at the very end\"}");
    System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
    byte[] random = new byte[10 * 1024 * 1024];
    new SplittableRandom(42).nextBytes(random);

    CatalogException json = DECODER.decode(409, Map.of(), body);
    CatalogException noise = DECODER.decode(503, Map.of(), random);

    assertThat(json).isInstanceOf(RelationConflictException.class);
    assertThat(json.details().message()).isEmpty(); // beyond what is read
    assertThat(json.details().body().orElseThrow().length()).isAtMost(ErrorDecoder.DEFAULT_MAX_KEPT_BODY_BYTES);
    assertThat(json.details().bodyTruncated()).isTrue();
    assertThat(noise).isInstanceOf(ServiceUnavailableException.class);
    assertThat(noise.details().bodyTruncated()).isTrue();
  }

  @Test
  void oddHeadersAndBodiesNeverThrow() {
    Map<String, List<String>> odd = new HashMap<>();
    odd.put(null, List.of("HTTP/1.1 404 Not Found"));
    odd.put("X-Empty", List.of());
    odd.put("X-Null", null);
    odd.put("Content-Type", Arrays.asList((String) null));
    odd.put("Retry-After", List.of("soon"));
    odd.put("X-Request-Id", List.of("   "));
    odd.put("traceparent", List.of("garbage"));
    odd.put("", List.of("empty name"));

    for (byte[] body : Arrays.asList(null, new byte[0], utf8("   \r\n\t "), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
      for (Map<String, List<String>> headers : Arrays.asList(null, Map.<String, List<String>>of(), odd)) {
        CatalogException e = DECODER.decode(404, headers, body);
        assertThat(e).isInstanceOf(NotFoundException.class);
        assertThat(e.details().retryAfter()).isEmpty();
        assertThat(e.details().requestId()).isEmpty();
        assertThat(e.details().message()).isEmpty();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 100, 200, 304, 399, 600, 999, Integer.MAX_VALUE})
  void anyStatusYieldsAnException(int status) {
    CatalogException e = DECODER.decode(status, Map.of(), read("problem.json"));

    assertThat(e).isInstanceOf(RelationConflictException.class); // the code decides
    CatalogException bare = DECODER.decode(status, Map.of(), null);
    assertThat(bare.details().status()).isEqualTo(status);
    assertThat(bare.definition().catalog()).isAnyOf("Acme Platform", "HTTP");
  }

  @Test
  void everyTruncationOfEveryFixtureDecodes() {
    for (String fixture : List.of("problem.json", "graphql-200.json", "google-error.json", "jsonapi.json",
        "field-errors.json", "typed.json", "proxy-502.html")) {
      byte[] full = read(fixture);
      for (int n = 0; n <= full.length; n++) {
        byte[] cut = Arrays.copyOf(full, n);
        CatalogException e = DECODER.decode(409, null, cut);
        assertThat(e.details().status()).isEqualTo(409);
        assertThat(e.details().body().orElse("")).hasLength(new String(cut, UTF_8).length());
        assertOnlyWithErrors(Responses.graphQlErrors(DECODER, 200, null, cut), cut);
      }
    }
  }

  @Test
  void randomMutationsNeverThrow() {
    SplittableRandom random = new SplittableRandom(7);
    List<byte[]> seeds = new ArrayList<>();
    for (String fixture : List.of("problem.json", "graphql-200.json", "google-error.json", "jsonapi.json",
        "message-errors.json", "oauth.json", "typed.json")) {
      seeds.add(read(fixture));
    }
    for (int i = 0; i < 20_000; i++) {
      byte[] body = seeds.get(random.nextInt(seeds.size())).clone();
      int flips = 1 + random.nextInt(8);
      for (int f = 0; f < flips; f++) {
        body[random.nextInt(body.length)] = (byte) random.nextInt(256);
      }
      int status = 400 + random.nextInt(200);
      CatalogException e = DECODER.decode(status, null, body);
      assertThat(e.details().status()).isEqualTo(status);
      assertOnlyWithErrors(Responses.graphQlErrors(DECODER, 200, null, body), body);
    }
  }

  @Test
  void aBrokenCatalogStillYieldsAnUnknownError() {
    ErrorDecoder decoder = ErrorDecoder.builder(new BrokenCatalog()).build();

    CatalogException e = decoder.decode(404, Map.of(), read("problem.json"));

    assertThat(e.getClass()).isEqualTo(CatalogException.class);
    assertThat(e.definition().kind()).isEqualTo(ErrorDefinition.Kind.UNKNOWN);
    assertThat(e.details().status()).isEqualTo(404);
  }

  @Test
  void aMalformedCatalogPointerIsIgnored() {
    assertThat(PointerPath.parse("type")).isNull();
    assertThat(PointerPath.parse("")).isNull();
    assertThat(PointerPath.parse("/a~2b")).isNull();
    // A well-formed one is followed: PrecedenceTest.escapedPointerTokensAndArrayIndexesAreFollowed.
  }

  /** GraphQL errors are reported only for a body with an errors member, and say so. */
  private static void assertOnlyWithErrors(Optional<CatalogException> graphQl, byte[] body) {
    graphQl.ifPresent(e -> {
      assertThat(new String(body, UTF_8)).contains("\"errors\"");
      assertThat(e.details().status()).isEqualTo(200);
    });
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void retryAfterGarbageIsIgnoredButValidValuesAreKept() {
    CatalogException e = DECODER.decode(503, Map.of("retry-after", List.of("120")), null);
    assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(120));
  }
}
