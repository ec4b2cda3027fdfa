package dev.errata.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.errata.CatalogException;
import dev.errata.runtime.fixture.TestCatalogs;
import dev.errata.runtime.fixture.WithPointers;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Coverage-guided fuzzing of {@link PointerPath}, the runtime's reading of a catalog's RFC 6901
 * code and message pointers. Any string parses without throwing; a well-formed pointer (by the
 * RFC's grammar, re-implemented here as the reference) is accepted and a malformed one ignored;
 * and a decoder whose catalog declares the pointer finds a value placed exactly there in a body,
 * whatever the tokens are (escapes, empty names, digits, names the scanner knows).
 *
 * <p>Input layout: one byte from the end chooses, bit by bit, whether a digit token is an array
 * index or an object member in the body; the rest is the pointer, UTF-8.
 */
class PointerPathFuzzTest {

  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final String FOUND = "found-it";
  private static final int MAX_ARRAY_INDEX = 64;

  @FuzzTest(maxDuration = "10m")
  void parse(FuzzedDataProvider data) {
    int arrays = data.consumeInt(0, 255);
    String pointer = new String(data.consumeRemainingAsBytes(), UTF_8);

    PointerPath path = PointerPath.parse(pointer);
    List<String> tokens = referenceTokens(pointer);
    if (tokens == null || tokens.isEmpty()) {
      assertNull(path, () -> "accepted a malformed or whole-document pointer: " + pointer);
      return;
    }
    assertNotNull(path, () -> "refused a well-formed pointer: " + pointer);
    // Deeper than the decoder's nesting limit, or a name over its name limit (counted in UTF-8
    // bytes, not chars), is not found by design.
    if (tokens.size() >= ErrorDecoder.DEFAULT_MAX_NESTING_DEPTH || pointer.getBytes(UTF_8).length > 512) {
      return;
    }
    CatalogException e = ErrorDecoder.builder(new WithPointers(TestCatalogs.PLATFORM, List.of(pointer), List.of(pointer)))
        .captureStackTraces(false)
        .build()
        .decode(400, null, bodyWithValueAt(tokens, arrays));
    assertEquals(Optional.of(FOUND), e.details().code(), () -> "code pointer " + pointer);
    assertEquals(Optional.of(FOUND), e.details().message(), () -> "message pointer " + pointer);
  }

  /** The reference tokens of RFC 6901 §3-4, or null when the pointer is malformed. */
  static List<String> referenceTokens(String pointer) {
    if (pointer.isEmpty()) {
      return List.of();
    }
    if (pointer.charAt(0) != '/') {
      return null;
    }
    List<String> tokens = new ArrayList<>();
    for (String raw : pointer.substring(1).split("/", -1)) {
      for (int i = 0; i < raw.length(); i++) {
        if (raw.charAt(i) == '~' && (i + 1 == raw.length() || (raw.charAt(i + 1) != '0' && raw.charAt(i + 1) != '1'))) {
          return null;
        }
      }
      tokens.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return tokens;
  }

  /** A JSON object holding {@value #FOUND} at the tokens' position, with decoys around the way. */
  private static byte[] bodyWithValueAt(List<String> tokens, int arrays) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      boolean inArray = false;
      for (int i = 0; i < tokens.size(); i++) {
        String token = tokens.get(i);
        if (inArray) {
          for (int k = Integer.parseInt(token); k > 0; k--) {
            g.writeString("decoy");
          }
        } else {
          String decoy = token + "-decoy";
          g.writeStringProperty(decoy, "decoy");
          g.writeName(token);
        }
        if (i == tokens.size() - 1) {
          g.writeString(FOUND);
        } else {
          inArray = isIndex(tokens.get(i + 1)) && (arrays & (1 << (i % 8))) != 0;
          if (inArray) {
            g.writeStartArray();
          } else {
            g.writeStartObject();
          }
        }
      }
      for (int i = tokens.size() - 2; i >= 0; i--) {
        boolean array = isIndex(tokens.get(i + 1)) && (arrays & (1 << (i % 8))) != 0;
        if (array) {
          g.writeEndArray();
        } else {
          g.writeEndObject();
        }
      }
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  // RFC 6901 array-index, small enough to write that many decoys before it.
  private static boolean isIndex(String token) {
    return token.matches("0|[1-9][0-9]?") && Integer.parseInt(token) <= MAX_ARRAY_INDEX;
  }

  static void writeSeeds(Path resources) {
    List<String> pointers = List.of("/type", "/code", "/message", "/error/code", "/error/status",
        "/errors/0/extensions/code", "/errors/1/code", "/errors/0/path/0", "/a~1b/~0c/0", "/", "//", "/ ",
        "/0", "/00", "/01/1", "/~", "/~2", "/a~", "type", "", "/data/x/errors", "/errors/60/code");
    for (int i = 0; i < pointers.size(); i++) {
      byte[] input = new FuzzSeeds().number(0xFF, 0, 255).finish(pointers.get(i).getBytes(UTF_8));
      FuzzSeeds.write(resources, PointerPathFuzzTest.class, "parse", "pointer-" + i, input);
    }
  }
}
