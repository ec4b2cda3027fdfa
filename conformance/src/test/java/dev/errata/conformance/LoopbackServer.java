package dev.errata.conformance;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * The one server every stack calls: the JDK's HTTP server on 127.0.0.1, answering each path with
 * its scripted replies in turn (the last one repeats) and counting the requests it received.
 */
final class LoopbackServer implements AutoCloseable {

  /** How long an endless body is written at most, should a client never hang up. */
  private static final Duration ENDLESS_LIMIT = Duration.ofSeconds(30);

  /** One scripted response. */
  interface Reply {
    void send(HttpExchange exchange) throws IOException;

    /** A response with this status, these headers and this body; an empty body is sent as none. */
    static Reply of(int status, Map<String, String> headers, byte[] body) {
      return of(status, () -> headers, body);
    }

    /** As {@link #of(int, Map, byte[])}, with the headers made as the response is sent. */
    static Reply of(int status, Supplier<Map<String, String>> headers, byte[] body) {
      return exchange -> {
        headers.get().forEach(exchange.getResponseHeaders()::add);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        }
      };
    }

    /** A text body of this content type. */
    static Reply text(int status, String contentType, String body) {
      return of(status, Map.of("Content-Type", contentType), utf8(body));
    }

    /** A JSON body. */
    static Reply json(int status, String body) {
      return text(status, "application/json", body);
    }

    /**
     * A body that never ends: {@code start}, then filler for as long as the client reads (or
     * {@link #ENDLESS_LIMIT}), chunked.
     */
    static Reply endless(int status, String contentType, String start) {
      return exchange -> {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, 0);
        byte[] filler = new byte[8 * 1024];
        Arrays.fill(filler, (byte) 'x');
        long end = System.nanoTime() + ENDLESS_LIMIT.toNanos();
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(utf8(start));
          while (System.nanoTime() < end) {
            out.write(filler);
            out.flush();
          }
        } catch (IOException clientHungUp) {
          // The client read what it wanted.
        }
      };
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, List<Reply>> scripts = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

  LoopbackServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "loopback-server");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The server's base URL, without a trailing slash. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Answers {@code path} with these replies in turn, repeating the last. */
  void script(String path, List<Reply> replies) {
    if (replies.isEmpty()) {
      throw new IllegalArgumentException("no replies for " + path);
    }
    scripts.put(path, List.copyOf(replies));
  }

  /** How many requests for {@code path} arrived. */
  int requests(String path) {
    AtomicInteger n = requests.get(path);
    return n == null ? 0 : n.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      String path = exchange.getRequestURI().getPath();
      int n = requests.computeIfAbsent(path, p -> new AtomicInteger()).getAndIncrement();
      List<Reply> replies = scripts.get(path);
      if (replies == null) {
        Reply.text(599, "text/plain", "nothing scripted for " + path).send(exchange);
        return;
      }
      replies.get(Math.min(n, replies.size() - 1)).send(exchange);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] gzip(String s) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(utf8(s));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Headers in the order given. */
  static Map<String, String> headers(String... namesAndValues) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      headers.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return headers;
  }
}
