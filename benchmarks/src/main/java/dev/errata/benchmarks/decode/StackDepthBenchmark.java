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
 * The typed 409 decoded with and without stack traces, from under {@code depth} extra frames.
 * A stack trace costs in proportion to the stack it records: a JMH method is called from about
 * 20 frames, a request handler in a web server from 100 to 200, so what skipping the trace saves
 * depends on where decoding happens.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StackDepthBenchmark {

  @Param({"0", "100", "200"})
  public int depth;

  private Decoders decoders;

  @Setup
  public void setUp() {
    decoders = new Decoders(ErrorResponse.of(409));
  }

  @Benchmark
  public Exception errata() {
    return errata(depth);
  }

  @Benchmark
  public Exception errataNoStackTrace() {
    return errataNoStackTrace(depth);
  }

  @Benchmark
  public Exception spring() {
    return spring(depth);
  }

  // Recursion stands for the frames of a server and an application above the call.
  private Exception errata(int frames) {
    return frames == 0 ? decoders.errata() : errata(frames - 1);
  }

  private Exception errataNoStackTrace(int frames) {
    return frames == 0 ? decoders.errataNoStackTrace() : errataNoStackTrace(frames - 1);
  }

  private Exception spring(int frames) {
    return frames == 0 ? decoders.spring() : spring(frames - 1);
  }
}
