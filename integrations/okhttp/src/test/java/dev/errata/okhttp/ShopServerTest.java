package dev.errata.okhttp;

import dev.errata.okhttp.fixture.Shape;
import dev.errata.okhttp.fixture.ShopErrorCatalog;
import dev.errata.okhttp.fixture.ShopServer;
import dev.errata.runtime.ErrorDecoder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * What the loopback tests share: one {@link ShopServer} per test class, a decoder of the shop's
 * catalog, and a plain OkHttp client that tests extend with {@code newBuilder()}.
 */
@Timeout(20)
abstract class ShopServerTest {

  static final ErrorDecoder DECODER = ErrorDecoder.builder(ShopErrorCatalog.INSTANCE).build();

  static ShopServer server;
  static OkHttpClient plain;

  @BeforeAll
  static void startServer() throws IOException {
    server = new ShopServer();
    plain = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(10)).build();
  }

  @AfterAll
  static void stopServer() {
    server.close();
    plain.dispatcher().executorService().shutdown();
    plain.connectionPool().evictAll();
  }

  static List<Shape> shapes() {
    return Shape.all();
  }

  static Request get(String path) {
    return new Request.Builder().url(server.url(path)).build();
  }

  /** A loopback port nothing listens on, for failed exchanges. */
  static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }
}
