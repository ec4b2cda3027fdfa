package dev.errata.benchmarks.cold;

import dev.errata.CatalogException;
import dev.errata.Catalog;
import dev.errata.benchmarks.catalogs.c25.Codes25Catalog;
import dev.errata.benchmarks.catalogs.c25.WireCodes25;
import dev.errata.benchmarks.catalogs.c4000.Codes4000Catalog;
import dev.errata.benchmarks.catalogs.c4000.WireCodes4000;
import dev.errata.http.HttpErrorCatalog;
import dev.errata.runtime.ErrorDecoder;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One fresh JVM's first decode with the 25- or the 4,000-code catalog, as {@link
 * ColdStartBenchmark} measures it (the decoder, Jackson and the HTTP catalog already loaded by
 * one decode with the HTTP catalog), printing its time and how many classes it loaded. Run by
 * {@code benchmarks/cold-start.sh} in many JVMs; {@code -Xlog:class+load} there names the
 * catalog's own classes among them.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar dev.errata.benchmarks.cold.FirstDecode 25|4000}
 */
public final class FirstDecode {

  private FirstDecode() {}

  public static void main(String[] args) {
    int size = Integer.parseInt(args[0]);
    String[] codes = size == 25 ? WireCodes25.all() : WireCodes4000.all();
    TreeMap<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.put("content-type", List.of("application/json"));
    headers.put("x-request-id", List.of("7f3c9e2a-41d8-4b6e-9a0c-5b1d2e3f4a5b"));
    ErrorDecoder.builder(HttpErrorCatalog.INSTANCE).build().decode(409, headers, body("Conflict"));
    byte[] body = body(lastConflict(codes));
    ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();

    long loadedBefore = classes.getTotalLoadedClassCount();
    long start = System.nanoTime();
    CatalogException e = decode(size, headers, body);
    long micros = (System.nanoTime() - start) / 1_000;
    long loaded = classes.getTotalLoadedClassCount() - loadedBefore;

    System.out.println(size + " codes: first decode " + micros + " µs, " + loaded + " classes loaded, " + e.getClass().getSimpleName());
  }

  // The catalog class is first named in the measured call, as in ColdStartBenchmark, so that
  // its loading and initialization are measured too.
  private static CatalogException decode(int size, Map<String, List<String>> headers, byte[] body) {
    Catalog catalog = size == 25 ? Codes25Catalog.INSTANCE : Codes4000Catalog.INSTANCE;
    return ErrorDecoder.builder(catalog).build().decode(409, headers, body);
  }

  private static String lastConflict(String[] codes) {
    for (int i = codes.length - 1; i >= 0; i--) {
      if (codes[i].endsWith("Conflict")) {
        return codes[i];
      }
    }
    throw new IllegalStateException("no conflict code");
  }

  private static byte[] body(String type) {
    return ("{\"code\":409,\"type\":\"" + type + "\",\"message\":\"changed by another request\"}").getBytes(StandardCharsets.UTF_8);
  }
}
