package dev.errata.benchmarks.decode;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An error storm: two threads decode the 409 with one shared decoder of each kind, as a service
 * shares one client. Throughput of both threads together.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(2)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ContentionBenchmark {

  private final Decoders decoders = new Decoders(ErrorResponse.CONFLICT);

  @Benchmark
  public Exception errata() {
    return decoders.errata();
  }

  @Benchmark
  public Exception errataNoStackTrace() {
    return decoders.errataNoStackTrace();
  }

  @Benchmark
  public Exception spring() {
    return decoders.spring();
  }

  @Benchmark
  public Exception feign() {
    return decoders.feign();
  }

  @Benchmark
  public Exception handWritten() {
    return decoders.handWritten();
  }
}
