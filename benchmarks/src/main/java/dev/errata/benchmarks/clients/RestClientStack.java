package dev.errata.benchmarks.clients;

import dev.errata.benchmarks.decode.CannedRequestFactory;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.spring.client.ErrataResponseErrorHandler;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;

/** RestClient on a request factory that answers at once: Spring's default handler, and Errata's. */
final class RestClientStack implements Stack {

  private final RestClient bare;
  private final RestClient errata;

  RestClientStack(ErrorDecoder decoder) {
    bare = RestClient.builder().baseUrl("http://platform.example").requestFactory(new CannedRequestFactory(RestClientStack::answer)).build();
    errata = bare.mutate().apply(ErrataResponseErrorHandler.of(decoder)).build();
  }

  @Override
  public Object bareSuccess() {
    return bare.get().uri(Answers.OK_PATH).retrieve().body(String.class);
  }

  @Override
  public Object errataSuccess() {
    return errata.get().uri(Answers.OK_PATH).retrieve().body(String.class);
  }

  @Override
  public Object defaultError() {
    return Stack.thrown(() -> bare.get().uri(Answers.MISSING_PATH).retrieve().body(String.class));
  }

  @Override
  public Object errataError() {
    return Stack.thrown(() -> errata.get().uri(Answers.MISSING_PATH).retrieve().body(String.class));
  }

  private static ClientHttpResponse answer(URI uri) {
    boolean missing = Answers.isMissing(uri.getPath());
    return response(missing ? 404 : 200, missing ? Answers.PROBLEM_JSON : Answers.JSON, missing ? Answers.MISSING : Answers.OK);
  }

  private static ClientHttpResponse response(int status, String contentType, byte[] body) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, contentType);
    headers.setContentLength(body.length);
    InputStream stream = new ByteArrayInputStream(body);
    return new ClientHttpResponse() {
      @Override
      public HttpStatusCode getStatusCode() {
        return HttpStatusCode.valueOf(status);
      }

      @Override
      public String getStatusText() {
        return "";
      }

      @Override
      public HttpHeaders getHeaders() {
        return headers;
      }

      @Override
      public InputStream getBody() {
        return stream;
      }

      @Override
      public void close() {}
    };
  }
}
