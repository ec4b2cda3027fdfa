package dev.errata.spring.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Lets the body of an error response be read twice, so a wire code that passes through can still
 * reach the caller: the first {@code head} bytes (what the decoder may read) are kept, and every
 * {@link Response#getBody()} starts over with them and goes on with the unread rest. Only the
 * decoder reads first, and it never reads past the head. Successful responses are untouched.
 */
final class ReplayableErrorBody implements ClientHttpRequestInterceptor {

  private final int head;

  ReplayableErrorBody(int maxReadBytes) {
    this.head = maxReadBytes + 1; // one more byte tells the decoder the body was cut
  }

  @Override
  public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
      throws IOException {
    ClientHttpResponse response = execution.execute(request, body);
    return response.getStatusCode().isError() ? new Response(response, head) : response;
  }

  /** An error response whose body starts over at each {@link #getBody()}. */
  static final class Response implements ClientHttpResponse {
    private final ClientHttpResponse delegate;
    private final int limit;
    private byte[] head;

    Response(ClientHttpResponse delegate, int limit) {
      this.delegate = delegate;
      this.limit = limit;
    }

    @Override
    public InputStream getBody() throws IOException {
      InputStream rest = delegate.getBody();
      if (head == null) {
        head = rest.readNBytes(limit);
      }
      return new SequenceInputStream(new ByteArrayInputStream(head), rest);
    }

    @Override
    public HttpStatusCode getStatusCode() throws IOException {
      return delegate.getStatusCode();
    }

    @Override
    public String getStatusText() throws IOException {
      return delegate.getStatusText();
    }

    @Override
    public HttpHeaders getHeaders() {
      return delegate.getHeaders();
    }

    @Override
    public void close() {
      delegate.close();
    }
  }
}
