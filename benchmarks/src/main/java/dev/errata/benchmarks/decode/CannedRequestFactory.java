package dev.errata.benchmarks.decode;

import java.io.OutputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

/** A request factory whose every request is answered at once, from memory, without a network. */
public final class CannedRequestFactory implements ClientHttpRequestFactory {

  private final Function<URI, ClientHttpResponse> answers;

  /** Answers every request with {@code response}. */
  CannedRequestFactory(ClientHttpResponse response) {
    this(uri -> response);
  }

  /** Answers each request with what {@code answers} gives for its URI. */
  public CannedRequestFactory(Function<URI, ClientHttpResponse> answers) {
    this.answers = answers;
  }

  @Override
  public ClientHttpRequest createRequest(URI uri, HttpMethod method) {
    return new ClientHttpRequest() {
      private final HttpHeaders headers = new HttpHeaders();
      private final Map<String, Object> attributes = new HashMap<>();

      @Override
      public ClientHttpResponse execute() {
        return answers.apply(uri);
      }

      @Override
      public OutputStream getBody() {
        return OutputStream.nullOutputStream();
      }

      @Override
      public HttpMethod getMethod() {
        return method;
      }

      @Override
      public URI getURI() {
        return uri;
      }

      @Override
      public Map<String, Object> getAttributes() {
        return attributes;
      }

      @Override
      public HttpHeaders getHeaders() {
        return headers;
      }
    };
  }
}
