package dev.errata.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.errata.CatalogException;
import dev.errata.ErrorDefinition;
import dev.errata.ErrorDetails;
import dev.errata.MemberDefinition;
import dev.errata.ReportedError;
import dev.errata.runtime.fixture.TestCatalogs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Coverage-guided fuzzing of {@link ProblemRenderer}: an exception of any code or category of the
 * test catalogs (or the catch-all), carrying fuzzed details, renders as strict JSON whose members
 * say exactly what its definition and detail say; a client decoding it gets the same definition
 * and message back; and nothing from the upstream response (headers, body, wire code, request id,
 * problem type, errors list) reaches the answer: a decoded error is served as the 502 that
 * {@link UpstreamPolicy#BAD_GATEWAY} makes of it. An error the application raised serves its
 * members, but none named like the problem's own; a decoded error's members are never served.
 *
 * <p>Strings are fuzzed either as UTF-8 or as raw UTF-16 units, so that unpaired surrogates (which
 * a JSON body's escaped surrogates produce) reach the renderer too: Jackson writes them as escapes,
 * so they read back unchanged.
 */
class ProblemRendererFuzzTest {

  /** Marks every value that must never be rendered. */
  private static final String UPSTREAM = "UPSTREAMxq7";

  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final ErrorDecoder DECODER = ErrorDecoder.builder(TestCatalogs.PLATFORM).captureStackTraces(false).build();
  private static final List<ErrorDefinition> DEFINITIONS =
      Stream.concat(TestCatalogs.HTTP.definitions().stream(), TestCatalogs.PLATFORM.definitions().stream()).toList();
  private static final Set<String> MEMBERS = Set.of("type", "title", "status", "detail", "instance", "code", "remedy", "retryable");

  @FuzzTest(maxDuration = "10m")
  void render(FuzzedDataProvider data) {
    int index = data.consumeInt(0, DEFINITIONS.size());
    boolean thrownByServerCode = data.consumeBoolean();
    boolean raw = data.consumeBoolean();
    CatalogException e;
    if (thrownByServerCode && index < DEFINITIONS.size()) {
      e = withMessage(DEFINITIONS.get(index), clean(text(data, raw)));
    } else {
      ErrorDetails details = details(data, raw);
      e = index < DEFINITIONS.size()
          ? TestCatalogs.PLATFORM.create(DEFINITIONS.get(index).code(), DEFINITIONS.get(index).status(), details, false)
          : CatalogException.unknown(TestCatalogs.PLATFORM.unknownDefinition(), details, false);
    }

    e = withMembers(e, data, raw);

    ProblemResponse problem = ProblemRenderer.render(e);
    // A decoded error is served as the 502 the default policy makes of it, never as itself.
    CatalogException served = UpstreamPolicy.BAD_GATEWAY.errorToServe(e);
    assertEquals(e.fromResponse(), served != e);

    ErrorDefinition d = served.definition();
    String body = new String(problem.body(), UTF_8);
    Map<String, Object> members = parseObject(problem.body());
    Map<String, Object> extensions = new LinkedHashMap<>(members);
    extensions.keySet().removeAll(MEMBERS);
    // Only an error the application raised serves its members, and none named like Errata's own.
    Map<String, Object> expected = new LinkedHashMap<>(e.fromResponse() ? Map.of() : e.details().members());
    expected.keySet().removeAll(MemberDefinition.RESERVED_NAMES);
    assertEquals(expected, extensions, () -> "members of " + body);
    assertEquals(d.docsUrl().isEmpty() ? "about:blank" : d.docsUrl(), members.get("type"));
    assertEquals(d.title(), members.get("title"));
    assertEquals(served.status(), members.get("status"));
    assertEquals(problem.status(), served.status());
    assertEquals(served.detail().orElse(d.description()), members.get("detail"), body);
    assertEquals(served.details().instance().orElse(null), members.get("instance"));
    assertEquals(d.code(), members.get("code"));
    assertEquals(d.remedy().isEmpty() ? null : d.remedy(), members.get("remedy"));
    assertEquals(served.isRetryable(), members.get("retryable"));

    String shown = body + " " + problem.headers() + " " + problem;
    assertTrue(!shown.contains(UPSTREAM), () -> "upstream data rendered: " + shown);
    assertTrue(Set.of("Content-Type", "Retry-After").containsAll(problem.headers().keySet()), problem.headers()::toString);
    assertEquals(served.retryAfter().map(w -> List.of(Long.toString(w.toSeconds() + (w.getNano() > 0 ? 1 : 0)))).orElse(null),
        problem.headers().get("Retry-After"));

    if (d.kind() != ErrorDefinition.Kind.UNKNOWN) {
      CatalogException decoded = DECODER.decode(problem.status(), problem.headers(), problem.body());
      assertEquals(d, decoded.definition(), body);
      assertEquals(Optional.of(ScannedBody.capped(served.detail().orElse(d.description()))),
          decoded.details().message());
    }
  }

  /**
   * The exception with fuzzed members, read after everything else so that the older seeds keep
   * their meaning: for an error the application raised, members as it may set them, some named
   * like Errata's own; for a decoded one, members that carry the upstream marker.
   */
  private static CatalogException withMembers(CatalogException e, FuzzedDataProvider data, boolean raw) {
    int count = data.consumeInt(0, 3);
    if (count == 0 || e.definition().kind() == ErrorDefinition.Kind.UNKNOWN) {
      return e;
    }
    ErrorDetails.Builder details = e.fromResponse() ? e.details().toBuilder() : ErrorDetails.builder().message(e.detail().orElse(null));
    String marker = e.fromResponse() ? UPSTREAM : "";
    for (int i = 0; i < count; i++) {
      String name = data.pickValue(List.of("code", "errors", "title", "remaining", "decline_code", "")) + marker
          + clean(text(data, raw));
      Object value = data.consumeBoolean()
          ? marker + clean(text(data, raw))
          : List.of(marker + clean(text(data, raw)), marker + clean(text(data, raw)));
      details.member(name, value);
    }
    if (e.fromResponse()) {
      return TestCatalogs.PLATFORM.create(e.definition().code(), e.definition().status(), details.build(), false);
    }
    try {
      return e.getClass().getConstructor(ErrorDetails.class).newInstance(details.build());
    } catch (ReflectiveOperationException missing) {
      throw new AssertionError("generated exceptions have an (ErrorDetails) constructor", missing);
    }
  }

  /** A few exceptions as servers render them: decoded with details, thrown with a message, unknown. */
  static void writeSeeds(Path resources) {
    int last = DEFINITIONS.size();
    int conflict = DEFINITIONS.indexOf(TestCatalogs.PLATFORM.definition("RelationConflict").orElseThrow());
    int notFound = DEFINITIONS.indexOf(TestCatalogs.HTTP.definition("NOT_FOUND").orElseThrow());
    seed(resources, "decoded-with-details", decoded(new FuzzSeeds().number(conflict, 0, last), false,
        "Bot bot_1 is linked to workspace ws_2.", "/v1/bots/bot_1"));
    seed(resources, "thrown-with-message", new FuzzSeeds().number(notFound, 0, last).number(1, 0, 255)
        .number(0, 0, 255).bytes(utf8("Order 42 does not exist."), 64).finish(new byte[0]));
    seed(resources, "unknown", decoded(new FuzzSeeds().number(last, 0, last), false, "upstream said no", null));
    seed(resources, "unpaired-surrogates", decoded(new FuzzSeeds().number(conflict, 0, last), true,
        "a\uD800b\uDC00", "\uDFFF"));
    FuzzSeeds thrown = new FuzzSeeds().number(conflict, 0, last).number(1, 0, 255).number(0, 0, 255)
        .bytes(utf8("Bot bot_1 is linked elsewhere."), 64);
    seed(resources, "thrown-with-members", members(thrown, "").finish(new byte[0]));
    seed(resources, "decoded-with-members", members(decodedSeed(new FuzzSeeds().number(conflict, 0, last), false,
        "Bot bot_1 is linked elsewhere.", null), "").finish(new byte[0]));
  }

  /** Three members in {@link #withMembers}' order: one plain, one named like Errata's code, one a list. */
  private static FuzzSeeds members(FuzzSeeds s, String suffix) {
    s.number(3, 0, 3);
    s.number(3, 0, 5).bytes(utf8(suffix), 64).number(1, 0, 255).bytes(utf8("3 left"), 64);
    s.number(0, 0, 5).bytes(utf8(""), 64).number(1, 0, 255).bytes(utf8("forged"), 64);
    s.number(4, 0, 5).bytes(utf8(suffix), 64).number(0, 0, 255).bytes(utf8("insufficient_funds"), 64)
        .bytes(utf8("expired_card"), 64);
    return s;
  }

  /** Details in {@link #details}'s order; {@code raw} strings as UTF-16 units, unpaired or not. */
  private static byte[] decoded(FuzzSeeds s, boolean raw, String message, String instance) {
    return decodedSeed(s, raw, message, instance).finish(new byte[0]);
  }

  private static FuzzSeeds decodedSeed(FuzzSeeds s, boolean raw, String message, String instance) {
    s.number(0, 0, 255).number(raw ? 1 : 0, 0, 255).number(410, 0, 1001);
    for (String optional : new String[] {message, instance}) {
      s.number(optional == null ? 1 : 0, 0, 255);
      if (optional != null) {
        s.bytes(encode(optional, raw), 64);
      }
    }
    for (String upstream : new String[] {"code", "req_1", "https://up.example/problems/x", "{\"secret\":1}"}) {
      s.bytes(encode(upstream, raw), 64);
    }
    s.number(1, 0, 255).number(1, 0, 255).number(2500, 0, 1_000_000_000_000L).number(1, 0, 3);
    for (String part : new String[] {"E1", "bad field", "a.b", "Authorization", "Bearer t0ken"}) {
      if (part.equals("Authorization")) {
        s.number(1, 0, 3);
      }
      s.bytes(encode(part, raw), 64);
    }
    return s;
  }

  private static byte[] encode(String s, boolean raw) {
    if (!raw) {
      return utf8(s);
    }
    byte[] units = new byte[2 * s.length()];
    for (int i = 0; i < s.length(); i++) {
      units[2 * i] = (byte) (s.charAt(i) >> 8);
      units[2 * i + 1] = (byte) s.charAt(i);
    }
    return units;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(UTF_8);
  }

  private static void seed(Path resources, String name, byte[] input) {
    FuzzSeeds.write(resources, ProblemRendererFuzzTest.class, "render", name, input);
  }

  /** An exception as server code throws it: {@code new NotFoundException("…")}. */
  private static CatalogException withMessage(ErrorDefinition definition, String message) {
    CatalogException typed = TestCatalogs.PLATFORM.create(definition.code(), definition.status(), ErrorDetails.empty(), false);
    try {
      return typed.getClass().getConstructor(String.class).newInstance(message);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("generated exceptions have a (String message) constructor", e);
    }
  }

  /** Details as a decoder fills them; everything the renderer must not show carries the marker. */
  private static ErrorDetails details(FuzzedDataProvider data, boolean raw) {
    ErrorDetails.Builder b = ErrorDetails.builder()
        .fromResponse()
        .status(data.consumeInt(0, 1001) - 1)
        .message(optional(data, raw))
        .instance(optional(data, raw))
        .code(UPSTREAM + text(data, raw))
        .requestId(UPSTREAM + text(data, raw))
        .type(UPSTREAM + text(data, raw))
        .body(UPSTREAM + text(data, raw), data.consumeBoolean());
    if (data.consumeBoolean()) {
      b.retryAfter(Duration.ofMillis(data.consumeLong(0, 1_000_000_000_000L)));
    }
    for (int i = data.consumeInt(0, 3); i > 0; i--) {
      b.addError(new ReportedError(UPSTREAM + text(data, raw), UPSTREAM + text(data, raw), UPSTREAM + text(data, raw)));
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = data.consumeInt(0, 3); i > 0; i--) {
      headers.put(UPSTREAM + text(data, raw), List.of(UPSTREAM + text(data, raw)));
    }
    return b.headers(headers).build();
  }

  private static String optional(FuzzedDataProvider data, boolean raw) {
    return data.consumeBoolean() ? null : clean(text(data, raw));
  }

  /** Up to 64 bytes as UTF-8, or as UTF-16 units taken as they come (unpaired surrogates included). */
  private static String text(FuzzedDataProvider data, boolean raw) {
    byte[] bytes = data.consumeBytes(data.consumeInt(0, 64));
    if (!raw) {
      return new String(bytes, UTF_8);
    }
    StringBuilder s = new StringBuilder(bytes.length / 2);
    for (int i = 0; i + 1 < bytes.length; i += 2) {
      s.append((char) (((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF)));
    }
    return s.toString();
  }

  // Fuzzed values that may be rendered must not look like upstream data themselves.
  private static String clean(String s) {
    String c = s;
    while (c.contains(UPSTREAM)) {
      c = c.replace(UPSTREAM, "");
    }
    return c;
  }

  /** A strict reading of a flat JSON object: strings, ints, booleans and arrays of strings; no duplicates. */
  private static Map<String, Object> parseObject(byte[] json) {
    Map<String, Object> members = new LinkedHashMap<>();
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        fail("not an object");
      }
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        Object value = switch (t) {
          case VALUE_STRING -> p.getString();
          case VALUE_NUMBER_INT -> p.getIntValue();
          case VALUE_TRUE, VALUE_FALSE -> p.getBooleanValue();
          case START_ARRAY -> strings(p);
          default -> throw new AssertionError("unexpected " + t + " for " + name);
        };
        assertNull(members.put(name, value), () -> "duplicate member " + name);
      }
      assertEquals(JsonToken.END_OBJECT, p.currentToken());
      assertNull(p.nextToken(), "content after the object");
    }
    return members;
  }

  private static List<String> strings(JsonParser p) {
    List<String> values = new ArrayList<>();
    while (p.nextToken() == JsonToken.VALUE_STRING) {
      values.add(p.getString());
    }
    assertEquals(JsonToken.END_ARRAY, p.currentToken());
    return values;
  }
}
