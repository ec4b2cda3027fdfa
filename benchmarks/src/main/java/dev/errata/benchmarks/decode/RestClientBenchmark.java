package dev.errata.benchmarks.decode;

import dev.errata.examples.bots.BotErrorCatalog;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.spring.client.ErrataResponseErrorHandler;
import java.net.URI;
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
import org.springframework.web.client.RestClient;

/**
 * A whole {@code RestClient} call that ends in an error response, as an application makes it:
 * {@code retrieve().toBodilessEntity()} on a request factory that answers at once with the
 * canned response, once with Spring's default status handling and once with {@code
 * ErrataResponseErrorHandler} registered as the README shows. Both throw from inside RestClient,
 * at the stack depth a real call has (from each of 32 depths in turn, see {@link EveryDepth}), so
 * the difference between the two is what the handler costs the caller. No socket is involved: the
 * network would add the same to both.
 *
 * <p>{@code body} says how the response hands its body over (see {@link Delivery}): on a
 * connection's stream with a Content-Length, as every Spring request factory does; the same
 * without the length (chunked); or already in memory, as Spring's buffering wrapper does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RestClientBenchmark {

  private static final URI URI = java.net.URI.create("http://api.example/v1/relations/42");

  @Param({"404", "409", "429"})
  public int status;

  @Param({"CONNECTION", "CHUNKED", "BUFFERED"})
  public Delivery body;

  private RestClient springDefault;
  private RestClient errata;
  private RestClient errataWithoutStackTraces;
  private final EveryDepth depth = new EveryDepth();

  @Setup
  public void setUp() {
    CannedRequestFactory answers = new CannedRequestFactory(SpringDecoder.response(ErrorResponse.of(status), body));
    springDefault = RestClient.builder().requestFactory(answers).build();
    ErrorDecoder decoder = ErrorDecoder.builder(BotErrorCatalog.INSTANCE).build();
    errata = RestClient.builder().requestFactory(answers).apply(ErrataResponseErrorHandler.of(decoder)).build();
    // What errata.capture-stack-traces=false gives a Boot application.
    ErrorDecoder traceless = ErrorDecoder.builder(BotErrorCatalog.INSTANCE).captureStackTraces(false).build();
    errataWithoutStackTraces =
        RestClient.builder().requestFactory(answers).apply(ErrataResponseErrorHandler.of(traceless)).build();
  }

  @Benchmark
  public Exception springDefault() {
    return depth.call(RestClientBenchmark::call, springDefault);
  }

  @Benchmark
  public Exception errata() {
    return depth.call(RestClientBenchmark::call, errata);
  }

  @Benchmark
  public Exception errataWithoutStackTraces() {
    return depth.call(RestClientBenchmark::call, errataWithoutStackTraces);
  }

  /** The exception a call to this benchmark's URI throws. */
  static Exception call(RestClient client) {
    return call(client, URI);
  }

  /** The exception a call to {@code uri} throws, as an application makes the call. */
  static Exception call(RestClient client, URI uri) {
    try {
      client.delete().uri(uri).retrieve().toBodilessEntity();
    } catch (RuntimeException expected) {
      return expected;
    }
    throw new IllegalStateException("an error response did not throw");
  }
}
