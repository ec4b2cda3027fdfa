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

  @Setup
  public void setUp() {
    decoders = new Decoders(ErrorResponse.of(status));
  }

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
  public Exception errataSpring() {
    return decoders.errataSpring();
  }

  @Benchmark
  public Exception springOnConnection() {
    return decoders.springOnConnection();
  }

  @Benchmark
  public Exception errataSpringOnConnection() {
    return decoders.errataSpringOnConnection();
  }

  @Benchmark
  public Exception feign() {
    return decoders.feign();
  }

  @Benchmark
  public Exception errataFeign() {
    return decoders.errataFeign();
  }

  @Benchmark
  public Exception errataFeignNoStackTrace() {
    return decoders.errataFeignNoStackTrace();
  }

  @Benchmark
  public Exception handWritten() {
    return decoders.handWritten();
  }
}
