package dev.errata.benchmarks.clients;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The JDK's {@code HttpServer} on loopback, answering every request with the small JSON
 * success. Benchmarks that use it fork with {@code -Dsun.net.httpserver.nodelay=true}: without
 * TCP_NODELAY, Nagle's algorithm and delayed ACKs hold each response back by about 40 ms.
 */
final class LoopbackServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(2);

  LoopbackServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext("/", exchange -> {
      try (exchange) {
        exchange.getResponseHeaders().set("Content-Type", Answers.JSON);
        exchange.sendResponseHeaders(200, Answers.OK.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(Answers.OK);
        }
      }
    });
    server.start();
  }

  /** The URL of the success. */
  String okUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + Answers.OK_PATH;
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
