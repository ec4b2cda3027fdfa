package dev.errata.feign;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A JDK HTTP server on 127.0.0.1 answering each path with scripted responses, counting requests. */
final class LoopbackServer implements AutoCloseable {

  record Reply(int status, Map<String, String> headers, String body) {}

  private final HttpServer server;
  private final Map<String, List<Reply>> scripts = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  final List<Headers> requestHeaders = new CopyOnWriteArrayList<>();

  LoopbackServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Answers {@code path} with these replies in turn, repeating the last. */
  void script(String path, Reply... replies) {
    scripts.put(path, new ArrayList<>(List.of(replies)));
  }

  int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      String path = exchange.getRequestURI().getPath();
      requestHeaders.add(exchange.getRequestHeaders());
      int n = hits.computeIfAbsent(path, p -> new AtomicInteger()).getAndIncrement();
      List<Reply> replies = scripts.get(path);
      Reply reply = replies == null ? new Reply(404, Map.of(), "") : replies.get(Math.min(n, replies.size() - 1));
      reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
