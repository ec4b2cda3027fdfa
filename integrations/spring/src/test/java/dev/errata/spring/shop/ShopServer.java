package dev.errata.spring.shop;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shop started as a real Boot application on a random loopback port, and a client for it. */
public final class ShopServer implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final FakeUpstream upstream;
  private final ConfigurableApplicationContext context;
  private final HttpClient http = HttpClient.newHttpClient();
  private final URI uri;

  private ShopServer(FakeUpstream upstream, ConfigurableApplicationContext context) {
    this.upstream = upstream;
    this.context = context;
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    this.uri = URI.create("http://127.0.0.1:" + port);
  }

  /** Starts the fake upstream services and the shop on {@code type}, with extra properties. */
  public static ShopServer start(WebApplicationType type, String... properties) throws IOException {
    FakeUpstream upstream = FakeUpstream.start();
    List<String> all = new ArrayList<>(List.of(
        "server.port=0",
        "server.address=127.0.0.1",
        // Tests wait for nothing in flight: stop at once instead of Boot's graceful default.
        "server.shutdown=immediate",
        "shop.upstream=" + upstream.uri(),
        "spring.main.banner-mode=off",
        "spring.messages.basename=shop-messages",
        "logging.level.root=WARN"));
    all.addAll(List.of(properties));
    try {
      ConfigurableApplicationContext context = new SpringApplicationBuilder(ShopApplication.class)
          .web(type)
          .properties(all.toArray(String[]::new))
          .run();
      return new ShopServer(upstream, context);
    } catch (RuntimeException e) {
      upstream.close();
      throw e;
    }
  }

  public ConfigurableApplicationContext context() {
    return context;
  }

  /** The embedded server's class name, such as {@code TomcatWebServer}. */
  public String webServerName() {
    return ((WebServerApplicationContext) context).getWebServer().getClass().getSimpleName();
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri.resolve(path)).GET());
  }

  public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri.resolve(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A GET with the given Accept header, or with none when {@code accept} is {@code null}. */
  public HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri.resolve(path)).GET();
    if (accept != null) {
      request.header("Accept", accept);
    }
    return http.send(request.build(), BodyHandlers.ofString());
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.header("Accept", "application/json, application/problem+json").build(), BodyHandlers.ofString());
  }

  public static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  @Override
  public void close() {
    context.close();
    upstream.close();
  }
}
