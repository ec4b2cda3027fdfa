package dev.errata.benchmarks.clients;

import dev.errata.examples.bots.BotErrorCatalog;
import dev.errata.jdk.ErrataHttpClient;
import dev.errata.runtime.ErrorDecoder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@link ErrataHttpClient} adds to a 2xx call of the JDK's {@code HttpClient}, whose
 * transport cannot be replaced by a canned one: the same GET over loopback to the JDK's {@code
 * HttpServer}, bare and through Errata with its default policy. The round trip is most of the
 * time, and its noise is larger than an adapter's cost, so the comparison rests on the
 * confidence intervals and on the bytes allocated per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class JdkClientOverheadBenchmark {

  private LoopbackServer server;
  private HttpClient bare;
  private ErrataHttpClient errata;
  private HttpRequest request;

  @Setup
  public void setUp() throws IOException {
    server = new LoopbackServer();
    bare = HttpClient.newHttpClient();
    errata = ErrataHttpClient.of(bare, ErrorDecoder.builder(BotErrorCatalog.INSTANCE).build());
    request = HttpRequest.newBuilder(URI.create(server.okUrl())).build();
  }

  @TearDown
  public void tearDown() {
    server.close();
  }

  @Benchmark
  public String successBare() throws IOException, InterruptedException {
    return bare.send(request, BodyHandlers.ofString()).body();
  }

  @Benchmark
  public String successErrata() throws IOException, InterruptedException {
    return errata.send(request, BodyHandlers.ofString());
  }
}
