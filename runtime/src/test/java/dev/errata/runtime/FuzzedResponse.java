package dev.errata.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP error response read from fuzzer input: which decoder reads it, the status, the headers
 * and the body. {@link FuzzSeeds} writes real responses in this layout, so that the committed
 * corpus starts from bodies servers actually send.
 *
 * <p>Layout, in the order it is consumed. Numbers come from the end of the input (one byte, or two
 * for the status, most significant byte last), byte strings from its start, and whatever is left
 * in the middle is the body:
 *
 * <ol>
 *   <li>decoder: 0 to {@code decoders - 1};
 *   <li>status: 0 to 1001, minus one (so -1 to 1000);
 *   <li>header map: 0 a {@link LinkedHashMap}, 1 a case-insensitive {@link TreeMap} (as {@code
 *       java.net.http} gives), 2 {@code null};
 *   <li>header count: 0 to {@value #MAX_HEADERS}; for each header: its name (an index into
 *       {@link #NAMES}; {@code NAMES.size()} for a name read as a byte string of length 0 to 63;
 *       {@code NAMES.size() + 1} for the {@code null} name of a status line, empty in a tree
 *       map, which refuses it), the spelling (as listed, upper case, lower case), the number of values (0 to 2, or
 *       3 for a {@code null} list), and each value as a byte string of length 0 to 255;
 *   <li>the body: the rest.
 * </ol>
 *
 * <p>Every header value whose name the decoder's {@link HeaderRedactor} calls sensitive is a
 * secret: it is built as the caller's secret followed by the fuzzed bytes, so that a target can
 * decode the same response under two secrets and compare.
 */
final class FuzzedResponse {

  static final int MAX_HEADERS = 8;
  static final int MAX_NAME_LENGTH = 63;
  static final int MAX_VALUE_LENGTH = 255;
  static final int NULL_VALUES = 3;

  /** Header names the decoder acts on, and credentials it must redact. */
  static final List<String> NAMES =
      List.of(
          "Content-Type",
          "Content-Length",
          "Retry-After",
          "X-Request-Id",
          "Request-Id",
          "X-Correlation-Id",
          "X-Amzn-RequestId",
          "traceparent",
          "WWW-Authenticate",
          "Authorization",
          "Proxy-Authorization",
          "Cookie",
          "Set-Cookie",
          "X-Api-Key",
          "X-Auth-Token",
          "X-Internal-Route");

  final int decoder;
  final int status;
  final int mapKind;
  final List<Header> headers;
  final byte[] body;

  private FuzzedResponse(int decoder, int status, int mapKind, List<Header> headers, byte[] body) {
    this.decoder = decoder;
    this.status = status;
    this.mapKind = mapKind;
    this.headers = headers;
    this.body = body;
  }

  /** One header as read: its name, and its values ({@code null} for a null list). */
  record Header(String name, List<byte[]> values) {}

  static FuzzedResponse read(FuzzedDataProvider data, int decoders) {
    int decoder = data.consumeInt(0, decoders - 1);
    int status = data.consumeInt(0, 1001) - 1; // a negative minimum would read differently
    int mapKind = data.consumeInt(0, 2);
    int count = data.consumeInt(0, MAX_HEADERS);
    List<Header> headers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int nameIndex = data.consumeInt(0, NAMES.size() + 1);
      String name =
          nameIndex < NAMES.size()
              ? NAMES.get(nameIndex)
              : nameIndex == NAMES.size()
                  ? new String(data.consumeBytes(data.consumeInt(0, MAX_NAME_LENGTH)), UTF_8)
                  : mapKind == 0 ? null : "";
      int spelling = data.consumeInt(0, 2);
      if (name != null && spelling > 0) {
        name = spelling == 1 ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
      }
      int valueCount = data.consumeInt(0, NULL_VALUES);
      List<byte[]> values = null;
      if (valueCount < NULL_VALUES) {
        values = new ArrayList<>(valueCount);
        for (int v = 0; v < valueCount; v++) {
          values.add(data.consumeBytes(data.consumeInt(0, MAX_VALUE_LENGTH)));
        }
      }
      headers.add(new Header(name, values));
    }
    return new FuzzedResponse(decoder, status, mapKind, headers, data.consumeRemainingAsBytes());
  }

  /** The headers as a decoder gets them, with {@code secret} in front of every value {@code redactor} hides. */
  Map<String, List<String>> headers(String secret, HeaderRedactor redactor) {
    if (mapKind == 2) {
      return null;
    }
    Map<String, List<String>> map =
        mapKind == 0 ? new LinkedHashMap<>() : new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Header h : headers) {
      if (h.values == null) {
        map.put(h.name, null);
        continue;
      }
      boolean sensitive = redactor.isSensitive(h.name);
      List<String> values = new ArrayList<>(h.values.size());
      for (byte[] v : h.values) {
        String text = new String(v, UTF_8);
        values.add(sensitive ? secret + text : text);
      }
      map.merge(h.name, values, FuzzedResponse::concat);
    }
    return map;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Override
  public String toString() {
    return "FuzzedResponse{decoder=" + decoder + ", status=" + status + ", map=" + mapKind
        + ", headers=" + headers.stream().map(h -> h.name + "=" + (h.values == null ? "null"
            : h.values.stream().map(v -> new String(v, UTF_8)).toList())).toList()
        + ", body=" + Arrays.toString(Arrays.copyOf(body, Math.min(body.length, 64))) + "}";
  }
}
