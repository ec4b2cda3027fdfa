package dev.errata.spring.client;

import dev.errata.runtime.RequestView;
import dev.errata.runtime.ResponseView;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpResponse;

/** A blocking Spring client's response as the runtime reads it. */
final class SpringResponseView implements ResponseView {

  private final ClientHttpResponse response;
  private final int status;

  /** A view of {@code response}, whose status the caller has read already. */
  SpringResponseView(ClientHttpResponse response, int status) {
    this.response = response;
    this.status = status;
  }

  /** A view of {@code response}; an unreadable status reads as 0. */
  static SpringResponseView of(ClientHttpResponse response) {
    int status;
    try {
      status = response.getStatusCode().value();
    } catch (IOException unreadable) {
      status = 0;
    }
    return new SpringResponseView(response, status);
  }

  /** A Spring request as the retry advisor reads it. */
  static RequestView request(HttpRequest request) {
    return RequestView.of(request.getMethod().name(), request.getHeaders()::getFirst);
  }

  /** Every header of {@code headers}, one value at a time. */
  static void forEach(HttpHeaders headers, BiConsumer<String, String> action) {
    headers.forEach((name, values) -> {
      // By index: Spring hands each list over wrapped, and an iterator over it is an object per header.
      for (int i = 0; i < values.size(); i++) {
        action.accept(name, values.get(i));
      }
    });
  }

  @Override
  public int status() {
    return status;
  }

  @Override
  public void forEachHeader(BiConsumer<String, String> action) {
    forEach(response.getHeaders(), action);
  }

  @Override
  public @Nullable String header(String name) {
    return response.getHeaders().getFirst(name);
  }

  @Override
  public InputStream body() throws IOException {
    return response.getBody();
  }
}
