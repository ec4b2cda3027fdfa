package dev.errata.examples.helpdesk;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;

/** A fake API on a free loopback port: the JDK's {@code HttpServer} with one handler. */
abstract class LoopbackApi implements AutoCloseable {

  private final HttpServer server;

  /** Starts answering every request under {@code path} with {@code handler}. */
  LoopbackApi(String path, HttpHandler handler) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(path, handler);
    server.start();
  }

  /** The API's base address, such as {@code http://127.0.0.1:41234}. */
  public URI uri() {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getHostString() + ":" + address.getPort());
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** Answers with {@code body}, whole, as {@code contentType}. */
  static void send(HttpExchange x, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(UTF_8);
    x.getResponseHeaders().add("Content-Type", contentType);
    x.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
  }
}
