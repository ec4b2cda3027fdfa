package dev.errata.benchmarks.dispatch;

import dev.errata.Catalog;
import dev.errata.CatalogException;
import dev.errata.ErrorDetails;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Wire code to a new exception, without stack traces on either side, for catalogs of 25, 400 and
 * 4,000 codes: the generated table ({@code Catalog.create}) against a hand-written {@code
 * HashMap<String, Function<ErrorDetails, CatalogException>>} and hand-written string switches.
 * All three create the same exception classes with the same definition and details.
 *
 * <p>Each call takes the next code of a sequence of 1,024, the same for all three tables, drawn
 * with a fixed seed: with {@code codes = one}, one code of the catalog over and over (an error
 * storm of one kind: what the table itself costs); with {@code codes = spread}, codes drawn at
 * random from the whole catalog (up to 1,024 different exception classes in turn, so caches and
 * branch predictors cannot hold everything, whatever the table). The codes are fresh {@code
 * String} instances, as a JSON parser would produce them, not the interned literals of the
 * tables.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DispatchBenchmark {

  private static final int SEQUENCE = 1024;

  @Param({"25", "400", "4000"})
  public int size;

  @Param({"one", "spread"})
  public String codes = "spread";

  private Catalog generated;
  private HandWrittenTable map;
  private HandWrittenTable switches;
  private final String[] sequence = new String[SEQUENCE];
  private final ErrorDetails details = ErrorDetails.builder().status(409).message("Conflict.").build();
  private int next;

  @Setup
  public void setUp() {
    Catalogs catalogs = Catalogs.of(size);
    generated = catalogs.generated();
    map = catalogs.map();
    switches = catalogs.switches();
    Random random = new Random(42);
    int only = random.nextInt(size);
    for (int i = 0; i < SEQUENCE; i++) {
      int index = codes.equals("one") ? only : random.nextInt(size);
      sequence[i] = new String(catalogs.codes()[index].toCharArray());
    }
  }

  private String nextCode() {
    int i = next;
    next = (i + 1) & (SEQUENCE - 1);
    return sequence[i];
  }

  @Benchmark
  public CatalogException generatedTable() {
    return generated.create(nextCode(), 409, details, false);
  }

  @Benchmark
  public CatalogException handWrittenMap() {
    return map.create(nextCode(), details);
  }

  @Benchmark
  public CatalogException handWrittenSwitch() {
    return switches.create(nextCode(), details);
  }
}
