package dev.errata.benchmarks.decode;

import com.sun.net.httpserver.HttpServer;
import dev.errata.examples.bots.BotErrorCatalog;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.spring.client.ErrataResponseErrorHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The call of {@link RestClientBenchmark} over a real connection: {@code RestClient} on the JDK's
 * {@code HttpClient} ({@code JdkClientHttpRequestFactory}, what Spring Boot configures when no
 * other HTTP client is on the class path) against the JDK's {@code HttpServer} on loopback, which
 * answers every request with the canned error response and its Content-Length.
 *
 * <p>The round trip costs tens of microseconds and varies by more than the handlers differ, so
 * this benchmark is read for the bytes allocated per call ({@code -prof gc}): it shows what
 * reading the body off a real connection costs each side, which {@code RestClientBenchmark}'s
 * canned streams stand in for. Both sides share the client's and the server's allocations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// The JDK's server writes the status line and headers apart from the body: without TCP_NODELAY,
// Nagle's algorithm and the client's delayed ACK hold each response back by about 40 ms.
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
public class LoopbackRestClientBenchmark {

  @Param({"409"})
  public int status;

  private HttpServer server;
  private ExecutorService serverThreads;
  private URI uri;
  private Call springDefault;
  private Call errata;
  private final EveryDepth depth = new EveryDepth();

  @Setup
  public void setUp() throws IOException {
    ErrorResponse response = ErrorResponse.of(status);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
        if (!header.getKey().equals("content-length")) { // the server states it
          exchange.getResponseHeaders().put(header.getKey(), header.getValue());
        }
      }
      exchange.sendResponseHeaders(status, response.body().length);
      try (OutputStream body = exchange.getResponseBody()) {
        body.write(response.body());
      }
    });
    serverThreads = Executors.newSingleThreadExecutor();
    server.setExecutor(serverThreads);
    server.start();
    uri = URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort()
        + "/v1/relations/42");
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
    springDefault = new Call(RestClient.builder().requestFactory(factory).build(), uri);
    ErrorDecoder decoder = ErrorDecoder.builder(BotErrorCatalog.INSTANCE).build();
    errata = new Call(RestClient.builder().requestFactory(factory).apply(ErrataResponseErrorHandler.of(decoder)).build(), uri);
  }

  @TearDown
  public void tearDown() {
    server.stop(0);
    serverThreads.shutdownNow();
  }

  @Benchmark
  public Exception springDefault() {
    return depth.call(Call::thrown, springDefault);
  }

  @Benchmark
  public Exception errata() {
    return depth.call(Call::thrown, errata);
  }

  /** A client and the server's URI. */
  private record Call(RestClient client, URI uri) {
    Exception thrown() {
      return RestClientBenchmark.call(client, uri);
    }
  }
}
