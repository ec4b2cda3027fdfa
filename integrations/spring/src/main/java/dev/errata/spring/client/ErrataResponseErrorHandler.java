package dev.errata.spring.client;

import dev.errata.CatalogException;
import dev.errata.runtime.DecodedError;
import dev.errata.runtime.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResponseErrorHandler;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * Makes {@link RestClient}, {@link RestTemplate} and {@code @HttpExchange} interfaces over them
 * throw the catalog's typed exception for every error response:
 *
 * <pre>{@code
 * ErrataResponseErrorHandler errata = ErrataResponseErrorHandler.of(decoder);
 * RestClient client = RestClient.builder().apply(errata).build();
 * errata.configure(restTemplate);
 * }</pre>
 *
 * <p>An error response is one with a 4xx or 5xx status, as Spring's own default handler sees it.
 * At most {@link ErrorDecoder#maxReadBytes()} bytes of its body are read, and its headers are
 * handed to the decoder as a view, not a copy. The decoded {@link CatalogException} is thrown as it is: neither {@code
 * RestClient}, {@code RestTemplate} nor an {@code @HttpExchange} proxy wraps an unchecked
 * exception thrown by a status handler.
 *
 * <p>Responses that {@link PassThrough} names are left alone, so the caller gets the response
 * or its body. A status passes through on the status line alone. A wire code is known only after
 * the body is read, so the body must be readable twice: {@link #accept(RestClient.Builder)} and
 * {@link #configure(RestTemplate)} add an interceptor that keeps the first {@code maxReadBytes}
 * of an error body for a second reading (only when codes pass through). Registered any other
 * way, for example with {@code RestClient.Builder#defaultStatusHandler(ResponseErrorHandler)}, a
 * code passes through only when the body stream supports {@code mark}/{@code reset} (a buffering
 * request factory); otherwise the response is an error.
 *
 * <p>{@code RestClient}'s {@code exchange(...)} does not apply status handlers (by Spring's
 * design): there the caller sees every response and can call {@link #decode(ClientHttpResponse)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ErrataResponseErrorHandler
    implements ResponseErrorHandler, RestClient.ResponseSpec.ErrorHandler, Consumer<RestClient.Builder> {

  private final ErrorDecoder decoder;
  private final PassThrough passThrough;

  private ErrataResponseErrorHandler(ErrorDecoder decoder, PassThrough passThrough) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    this.passThrough = Objects.requireNonNull(passThrough, "passThrough");
  }

  /** A handler that turns every error response into {@code decoder}'s exception. */
  public static ErrataResponseErrorHandler of(ErrorDecoder decoder) {
    return new ErrataResponseErrorHandler(decoder, PassThrough.none());
  }

  /** A handler that leaves the responses {@code passThrough} names to the caller. */
  public static ErrataResponseErrorHandler of(ErrorDecoder decoder, PassThrough passThrough) {
    return new ErrataResponseErrorHandler(decoder, passThrough);
  }

  /** The decoder error responses go through. */
  public ErrorDecoder decoder() {
    return decoder;
  }

  /** The responses left to the caller. */
  public PassThrough passThrough() {
    return passThrough;
  }

  /**
   * Registers this handler on a {@code RestClient} builder, as its default status handler for
   * error statuses, and, when wire codes pass through, the interceptor that lets an error body be
   * read twice. Use it as {@code RestClient.builder().apply(handler)}.
   */
  @Override
  public void accept(RestClient.Builder builder) {
    // As RestClient's own ErrorHandler, not a ResponseErrorHandler that Spring would wrap in a
    // lambda: every exception's stack trace records one frame less.
    builder.defaultStatusHandler(HttpStatusCode::isError, this);
    if (passThrough.needsBody()) {
      builder.requestInterceptor(new ReplayableErrorBody(decoder.maxReadBytes()));
    }
  }

  /**
   * Registers this handler on a {@code RestTemplate} as its error handler, and, when wire codes
   * pass through, the interceptor that lets an error body be read twice.
   */
  public void configure(RestTemplate restTemplate) {
    restTemplate.setErrorHandler(this);
    if (passThrough.needsBody()) {
      restTemplate.getInterceptors().add(new ReplayableErrorBody(decoder.maxReadBytes()));
    }
  }

  /**
   * Whether the response is an error status (4xx, 5xx). Statuses that pass through count too:
   * {@code RestClient} throws its own exception for any error status that no handler claims, so
   * this handler claims them and then does nothing.
   */
  @Override
  public boolean hasError(ClientHttpResponse response) throws IOException {
    return response.getStatusCode().isError();
  }

  /** Throws the decoded exception, unless the response passes through. */
  @Override
  public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws IOException {
    // The same statements as handle: a shared method would be one more frame in every trace.
    int status = response.getStatusCode().value();
    if (passThrough.status(status)) {
      return;
    }
    if (!passThrough.needsBody()) {
      // -1: the decoder takes the body's length from its headers.
      throw decoder.readStream(status, SpringHeaders.of(response.getHeaders()), ErrorBody.of(response), -1).toException();
    }
    throwUnlessCodePassesThrough(status, response);
  }

  /**
   * Throws the decoded exception, unless the response passes through: what {@code RestClient}
   * calls for an error status when this handler was registered by {@link #accept}.
   */
  @Override
  public void handle(HttpRequest request, ClientHttpResponse response) throws IOException {
    int status = response.getStatusCode().value();
    if (passThrough.status(status)) {
      return;
    }
    if (!passThrough.needsBody()) {
      throw decoder.readStream(status, SpringHeaders.of(response.getHeaders()), ErrorBody.of(response), -1).toException();
    }
    throwUnlessCodePassesThrough(status, response);
  }

  private void throwUnlessCodePassesThrough(int status, ClientHttpResponse response) throws IOException {
    InputStream body = response.getBody();
    boolean markable = !(response instanceof ReplayableErrorBody.Response) && body.markSupported();
    if (markable) {
      body.mark(decoder.maxReadBytes() + 1);
    }
    DecodedError error = decoder.readStream(status, SpringHeaders.of(response.getHeaders()), body, -1);
    boolean replayable = markable || response instanceof ReplayableErrorBody.Response;
    if (replayable && passThrough.code(error)) {
      if (markable) {
        body.reset();
      }
      return;
    }
    throw error.toException();
  }

  /**
   * The exception for an error response, for code that handles responses itself (such as {@code
   * RestClient}'s {@code exchange}). Reads at most {@code maxReadBytes} of the body and leaves
   * the response open.
   */
  public CatalogException decode(ClientHttpResponse response) throws IOException {
    int status = response.getStatusCode().value();
    return decoder.decodeStream(status, SpringHeaders.of(response.getHeaders()), ErrorBody.of(response), -1);
  }

  @Override
  public String toString() {
    return "ErrataResponseErrorHandler[" + decoder.catalog().name() + ", " + passThrough + "]";
  }
}
