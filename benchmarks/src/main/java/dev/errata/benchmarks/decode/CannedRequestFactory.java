package dev.errata.benchmarks.decode;

import java.io.OutputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

/** A request factory whose every request is answered at once with one response. */
final class CannedRequestFactory implements ClientHttpRequestFactory {

  private final ClientHttpResponse response;

  CannedRequestFactory(ClientHttpResponse response) {
    this.response = response;
  }

  @Override
  public ClientHttpRequest createRequest(URI uri, HttpMethod method) {
    return new ClientHttpRequest() {
      private final HttpHeaders headers = new HttpHeaders();
      private final Map<String, Object> attributes = new HashMap<>();

      @Override
      public ClientHttpResponse execute() {
        return response;
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
