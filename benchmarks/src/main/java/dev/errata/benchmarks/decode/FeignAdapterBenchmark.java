package dev.errata.benchmarks.decode;

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
 * A Feign {@code Response} to an exception, as Feign's client hands it to the error decoder: by
 * Feign 13's default decoder ({@code FeignException.NotFound}, …, a {@code RetryableException}
 * for the 429) and by Errata's {@code ErrataErrorDecoder} (the catalog's typed exception, in a
 * {@code RetryableException} for the 429), with and without stack traces. Same responses as
 * {@link DecodeBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FeignAdapterBenchmark {

  @Param({"404", "409", "429"})
  public int status;

  private Decoders decoders;

  @Setup
  public void setUp() {
    decoders = new Decoders(ErrorResponse.of(status));
  }

  @Benchmark
  public Exception feignDefault() {
    return decoders.feign();
  }

  @Benchmark
  public Exception errataAdapter() {
    return decoders.errataFeign();
  }

  @Benchmark
  public Exception errataAdapterNoStackTrace() {
    return decoders.errataFeignNoStackTrace();
  }
}
