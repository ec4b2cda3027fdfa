package dev.errata.benchmarks.decode;

import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.client.RestClientResponseException;

/**
 * Spring Framework 7's client error handling, as {@code RestClient} applies it by default: its
 * default status handler turns an error response into {@code HttpClientErrorException.NotFound},
 * {@code .Conflict}, {@code .TooManyRequests} and so on through {@code
 * StatusHandler.createException(ClientHttpResponse, List)}.
 *
 * <p>That method is the whole of the default handler's work, but its class is package-private,
 * so it is called through a {@code static final} method handle, which the JIT inlines like a
 * direct call. The handler would then throw the exception; no decoder measured here throws, so
 * the exception is returned instead. The converters are the defaults {@code RestClient} uses;
 * the exception only keeps a function over them (to read the body as a type on demand).
 */
public final class SpringDecoder {

  private static final MethodHandle CREATE_EXCEPTION = createException();

  private final List<HttpMessageConverter<?>> converters = new ArrayList<>();

  public SpringDecoder() {
    HttpMessageConverters.forClient().registerDefaults().build().forEach(converters::add);
  }

  /** The exception RestClient's default status handler creates for the response. */
  public RestClientResponseException decode(ClientHttpResponse response) {
    try {
      return (RestClientResponseException) CREATE_EXCEPTION.invokeExact(response, converters);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The response as Spring's HTTP client hands it over with {@code delivery}; its body can be
   * read any number of times.
   */
  public static ClientHttpResponse response(ErrorResponse r, Delivery delivery) {
    ErrorResponse shaped = delivery.shape(r);
    HttpHeaders headers = new HttpHeaders();
    shaped.headers().forEach(headers::addAll);
    return new CannedResponse(
        HttpStatusCode.valueOf(r.status()), r.reason(), HttpHeaders.readOnlyHttpHeaders(headers), r.body(), delivery);
  }

  private static MethodHandle createException() {
    try {
      Class<?> statusHandler = Class.forName("org.springframework.web.client.StatusHandler");
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(statusHandler, MethodHandles.lookup());
      return lookup.findStatic(statusHandler, "createException",
          MethodType.methodType(RestClientResponseException.class, ClientHttpResponse.class, List.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static final class CannedResponse implements ClientHttpResponse {
    private final HttpStatusCode status;
    private final String reason;
    private final HttpHeaders headers;
    private final byte[] body;
    private final Delivery delivery;

    CannedResponse(HttpStatusCode status, String reason, HttpHeaders headers, byte[] body, Delivery delivery) {
      this.status = status;
      this.reason = reason;
      this.headers = headers;
      this.body = body;
      this.delivery = delivery;
    }

    @Override
    public HttpStatusCode getStatusCode() {
      return status;
    }

    @Override
    public String getStatusText() {
      return reason;
    }

    @Override
    public HttpHeaders getHeaders() {
      return headers;
    }

    @Override
    public InputStream getBody() {
      return delivery.stream(body);
    }

    @Override
    public void close() {}
  }
}
