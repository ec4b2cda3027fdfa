package dev.errata.spring.shop;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The services the shop calls, on loopback: each answers with an error that carries what must
 * never reach the shop's own clients (a credential header, a session cookie, a request id,
 * internal names in the message and the body).
 */
public final class FakeUpstream implements AutoCloseable {

  /** Everything the upstream answers that the shop's clients must not see by default. */
  public static final List<String> SECRETS = List.of(
      "sk_live_upstream_4242", "upstream-session-77", "upstream-req-9f3", "tenant-acme-internal",
      "db-replica-3.internal", "warehouse-b.internal", "upstream-only-member", "wh-b-shelf-17-internal");

  private final HttpServer server;

  private FakeUpstream(HttpServer server) {
    this.server = server;
  }

  public static FakeUpstream start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/orders/", exchange -> answer(exchange, 404, "application/problem+json",
        "{\"type\":\"https://shop.example.com/errors/OrderNotFound\",\"title\":\"Order Not Found\",\"status\":404,"
            + "\"detail\":\"Order 7 of tenant-acme-internal is not on db-replica-3.internal\",\"code\":\"OrderNotFound\","
            + "\"instance\":\"/internal/tenants/acme/orders/7\",\"upstream-only-member\":true}"));
    server.createContext("/stock/", exchange -> answer(exchange, 409, "application/json",
        "{\"code\":\"OutOfStock\",\"message\":\"Shelf of warehouse-b.internal is empty\","
            + "\"sku\":\"wh-b-shelf-17-internal\",\"available\":3}"));
    server.createContext("/addresses", exchange -> {
      // A secret in every part of the answer but its status, code and message.
      exchange.getResponseHeaders().add("X-Upstream-Note", "SECRET-header-1");
      answer(exchange, 422, "application/problem+json",
          "{\"type\":\"https://upstream.example.com/errors/SECRET-type-2\",\"title\":\"SECRET-title-3\","
              + "\"status\":422,\"detail\":\"The address is not valid.\",\"code\":\"InvalidOrder\","
              + "\"instance\":\"/SECRET-instance-4\",\"requestId\":\"SECRET-request-5\",\"SECRET-member-6\":true,"
              + "\"errors\":[{\"code\":\"SECRET-code-7\",\"message\":\"SECRET-street of customer 991\","
              + "\"path\":\"SECRET-path-8\"}]}");
    });
    server.createContext("/limits", exchange -> {
      exchange.getResponseHeaders().add("Retry-After", "45");
      answer(exchange, 429, "application/json", "{\"code\":\"RateLimited\",\"message\":\"tenant-acme-internal used its quota\","
          + "\"remaining\":0,\"window\":\"tenant-acme-internal-minute\"}");
    });
    server.start();
    return new FakeUpstream(server);
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private static void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    exchange.getRequestBody().readAllBytes();
    exchange.getResponseHeaders().add("Content-Type", contentType);
    exchange.getResponseHeaders().add("X-Api-Key", "sk_live_upstream_4242");
    exchange.getResponseHeaders().add("Set-Cookie", "session=upstream-session-77");
    exchange.getResponseHeaders().add("X-Request-Id", "upstream-req-9f3");
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
