package dev.errata.spring.service;

import dev.errata.http.HttpErrorCatalog;
import dev.errata.jdk.ErrataHttpClient;
import dev.errata.runtime.ErrorDecoder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

/** Calls another service, through the JDK's client and through RestClient, each with a short timeout. */
@RestController
public class UpstreamController {

  private final URI upstream;
  private final ErrataHttpClient jdk;
  private final RestClient restClient;

  public UpstreamController(@Value("${upstream.url:http://127.0.0.1:1}") URI upstream) {
    this.upstream = upstream;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    this.jdk = ErrataHttpClient.of(http, ErrorDecoder.builder(HttpErrorCatalog.INSTANCE).build());
    JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
    factory.setReadTimeout(Duration.ofMillis(300));
    this.restClient = RestClient.builder().requestFactory(factory).baseUrl(upstream.toString()).build();
  }

  @GetMapping("/upstream/jdk")
  public String jdk() throws IOException, InterruptedException {
    return jdk.send(HttpRequest.newBuilder(upstream.resolve("/slow")).timeout(Duration.ofMillis(300)).build(),
        BodyHandlers.ofString());
  }

  @GetMapping("/upstream/rest")
  public String rest() {
    return restClient.get().uri("/slow").retrieve().body(String.class);
  }
}
