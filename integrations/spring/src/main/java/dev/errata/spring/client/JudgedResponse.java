package dev.errata.spring.client;

import dev.errata.runtime.Verdict;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A response the client policy judged on its way to Spring: the status handler acts on its
 * verdict, and whoever reads the body next gets it whole, from its first byte.
 */
final class JudgedResponse implements ClientHttpResponse {

  private final ClientHttpResponse response;
  private final Verdict verdict;
  private @Nullable InputStream body;

  JudgedResponse(ClientHttpResponse response, Verdict verdict) {
    this.response = response;
    this.verdict = verdict;
  }

  Verdict verdict() {
    return verdict;
  }

  @Override
  public InputStream getBody() throws IOException {
    if (!verdict.bodyRead()) {
      return response.getBody();
    }
    if (body == null) {
      body = verdict.body();
    }
    return body;
  }

  @Override
  public HttpStatusCode getStatusCode() throws IOException {
    return response.getStatusCode();
  }

  @Override
  public String getStatusText() throws IOException {
    return response.getStatusText();
  }

  @Override
  public HttpHeaders getHeaders() {
    return response.getHeaders();
  }

  /**
   * Closes the response. The unread rest of an error body nobody asked for is given up, not read:
   * Spring's own {@code close()} reads a body to its end to reuse the connection, which for a body
   * far over the decoder's cap (or one that never ends) means reading all of it.
   */
  @Override
  public void close() {
    if (!verdict.passed() && body == null) {
      discard(response);
    } else {
      response.close();
    }
  }

  /** Closes {@code response} without reading the rest of its body: the connection is given up instead. */
  static void discard(ClientHttpResponse response) {
    try {
      response.getBody().close();
    } catch (IOException | RuntimeException alreadyGone) {
      // Nothing left to give up.
    }
    response.close();
  }
}
