package dev.errata.spring.client;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server answering with real error responses, one per path, in the shapes APIs
 * and proxies send: problem+json, GraphQL errors, {code,type,message}, plain text, an HTML proxy
 * page, a 429 with Retry-After, a body far over the decoder's cap, one that never ends, and
 * credentials in headers.
 */
final class ErrorServer implements AutoCloseable {

  static final String SECRET_COOKIE = "session=c00kie-s3cr3t";
  static final String SECRET_TOKEN = "Bearer t0ken-s3cr3t";
  static final String SECRET_SHOP_KEY = "sh0p-k3y-s3cr3t";
  static final int HUGE = 2 * 1024 * 1024;

  private record Reply(int status, Map<String, List<String>> headers, byte[] body) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final Map<String, Reply> replies = new ConcurrentHashMap<>();

  ErrorServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    reply("/problem", 409, "application/problem+json",
        "{\"type\":\"https://shop.example.com/errors#OutOfStock\",\"title\":\"Out of stock\",\"status\":409,"
            + "\"detail\":\"Only 2 units of sku-7 are left.\",\"instance\":\"/orders/42\",\"code\":\"OutOfStock\"}");
    reply("/graphql", 401, "application/graphql-response+json",
        "{\"errors\":[{\"message\":\"Sign in to see your orders.\",\"path\":[\"orders\"],"
            + "\"extensions\":{\"code\":\"LOGIN_REQUIRED\"}}],\"data\":null}");
    reply("/typed", 409, "application/json",
        "{\"code\":409,\"type\":\"OutOfStock\",\"message\":\"Only 2 units of sku-9 are left.\"}");
    reply("/text", 503, "text/plain", "Down for maintenance until 03:00 UTC.\nSorry.");
    reply("/html", 502, "text/html",
        "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway"
            + "</h1></center><hr><center>nginx</center></body></html>");
    replies.put("/limited", new Reply(429, Map.of("Content-Type", List.of("application/json"), "Retry-After", List.of("30")),
        utf8("{\"code\":\"RateLimited\",\"message\":\"Slow down.\"}")));
    byte[] huge = new byte[HUGE];
    Arrays.fill(huge, (byte) 'x');
    replies.put("/huge", new Reply(500, Map.of("Content-Type", List.of("text/plain")), huge));
    replies.put("/secret", new Reply(401, Map.of(
            "Content-Type", List.of("application/json"),
            "Set-Cookie", List.of(SECRET_COOKIE),
            "Authorization", List.of(SECRET_TOKEN),
            "X-Shop-Key", List.of(SECRET_SHOP_KEY),
            "X-Request-Id", List.of("req-1")),
        utf8("{\"code\":\"Unauthorized\",\"message\":\"The session expired.\"}")));
    reply("/declined", 402, "application/json",
        "{\"code\":\"CardDeclined\",\"message\":\"The card was declined: insufficient funds.\",\"padding\":\""
            + "p".repeat(300) + "\"}");
    reply("/payment", 402, "application/json", "{\"code\":\"PaymentMethodMissing\",\"message\":\"Add a card.\"}");
    reply("/missing", 404, "application/json", "{\"message\":\"No such order.\"}");
    reply("/ok", 200, "text/plain", "fine");
    server.createContext("/", exchange -> {
      try (exchange) {
        exchange.getRequestBody().readAllBytes();
        if (exchange.getRequestURI().getPath().equals("/endless")) {
          endless(exchange);
          return;
        }
        Reply r = replies.get(exchange.getRequestURI().getPath());
        if (r == null) {
          exchange.sendResponseHeaders(599, -1);
          return;
        }
        r.headers().forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
        exchange.sendResponseHeaders(r.status(), r.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(r.body());
        } catch (IOException clientStoppedReading) {
          // A client that read only the start of a large error body closes the connection.
        }
      }
    });
    server.setExecutor(executor);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** A 503 whose body goes on until the client hangs up (or for 30 seconds, should it never). */
  private static void endless(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(503, 0);
    byte[] filler = new byte[8 * 1024];
    Arrays.fill(filler, (byte) 'x');
    long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(utf8("{\"code\":\"Unavailable\",\"message\":\"Back soon.\",\"padding\":\""));
      while (System.nanoTime() < end) {
        out.write(filler);
      }
    } catch (IOException clientStoppedReading) {
      // The client read what it wanted and hung up.
    }
  }

  private void reply(String path, int status, String contentType, String body) {
    replies.put(path, new Reply(status, Map.of("Content-Type", List.of(contentType)), utf8(body)));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
