package dev.errata.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.errata.CatalogException;
import dev.errata.ErrorDetails;
import dev.errata.MemberDefinition;
import dev.errata.MemberValues;
import dev.errata.ReportedError;
import dev.errata.runtime.fixture.TestBodies;
import dev.errata.runtime.fixture.TestCatalogs;
import dev.errata.runtime.fixture.members.MemberError;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Coverage-guided fuzzing of {@link ErrorDecoder}: status, headers and body all come from the
 * fuzzer (see {@link FuzzedResponse} for the layout). For any input the decoder must return a
 * typed exception of its catalog, never throw and never return {@code null}, keep what it was
 * given within its documented caps, and show nothing of a credential header's value: the
 * response is decoded under two different secrets, and everything the two exceptions show must
 * be the same. The members a definition declares are read as JSON values, and only those; every
 * typed read of them takes any value without throwing.
 *
 * <p>Without {@code JAZZER_FUZZ} this replays the committed corpus as a regression test; see
 * docs/fuzzing.md for a fuzzing run.
 */
class DecoderFuzzTest {

  private static final String SECRET_A = "sk_live_FUZZSECRETa1";
  private static final String SECRET_B = "sk_live_FUZZSECRETb2";
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  /** The decoders an input can pick, and how much body each keeps. */
  private static final List<ErrorDecoder> DECODERS =
      List.of(
          ErrorDecoder.builder(TestCatalogs.PLATFORM).clock(CLOCK).captureStackTraces(false).build(),
          ErrorDecoder.builder(TestCatalogs.POINTED).clock(CLOCK).captureStackTraces(false).build(),
          ErrorDecoder.builder(TestCatalogs.HTTP)
              .maxReadBytes(512)
              .maxKeptBodyBytes(64)
              .maxNestingDepth(4)
              .maxStringLength(256)
              .redactHeaders("X-Internal-Route")
              .clock(CLOCK)
              .captureStackTraces(false)
              .build(),
          ErrorDecoder.builder(TestCatalogs.PLATFORM).maxKeptBodyBytes(0).clock(CLOCK).captureStackTraces(false).build(),
          ErrorDecoder.builder(TestCatalogs.MEMBERS).clock(CLOCK).captureStackTraces(false).build());
  private static final int[] KEPT_BODY_BYTES = {
    ErrorDecoder.DEFAULT_MAX_KEPT_BODY_BYTES, ErrorDecoder.DEFAULT_MAX_KEPT_BODY_BYTES, 64, 0, ErrorDecoder.DEFAULT_MAX_KEPT_BODY_BYTES
  };

  private static final int MAX_KEPT_VALUE = ScannedBody.MAX_VALUE_LENGTH + 1; // with the "…"

  @DictionaryEntries({
    "{\"", "\":\"", "\":", "\",\"", "\"}", "}}", "[{", "}]", "\\u", "\\ud800", "<title>", "</title>", "<h1>",
    "\"code\"", "\"errorCode\"", "\"error_code\"", "\"type\"", "\"title\"", "\"status\"", "\"detail\"",
    "\"instance\"", "\"message\"", "\"error\"", "\"error_description\"", "\"errors\"", "\"extensions\"",
    "\"path\"", "\"field\"", "\"source\"", "\"pointer\"", "\"parameter\"", "\"requestId\"", "\"trace_id\"",
    "\"data\"", "about:blank", "RelationConflict", "RateLimited", "NOT_FOUND", "UNAUTHENTICATED",
    "application/problem+json", "text/html", "; charset=", "UTF-16", "GMT",
    "\"decline_code\"", "\"param\"", "\"remaining\"", "\"reset_at\"", "\"windows\"", "\"links\"", "card_declined",
    "expired_card", "quota_exceeded", "2026-03-01T00:00:00Z", "+01:00", "1099511627776", "1e400"
  })
  @FuzzTest(maxDuration = "10m")
  void decode(FuzzedDataProvider data) {
    FuzzedResponse r = FuzzedResponse.read(data, DECODERS.size());
    ErrorDecoder decoder = DECODERS.get(r.decoder);
    Map<String, List<String>> headers = r.headers(SECRET_A, decoder.redactor());
    Map<String, List<String>> otherSecret = r.headers(SECRET_B, decoder.redactor());

    CatalogException a = decoder.decode(r.status, headers, r.body);
    CatalogException b = decoder.decode(r.status, otherSecret, r.body);

    assertTyped(a, r, headers, decoder);
    assertMembers(a);
    assertShowsNoSecret(a, b);

    CatalogException streamed = decoder.decode(ResponseView.of(r.status, headers, new ByteArrayInputStream(r.body)));
    assertEquals(a.getClass(), streamed.getClass(), "a stream body resolves like a byte array");
    assertEquals(a.details(), streamed.details(), "a stream body reads what a byte array reads");

    Optional<CatalogException> graphQl = Responses.graphQlErrors(decoder, r.status, headers, r.body);
    Optional<CatalogException> graphQlOther = Responses.graphQlErrors(decoder, r.status, otherSecret, r.body);
    assertNotNull(graphQl, "reading GraphQL errors returned null");
    assertEquals(graphQl.isPresent(), graphQlOther.isPresent());
    if (graphQl.isPresent()) {
      assertShowsNoSecret(graphQl.get(), graphQlOther.get());
    }
  }

  private static void assertTyped(
      CatalogException e, FuzzedResponse r, Map<String, List<String>> headers, ErrorDecoder decoder) {
    assertNotNull(e, "decode returned null");
    assertNotNull(e.definition());
    ErrorDetails d = e.details();
    assertEquals(r.status, d.status(), "the status as given");
    int kept = KEPT_BODY_BYTES[DECODERS.indexOf(decoder)];
    if (r.body.length > 0 && kept > 0) {
      // A decode that failed inside would fall back to a bare status exception without the body.
      assertTrue(d.body().isPresent(), "the body was lost");
      assertTrue(d.body().get().length() <= kept, "body longer than the cap: " + d.body().get().length());
      assertEquals(r.body.length > kept, d.bodyTruncated(), "bodyTruncated");
    } else {
      assertTrue(d.body().isEmpty(), "a body where none is kept");
    }
    if (headers != null) {
      for (Map.Entry<String, List<String>> h : headers.entrySet()) {
        if (h.getKey() == null || h.getValue() == null) {
          continue;
        }
        List<String> values = d.headers().get(h.getKey());
        assertNotNull(values, () -> "header lost: " + h.getKey());
        if (decoder.redactor().isSensitive(h.getKey())) {
          assertTrue(values.stream().allMatch(HeaderRedactor.REDACTED::equals), () -> "not redacted: " + h.getKey());
        }
      }
    }
    assertAtMost(MAX_KEPT_VALUE, d.code(), "code");
    assertAtMost(MAX_KEPT_VALUE, d.message(), "message");
    assertAtMost(MAX_KEPT_VALUE, d.requestId(), "requestId");
    assertAtMost(MAX_KEPT_VALUE, d.type(), "type");
    assertAtMost(MAX_KEPT_VALUE, d.instance(), "instance");
    assertTrue(d.errors().size() <= ScannedBody.MAX_ERRORS, "too many errors kept");
    for (ReportedError error : d.errors()) {
      assertAtMost(MAX_KEPT_VALUE, Optional.of(error.code()), "error code");
      assertAtMost(MAX_KEPT_VALUE, Optional.of(error.message()), "error message");
      assertAtMost(MAX_KEPT_VALUE, Optional.of(error.path()), "error path");
    }
  }

  /**
   * Only the members the definition declares, as JSON values, each of which every typed read
   * takes without throwing: a wrong type or range reads as empty, never as a failure.
   */
  private static void assertMembers(CatalogException e) {
    Set<String> declared = e.definition().members().stream().map(MemberDefinition::name).collect(Collectors.toSet());
    Map<String, Object> members = e.details().members();
    assertTrue(declared.containsAll(members.keySet()), () -> "undeclared members " + members.keySet() + " of " + e.code());
    for (Map.Entry<String, Object> member : members.entrySet()) {
      assertTrue(isJsonValue(member.getValue(), true), () -> "not a JSON value: " + member);
    }
    ErrorDetails d = e.details();
    for (String name : declared) {
      MemberValues.string(d, name);
      MemberValues.integer(d, name);
      MemberValues.longInteger(d, name);
      MemberValues.bool(d, name);
      MemberValues.decimal(d, name);
      MemberValues.instant(d, name);
      MemberValues.offsetDateTime(d, name);
      MemberValues.uri(d, name);
      MemberValues.enumValue(d, name, MemberError.Reason.class);
      MemberValues.integers(d, name);
      MemberValues.longIntegers(d, name);
      MemberValues.decimals(d, name);
      MemberValues.instants(d, name);
      MemberValues.offsetDateTimes(d, name);
      MemberValues.uris(d, name);
      MemberValues.enumValues(d, name, MemberError.Reason.class);
    }
  }

  private static boolean isJsonValue(Object value, boolean listAllowed) {
    if (value instanceof List<?> list) {
      return listAllowed && list.stream().allMatch(element -> isJsonValue(element, false));
    }
    return value instanceof String || value instanceof Boolean || value instanceof Long || value instanceof BigInteger
        || value instanceof BigDecimal;
  }

  private static void assertAtMost(int max, Optional<String> value, String what) {
    value.ifPresent(v -> assertTrue(v.length() <= max, () -> what + " is " + v.length() + " chars long"));
  }

  /** Decoded under secret A and under secret B, the same response must show the same things. */
  private static void assertShowsNoSecret(CatalogException a, CatalogException b) {
    Map<String, String> shownA = VisibleOutputs.of(a);
    Map<String, String> shownB = VisibleOutputs.of(b);
    String leak = VisibleOutputs.holding(shownA, SECRET_A);
    if (leak != null && VisibleOutputs.holding(shownB, SECRET_A) == null) {
      fail("a credential header's value shows in " + leak + ": " + shownA.get(leak));
    }
    assertEquals(shownA, shownB, "a credential header's value changed what the exception shows");
  }

  /** Real responses: each body fixture, and the demo's formats with the headers servers send. */
  static void writeSeeds(Path resources) {
    int n = DECODERS.size();
    for (String fixture : List.of("problem.json", "problem-about-blank.json", "problem-type-only.json",
        "graphql-200.json", "graphql-400.json", "google-error.json", "jsonapi.json", "field-errors.json",
        "message-errors.json", "oauth.json", "pointed.json", "typed.json", "typed-unknown.json",
        "proxy-502.html", "proxy-503.txt")) {
      int decoder = fixture.startsWith("pointed") ? 1 : 0;
      int status = fixture.startsWith("graphql-200") ? 200 : fixture.startsWith("proxy-5") ? 502 : 409;
      seed(resources, fixture, FuzzSeeds.response(decoder, n, status, TestBodies.read(fixture)));
    }
    seed(resources, "problem-with-headers", FuzzSeeds.response(0, n, 429,
        utf8("{\"type\":\"https://docs.example.com/errors#RateLimited\",\"title\":\"Rate Limited\",\"status\":429}"),
        "Content-Type", "application/problem+json", "Retry-After", "Sun, 06 Nov 1994 08:49:37 GMT",
        "X-Request-Id", "req_42", "Authorization", "Bearer abc", "Set-Cookie", "sid=1"));
    seed(resources, "typed-demo", FuzzSeeds.response(0, n, 409,
        utf8("{\"code\":409,\"type\":\"RelationConflict\",\"message\":\"Bot bot_1 is linked elsewhere\"}"),
        "Content-Type", "application/json", "X-Api-Key", "key_1", "traceparent",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
    seed(resources, "graphql-demo", FuzzSeeds.response(0, n, 200,
        utf8("{\"data\":{\"runFlow\":null},\"errors\":[{\"message\":\"Flow 'triage' has no deployed version\","
            + "\"path\":[\"runFlow\",0],\"extensions\":{\"code\":\"FLOW_NOT_DEPLOYED\"}}]}"),
        "Content-Type", "application/graphql-response+json", "Cookie", "a=b"));
    seed(resources, "nested-error-demo", FuzzSeeds.response(0, n, 503,
        utf8("{\"error\":{\"status\":\"UNAVAILABLE\",\"message\":\"Reporting is warming up\"}}"),
        "Retry-After", "120", "Request-Id", "r-9"));
    seed(resources, "oauth-demo", FuzzSeeds.response(0, n, 401,
        utf8("{\"error\":\"invalid_token\",\"error_description\":\"The access token expired\"}"),
        "WWW-Authenticate", "Bearer error=\"invalid_token\"", "Proxy-Authorization", "Basic eDp5"));
    seed(resources, "html-latin1", FuzzSeeds.response(2, n, 502,
        "<html><head><title>Passerelle d\u00e9faillante</title></head></html>".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
        "Content-Type", "text/html; charset=ISO-8859-1", "X-Internal-Route", "edge-7"));
    seed(resources, "text-utf16", FuzzSeeds.response(2, n, 503,
        "upstream overloaded\n".getBytes(java.nio.charset.StandardCharsets.UTF_16),
        "Content-Type", "text/plain; charset=UTF-16"));
    seed(resources, "text-cut-in-a-character", FuzzSeeds.response(2, n, 502,
        utf8("upstream timed out reading the response header from the server \u2014 retry later")));
    seed(resources, "members-nested", FuzzSeeds.response(4, n, 402,
        utf8("{\"error\":{\"code\":\"card_declined\",\"decline_code\":\"insufficient_funds\",\"param\":\"amount\","
            + "\"message\":\"The card has insufficient funds.\"}}"),
        "Content-Type", "application/json", "Request-Id", "req_7"));
    seed(resources, "members-problem", FuzzSeeds.response(4, n, 429,
        utf8("{\"type\":\"about:blank\",\"title\":\"Quota Exceeded\",\"status\":429,\"code\":\"quota_exceeded\","
            + "\"remaining\":0,\"used\":1099511627776,\"hard\":true,\"cost\":12.50,\"reset_at\":\"2026-03-01T00:00:00Z\","
            + "\"windows\":[60,3600],\"scopes\":[\"read\"],\"reasons\":[\"EXPIRED\"],\"notices\":[\"2026-03-01T01:00:00+01:00\"]}"),
        "Content-Type", "application/problem+json", "Retry-After", "30", "Authorization", "Bearer abc"));
    seed(resources, "members-wrong-types", FuzzSeeds.response(4, n, 402,
        utf8("{\"code\":\"expired_card\",\"expiredAt\":17e8,\"reason\":[\"EXPIRED\"],\"links\":[\"a b\",{\"href\":1},null],"
            + "\"decline_code\":{\"nested\":true},\"noticedAt\":\"2026-02-30T00:00:00Z\",\"param\":123456789012345678901234567890}")));
    seed(resources, "members-cut-off", FuzzSeeds.response(4, n, 429,
        utf8("{\"code\":\"quota_exceeded\",\"remaining\":2,\"windows\":[60,36")));
    seed(resources, "escaped-surrogates", FuzzSeeds.response(0, n, 400,
        utf8("{\"code\":\"InvalidPayload\",\"message\":\"half \\ud800 of a pair\",\"instance\":\"\\udc00\"}")));
  }

  private static void seed(Path resources, String name, byte[] input) {
    FuzzSeeds.write(resources, DecoderFuzzTest.class, "decode", name.replaceFirst("\\.[a-z]+$", ""), input);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(UTF_8);
  }
}
