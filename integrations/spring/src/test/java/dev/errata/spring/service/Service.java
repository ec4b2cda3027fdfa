package dev.errata.spring.service;

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

/** A Boot application started on a random loopback port, and a client for it. */
public final class Service implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ConfigurableApplicationContext context;
  private final HttpClient http = HttpClient.newHttpClient();
  private final URI uri;

  private Service(ConfigurableApplicationContext context) {
    this.context = context;
    this.uri = URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort());
  }

  /** Starts {@code application} on {@code type}, with extra properties. */
  public static Service start(Class<?> application, WebApplicationType type, String... properties) {
    List<String> all = new ArrayList<>(List.of(
        "server.port=0",
        "server.address=127.0.0.1",
        "server.shutdown=immediate",
        "spring.main.banner-mode=off",
        "logging.level.root=OFF"));
    all.addAll(List.of(properties));
    return new Service(new SpringApplicationBuilder(application).web(type).properties(all.toArray(String[]::new)).run());
  }

  public ConfigurableApplicationContext context() {
    return context;
  }

  public URI uri() {
    return uri;
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri.resolve(path)).GET().header("Accept", "application/json, application/problem+json"));
  }

  public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.build(), BodyHandlers.ofString());
  }

  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(uri.resolve(path));
  }

  public static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  @Override
  public void close() {
    context.close();
  }
}
