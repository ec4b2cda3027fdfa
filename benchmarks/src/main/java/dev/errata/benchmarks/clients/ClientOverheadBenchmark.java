package dev.errata.benchmarks.clients;

import dev.errata.benchmarks.decode.EveryDepth;
import dev.errata.examples.bots.BotErrorCatalog;
import dev.errata.runtime.ErrorDecoder;
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
 * What Errata's adapter adds to a whole client call, on each stack, side by side with the same
 * call without it: on a 2xx (time and bytes per call, which should not move) and on an error
 * (against the framework's own default handling). The transports answer at once from memory,
 * so the difference is the adapter's alone; a network would add the same to both sides.
 * Errata's adapters run with their default policy, as the docs register them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ClientOverheadBenchmark {

  /** The client stacks. */
  public enum Client { REST_CLIENT, WEB_CLIENT, FEIGN, OKHTTP, RETROFIT }

  @Param({"REST_CLIENT", "WEB_CLIENT", "FEIGN", "OKHTTP", "RETROFIT"})
  public Client client;

  private Stack stack;
  private final EveryDepth depth = new EveryDepth();

  @Setup
  public void setUp() {
    ErrorDecoder decoder = ErrorDecoder.builder(BotErrorCatalog.INSTANCE).build();
    stack = switch (client) {
      case REST_CLIENT -> new RestClientStack(decoder);
      case WEB_CLIENT -> new WebClientStack(decoder);
      case FEIGN -> new FeignStack(decoder);
      case OKHTTP -> new OkHttpStack(decoder);
      case RETROFIT -> new RetrofitStack(decoder);
    };
  }

  @Benchmark
  public Object successBare() throws Exception {
    return stack.bareSuccess();
  }

  @Benchmark
  public Object successErrata() throws Exception {
    return stack.errataSuccess();
  }

  @Benchmark
  public Object errorDefault() {
    return depth.call(Stack::defaultError, stack);
  }

  @Benchmark
  public Object errorErrata() {
    return depth.call(Stack::errataError, stack);
  }
}
