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
 * Status, headers and a JSON body of about 200 bytes to an exception, for a 404, a 409 naming a
 * type, and a 429 with Retry-After, by Errata's decoder (with and without stack traces), Errata's
 * Spring adapter on Spring's own response type, Spring's and Feign's default error handling, and
 * a hand-written Jackson tree and switch. Spring's response has its body in memory, as a buffered
 * one does; the {@code OnConnection} pair gets it on a connection's stream (see {@link Delivery}).
 * Errata's Feign adapter ({@code ErrataErrorDecoder}) decodes the very {@code feign.Response}
 * Feign's default decoder gets, and like it answers the 429 with a {@code RetryableException}
 * around the status exception.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DecodeBenchmark {

  @Param({"404", "409", "429"})
  public int status;

  private Decoders decoders;
  private final EveryDepth depth = new EveryDepth();

  @Setup
  public void setUp() {
    decoders = new Decoders(ErrorResponse.of(status));
  }

  @Benchmark
  public Exception errata() {
    return depth.call(Decoders::errata, decoders);
  }

  @Benchmark
  public Exception errataNoStackTrace() {
    return depth.call(Decoders::errataNoStackTrace, decoders);
  }

  @Benchmark
  public Exception spring() {
    return depth.call(Decoders::spring, decoders);
  }

  @Benchmark
  public Exception errataSpring() {
    return depth.call(Decoders::errataSpring, decoders);
  }

  @Benchmark
  public Exception springOnConnection() {
    return depth.call(Decoders::springOnConnection, decoders);
  }

  @Benchmark
  public Exception errataSpringOnConnection() {
    return depth.call(Decoders::errataSpringOnConnection, decoders);
  }

  @Benchmark
  public Exception feign() {
    return depth.call(Decoders::feign, decoders);
  }

  @Benchmark
  public Exception errataFeign() {
    return depth.call(Decoders::errataFeign, decoders);
  }

  @Benchmark
  public Exception errataFeignNoStackTrace() {
    return depth.call(Decoders::errataFeignNoStackTrace, decoders);
  }

  @Benchmark
  public Exception handWritten() {
    return depth.call(Decoders::handWritten, decoders);
  }
}
