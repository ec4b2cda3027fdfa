package dev.errata.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints the result tables of {@code docs/PERFORMANCE.md} as Markdown from the committed results,
 * so that no number is copied by hand:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.errata.benchmarks.report.Tables [RESULTS_DIR]
 * </pre>
 *
 * Scores are JMH's means with their 99.9% confidence half-intervals; a ratio's error combines
 * the relative errors of its two scores (root of the sum of squares).
 */
public final class Tables {

  private static final String[] DECODERS = {"errata", "errataNoStackTrace", "spring", "feign", "handWritten"};
  private static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put("errata", "Errata");
    NAMES.put("errataNoStackTrace", "Errata, no stack traces");
    NAMES.put("spring", "Spring 7 (RestClient default)");
    NAMES.put("feign", "Feign 13 (default decoder)");
    NAMES.put("handWritten", "hand-written (Jackson tree + switch)");
    NAMES.put("generatedTable", "Errata generated table");
    NAMES.put("handWrittenMap", "hand-written `HashMap<String, Function>`");
    NAMES.put("handWrittenSwitch", "hand-written string switches");
    NAMES.put("prefilledMap", "map pre-filled with 4,000 constructor references");
  }

  private Tables() {}

  /** One benchmark's score. */
  private record Score(double mean, double error, double alloc, double allocError) {
    static Score of(JsonNode run) {
      JsonNode primary = run.get("primaryMetric");
      JsonNode alloc = run.path("secondaryMetrics").get("gc.alloc.rate.norm");
      return new Score(primary.get("score").asDouble(), number(primary.get("scoreError")),
          alloc == null ? Double.NaN : alloc.get("score").asDouble(), alloc == null ? Double.NaN : number(alloc.get("scoreError")));
    }

    Score over(Score other) {
      double ratio = mean / other.mean;
      double error = ratio * Math.sqrt(Math.pow(this.error / mean, 2) + Math.pow(other.error / other.mean, 2));
      return new Score(ratio, error, Double.NaN, Double.NaN);
    }
  }

  public static void main(String[] args) throws IOException {
    Path results = Path.of(args.length > 0 ? args[0] : "benchmarks/results");
    JsonNode jmh = JsonMapper.builder().build().readTree(results.resolve("jmh.json").toFile());
    Map<String, Score> scores = new LinkedHashMap<>();
    for (JsonNode run : jmh) {
      String benchmark = run.get("benchmark").asString();
      String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
      StringBuilder key = new StringBuilder(name);
      run.path("params").properties().forEach(p -> key.append(' ').append(p.getValue().asString()));
      scores.put(key.toString(), Score.of(run));
    }
    clients(scores);
    restClient(scores);
    decode(scores);
    dispatch(scores);
    contention(scores);
    coldStart(scores);
    buildTime(results.resolve("build-time.csv"));
  }

  private static void decode(Map<String, Score> s) {
    System.out.println("### Decode, one thread (ns per decode, lower is better)\n");
    System.out.println("| decoder | 404 | 409 | 429 + Retry-After | bytes allocated per decode (404 / 409 / 429) |");
    System.out.println("|---|---:|---:|---:|---:|");
    for (String d : DECODERS) {
      List<String> cells = new ArrayList<>();
      List<String> alloc = new ArrayList<>();
      for (String status : new String[] {"404", "409", "429"}) {
        Score score = s.get("DecodeBenchmark." + d + " " + status);
        cells.add(pm(score.mean, score.error, 0));
        alloc.add(String.format(Locale.ROOT, "%,.0f", score.alloc));
      }
      System.out.println("| " + NAMES.get(d) + " | " + String.join(" | ", cells) + " | " + String.join(" / ", alloc) + " |");
    }
    System.out.println("\n### Decode ratios (time of the first over time of the second; below 1 means the first is faster)\n");
    System.out.println("| ratio | 404 | 409 | 429 + Retry-After |");
    System.out.println("|---|---:|---:|---:|");
    String[][] pairs = {
      {"errata", "spring"}, {"errata", "feign"}, {"errata", "handWritten"},
      {"errataNoStackTrace", "handWritten"}, {"errataNoStackTrace", "errata"},
    };
    for (String[] pair : pairs) {
      List<String> cells = new ArrayList<>();
      for (String status : new String[] {"404", "409", "429"}) {
        Score ratio = s.get("DecodeBenchmark." + pair[0] + " " + status).over(s.get("DecodeBenchmark." + pair[1] + " " + status));
        cells.add(pm(ratio.mean, ratio.error, 2) + "×");
      }
      System.out.println("| " + NAMES.get(pair[0]) + " / " + NAMES.get(pair[1]) + " | " + String.join(" | ", cells) + " |");
    }
    System.out.println();
  }

  private static void clients(Map<String, Score> s) {
    System.out.println("### Client adapters: one whole call, without and with Errata (ns per call; bytes allocated per call)\n");
    System.out.println("| stack | 2xx, bare | 2xx, Errata | Errata / bare | bytes, bare / Errata"
        + " | error, framework default | error, Errata | Errata / default | bytes, default / Errata |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    String[][] stacks = {
      {"REST_CLIENT", "RestClient"}, {"WEB_CLIENT", "WebClient"}, {"FEIGN", "OpenFeign"}, {"OKHTTP", "OkHttp"}, {"RETROFIT", "Retrofit"},
    };
    for (String[] stack : stacks) {
      Score bare = s.get("ClientOverheadBenchmark.successBare " + stack[0]);
      Score errata = s.get("ClientOverheadBenchmark.successErrata " + stack[0]);
      Score byDefault = s.get("ClientOverheadBenchmark.errorDefault " + stack[0]);
      Score typed = s.get("ClientOverheadBenchmark.errorErrata " + stack[0]);
      if (bare == null || errata == null || byDefault == null || typed == null) {
        continue;
      }
      Score success = errata.over(bare);
      Score error = typed.over(byDefault);
      System.out.println("| " + stack[1] + " | " + pm(bare.mean, bare.error, 0) + " | " + pm(errata.mean, errata.error, 0)
          + " | " + pm(success.mean, success.error, 3) + "× | " + bytes(bare) + " / " + bytes(errata)
          + " | " + pm(byDefault.mean, byDefault.error, 0) + " | " + pm(typed.mean, typed.error, 0)
          + " | " + pm(error.mean, error.error, 2) + "× | " + bytes(byDefault) + " / " + bytes(typed) + " |");
    }
    loopback(s, "JdkClientOverheadBenchmark", "The JDK's `HttpClient`");
    loopback(s, "OkHttpLoopbackBenchmark", "OkHttp");
    System.out.println();
  }

  private static void loopback(Map<String, Score> s, String benchmark, String client) {
    Score bare = s.get(benchmark + ".successBare");
    Score errata = s.get(benchmark + ".successErrata");
    if (bare != null && errata != null) {
      Score ratio = errata.over(bare);
      System.out.println("\n" + client + ", 2xx over loopback (µs per call): bare " + pm(bare.mean, bare.error, 1)
          + ", Errata " + pm(errata.mean, errata.error, 1) + ", Errata / bare " + pm(ratio.mean, ratio.error, 3)
          + "×; bytes per call " + bytes(bare) + " / " + bytes(errata) + ".");
    }
  }

  private static void restClient(Map<String, Score> s) {
    System.out.println("### RestClient error calls by how the body arrives (ns per call; bytes allocated per call)\n");
    System.out.println("| body | status | Spring's default | Errata | Errata / default | Errata, no stack traces | bytes: default / Errata / no stack traces |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (String delivery : new String[] {"CONNECTION", "CHUNKED", "BUFFERED"}) {
      for (String status : new String[] {"404", "409", "429"}) {
        String params = " " + delivery + " " + status;
        Score byDefault = s.get("RestClientBenchmark.springDefault" + params);
        Score errata = s.get("RestClientBenchmark.errata" + params);
        Score traceless = s.get("RestClientBenchmark.errataWithoutStackTraces" + params);
        if (byDefault == null || errata == null || traceless == null) {
          continue;
        }
        Score ratio = errata.over(byDefault);
        System.out.println("| " + delivery + " | " + status + " | " + pm(byDefault.mean, byDefault.error, 0) + " | " + pm(errata.mean, errata.error, 0)
            + " | " + pm(ratio.mean, ratio.error, 2) + "× | " + pm(traceless.mean, traceless.error, 0)
            + " | " + bytes(byDefault) + " / " + bytes(errata) + " / " + bytes(traceless) + " |");
      }
    }
    System.out.println();
  }

  private static String bytes(Score score) {
    return String.format(Locale.ROOT, "%,.0f", score.alloc);
  }

  private static void dispatch(Map<String, Score> s) {
    for (String codes : new String[] {"one", "spread"}) {
      System.out.println(codes.equals("one")
          ? "### Dispatch, one code over and over: wire code to new exception, no stack traces (ns per exception)\n"
          : "### Dispatch, 1,024 codes drawn from the whole catalog: wire code to new exception, no stack traces (ns per exception)\n");
      System.out.println("| table | 25 codes | 400 codes | 4,000 codes | 4,000 / 25 | bytes allocated (25 / 400 / 4,000) |");
      System.out.println("|---|---:|---:|---:|---:|---:|");
      for (String t : new String[] {"generatedTable", "handWrittenMap", "handWrittenSwitch"}) {
        List<String> cells = new ArrayList<>();
        List<String> alloc = new ArrayList<>();
        for (String size : new String[] {"25", "400", "4000"}) {
          Score score = s.get("DispatchBenchmark." + t + " " + codes + " " + size);
          cells.add(pm(score.mean, score.error, 1));
          alloc.add(String.format(Locale.ROOT, "%,.0f", score.alloc));
        }
        Score growth = s.get("DispatchBenchmark." + t + " " + codes + " 4000").over(s.get("DispatchBenchmark." + t + " " + codes + " 25"));
        System.out.println("| " + NAMES.get(t) + " | " + String.join(" | ", cells) + " | " + pm(growth.mean, growth.error, 2) + "× | "
            + String.join(" / ", alloc) + " |");
      }
      System.out.println("\n| ratio | 25 codes | 400 codes | 4,000 codes |");
      System.out.println("|---|---:|---:|---:|");
      for (String peer : new String[] {"handWrittenMap", "handWrittenSwitch"}) {
        List<String> cells = new ArrayList<>();
        for (String size : new String[] {"25", "400", "4000"}) {
          Score ratio = s.get("DispatchBenchmark.generatedTable " + codes + " " + size)
              .over(s.get("DispatchBenchmark." + peer + " " + codes + " " + size));
          cells.add(pm(ratio.mean, ratio.error, 2) + "×");
        }
        System.out.println("| generated table / " + NAMES.get(peer) + " | " + String.join(" | ", cells) + " |");
      }
      System.out.println();
    }
  }

  private static void contention(Map<String, Score> s) {
    System.out.println("### Contention: two threads decoding the 409 with shared decoders (decodes per µs, both threads, higher is better)\n");
    System.out.println("| decoder | 2 threads | 1 thread (1 / mean time above) | scaling |");
    System.out.println("|---|---:|---:|---:|");
    for (String d : DECODERS) {
      Score two = s.get("ContentionBenchmark." + d);
      Score one = s.get("DecodeBenchmark." + d + " 409");
      double single = 1000.0 / one.mean;
      System.out.println("| " + NAMES.get(d) + " | " + pm(two.mean, two.error, 2) + " | "
          + String.format(Locale.ROOT, "%.2f", single) + " | " + String.format(Locale.ROOT, "%.2f×", two.mean / single) + " |");
    }
    System.out.println();
  }

  private static void coldStart(Map<String, Score> s) {
    System.out.println("### Cold start: first decode with 4,000 codes in a fresh JVM (µs, single shot)\n");
    System.out.println("| first use of | time | ");
    System.out.println("|---|---:|");
    Score errata = s.get("ColdStartBenchmark.errata");
    Score map = s.get("ColdStartBenchmark.prefilledMap");
    System.out.println("| " + NAMES.get("errata") + " (build decoder + decode) | " + pm(errata.mean, errata.error, 0) + " |");
    System.out.println("| " + NAMES.get("prefilledMap") + " | " + pm(map.mean, map.error, 0) + " |");
    Score ratio = map.over(errata);
    System.out.println("\nErrata is " + pm(ratio.mean, ratio.error, 0) + "× faster.\n");
  }

  private static void buildTime(Path csv) throws IOException {
    if (!Files.exists(csv)) {
      return;
    }
    System.out.println("### Build time (seconds per javac run, mean ± standard deviation)\n");
    System.out.println("| codes | javac with Errata | javac with a trivial processor (floor) | javac -proc:none"
        + " | Errata over the floor | with / without |");
    System.out.println("|---:|---:|---:|---:|---:|---:|");
    List<BuildTimes> rows = BuildTimes.read(csv);
    for (BuildTimes row : rows) {
      Score ratio = new Score(row.with(), row.withSd(), 0, 0).over(new Score(row.without(), row.withoutSd(), 0, 0));
      System.out.println("| " + String.format(Locale.ROOT, "%,d", row.codes())
          + " | " + pm(row.with(), row.withSd(), 2)
          + " | " + pm(row.floor(), row.floorSd(), 2)
          + " | " + pm(row.without(), row.withoutSd(), 2)
          + " | " + String.format(Locale.ROOT, "%,.0f ms", row.errataOverFloor() * 1000)
          + " | " + pm(ratio.mean, ratio.error, 2) + " |");
    }
    System.out.println(String.format(Locale.ROOT, "%nGrowth with the processor from the smallest to the largest catalog: %.1f×.%n",
        rows.get(rows.size() - 1).with() / rows.get(0).with()));
  }

  private static String pm(double mean, double error, int decimals) {
    String format = "%,." + decimals + "f";
    return String.format(Locale.ROOT, format, mean) + " ± " + String.format(Locale.ROOT, format, error);
  }

  private static double number(JsonNode node) {
    return node != null && node.isNumber() ? node.asDouble() : 0;
  }
}
