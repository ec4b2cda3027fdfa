package dev.errata.benchmarks.cold;

import dev.errata.CatalogException;
import dev.errata.ErrorDetails;
import dev.errata.benchmarks.catalogs.c4000.Codes4000Catalog;
import dev.errata.benchmarks.catalogs.c4000.PrefilledMap4000;
import dev.errata.benchmarks.catalogs.c4000.WireCodes4000;
import dev.errata.http.HttpErrorCatalog;
import dev.errata.runtime.ErrorDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fresh JVM's first decode with a catalog of 4,000 codes, from the first use of the catalog:
 * Errata's generated table against a map filled with 4,000 constructor references on first use.
 * One call per JVM, in many JVMs.
 *
 * <p>Setup is the same for both: it decodes one response with the HTTP catalog through Errata's
 * decoder and reads one body as a Jackson tree, so Jackson, the decoder and the HTTP catalog's
 * classes are loaded (not compiled) on both sides, and neither 4,000-code class has been touched.
 * The measured call then builds a decoder for the 4,000-code catalog and decodes a 409 (Errata),
 * or reads the body as a tree, builds the details and looks the code up in the map (the peer).
 * Both return the same exception class with stack trace.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdStartBenchmark {

  private Map<String, List<String>> headers;
  private byte[] body;
  private JsonMapper mapper;

  @Setup
  public void setUp() {
    TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    h.put("content-type", List.of("application/json"));
    h.put("x-request-id", List.of("7f3c9e2a-41d8-4b6e-9a0c-5b1d2e3f4a5b"));
    headers = h;
    byte[] warmUp = body("Conflict", "The resource was changed by another request.");
    ErrorDecoder.builder(HttpErrorCatalog.INSTANCE).build().decode(409, headers, warmUp);
    mapper = JsonMapper.builder().build();
    mapper.readTree(warmUp);
    body = body(lastConflict(), "Invoice 'INV-2026-0042' was changed by another request; read it again.");
  }

  /** The last code of the catalog that stands for a 409 (a conflict). */
  static String lastConflict() {
    String[] codes = WireCodes4000.all();
    for (int i = codes.length - 1; i >= 0; i--) {
      if (codes[i].endsWith("Conflict")) {
        return codes[i];
      }
    }
    throw new IllegalStateException("no conflict code");
  }

  static byte[] body(String type, String message) {
    return ("{\"code\":409,\"type\":\"" + type + "\",\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public CatalogException errata() {
    return ErrorDecoder.builder(Codes4000Catalog.INSTANCE).build().decode(409, headers, body);
  }

  @Benchmark
  public CatalogException prefilledMap() {
    JsonNode tree = mapper.readTree(body);
    String code = tree.get("type").asString();
    ErrorDetails details = ErrorDetails.builder()
        .status(409)
        .code(code)
        .message(tree.get("message").asString())
        .requestId(headers.get("x-request-id").get(0))
        .headers(headers)
        .build();
    return PrefilledMap4000.MAP.get(code).apply(details);
  }
}
