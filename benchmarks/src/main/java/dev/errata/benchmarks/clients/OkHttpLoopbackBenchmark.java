package dev.errata.benchmarks.clients;

import dev.errata.examples.bots.BotErrorCatalog;
import dev.errata.okhttp.ErrataInterceptor;
import dev.errata.runtime.ErrorDecoder;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
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
 * What {@link ErrataInterceptor} adds to an OkHttp 2xx call as users make it, over a
 * connection: the same GET over loopback to the JDK's {@code HttpServer}, bare and with the
 * interceptor. {@link ClientOverheadBenchmark} measures the same on a canned call without I/O.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class OkHttpLoopbackBenchmark {

  private LoopbackServer server;
  private OkHttpClient bare;
  private OkHttpClient errata;
  private Request request;

  @Setup
  public void setUp() throws IOException {
    server = new LoopbackServer();
    bare = new OkHttpClient();
    errata = bare.newBuilder().addInterceptor(ErrataInterceptor.of(ErrorDecoder.builder(BotErrorCatalog.INSTANCE).build())).build();
    request = new Request.Builder().url(server.okUrl()).build();
  }

  @TearDown
  public void tearDown() {
    server.close();
    bare.dispatcher().executorService().shutdown();
    bare.connectionPool().evictAll();
  }

  @Benchmark
  public String successBare() throws IOException {
    return body(bare);
  }

  @Benchmark
  public String successErrata() throws IOException {
    return body(errata);
  }

  private String body(OkHttpClient client) throws IOException {
    try (Response response = client.newCall(request).execute()) {
      return response.body().string();
    }
  }
}
