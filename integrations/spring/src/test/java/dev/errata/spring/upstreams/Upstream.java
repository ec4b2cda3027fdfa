package dev.errata.spring.upstreams;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback API that answers each path with a JSON error {@code {"code": ..., "message": ...}}.
 * Both APIs answer {@code /skus/unknown} with {@code SkuNotFound}: only the inventory catalog
 * knows that code, so the payments clients must not turn it into the inventory's exception.
 *
 * <p>It counts the requests of each path, can answer a path's next request with a 503 that asks
 * to be retried at once, and hangs up without an answer on a path whose code is {@code Hangup}.
 */
public final class Upstream implements AutoCloseable {

  private final HttpServer server;
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private final Set<String> unavailableOnce = ConcurrentHashMap.newKeySet();

  /** Answers each code with its status, any other code with 404. */
  public Upstream(Map<String, Integer> statusByCode) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> {
      try (exchange) {
        String path = exchange.getRequestURI().getPath();
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        String code = path.substring(path.lastIndexOf('/') + 1);
        if (code.equals("Hangup")) {
          return; // closing the exchange unanswered closes the connection
        }
        int status = statusByCode.getOrDefault(code, 404);
        if (unavailableOnce.remove(path)) {
          code = "ServiceUnavailable";
          status = 503;
          exchange.getResponseHeaders().set("Retry-After", "0");
        }
        byte[] body = ("{\"code\":\"" + code + "\",\"message\":\"" + code + " at " + path + "\"}")
            .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
      }
    });
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Answers the next request for {@code path} with a 503 and {@code Retry-After: 0}. */
  public void unavailableOnce(String path) {
    unavailableOnce.add(path);
  }

  /** How many requests for {@code path} arrived. */
  public int requests(String path) {
    AtomicInteger count = requests.get(path);
    return count == null ? 0 : count.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
