package dev.errata.spring.upstreams;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A loopback API that answers each path with a JSON error {@code {"code": ..., "message": ...}}.
 * Both APIs answer {@code /skus/unknown} with {@code SkuNotFound}: only the inventory catalog
 * knows that code, so the payments clients must not turn it into the inventory's exception.
 */
final class Upstream implements AutoCloseable {

  private final HttpServer server;

  Upstream(Map<String, Integer> statusByCode) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> {
      try (exchange) {
        String path = exchange.getRequestURI().getPath();
        String code = path.substring(path.lastIndexOf('/') + 1);
        byte[] body = ("{\"code\":\"" + code + "\",\"message\":\"" + code + " at " + path + "\"}")
            .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(statusByCode.getOrDefault(code, 404), body.length);
        exchange.getResponseBody().write(body);
      }
    });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
