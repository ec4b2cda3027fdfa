package dev.errata.spring.client;

import dev.errata.CatalogException;
import dev.errata.runtime.DecodedError;
import dev.errata.runtime.ErrorDecoder;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Makes {@link WebClient}'s {@code retrieve()} (and {@code @HttpExchange} interfaces over a
 * {@code WebClient}) fail with the catalog's typed exception for every error response:
 *
 * <pre>{@code
 * WebClient client = WebClient.builder().apply(ErrataWebClientStatusHandler.of(decoder)).build();
 * }</pre>
 *
 * <p>It is registered as the builder's default status handler for 4xx and 5xx statuses, Spring's
 * own extension point for this, so {@code bodyToMono}, {@code bodyToFlux}, {@code toEntity} and
 * {@code toBodilessEntity} all signal the decoded {@link CatalogException} itself, not a {@code
 * WebClientResponseException}; {@code block()} throws it unwrapped (Reactor adds the blocking
 * call's stack as a suppressed exception, as it does for any error). At most {@link
 * ErrorDecoder#maxReadBytes()} bytes of the body are read; the rest is not consumed, and the
 * connection is released.
 *
 * <p>Responses that {@link PassThrough} names are left alone, and {@code retrieve()} reads their
 * body as for a success. A status passes through on the status line alone. A wire code is known
 * only after the body is read, so when codes pass through {@link #accept(WebClient.Builder)} also
 * adds a filter that reads each error body into memory, up to {@code maxReadBytes}, for a second
 * reading; a body longer than that stays an error even with a code that passes through, since
 * its rest is not kept. The filter sees every exchange of the client, so there an error body
 * read through {@code exchangeToMono} is capped the same way. Registered any other way, a code
 * never passes through. Use {@code
 * exchangeToMono} and {@link #decode(ClientResponse)} to choose per response: as in Spring,
 * {@code exchangeToMono} and {@code exchangeToFlux} apply no status handler.
 *
 * <p>Immutable and thread-safe.
 */
public final class ErrataWebClientStatusHandler implements Consumer<WebClient.Builder> {

  private final ErrorDecoder decoder;
  private final PassThrough passThrough;

  private ErrataWebClientStatusHandler(ErrorDecoder decoder, PassThrough passThrough) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    this.passThrough = Objects.requireNonNull(passThrough, "passThrough");
  }

  /** A status handler that turns every error response into {@code decoder}'s exception. */
  public static ErrataWebClientStatusHandler of(ErrorDecoder decoder) {
    return new ErrataWebClientStatusHandler(decoder, PassThrough.none());
  }

  /** A status handler that leaves the responses {@code passThrough} names to the caller. */
  public static ErrataWebClientStatusHandler of(ErrorDecoder decoder, PassThrough passThrough) {
    return new ErrataWebClientStatusHandler(decoder, passThrough);
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
   * Registers this handler as the builder's default status handler for 4xx and 5xx responses,
   * and, when wire codes pass through, the filter that lets an error body be read twice. Use it
   * as {@code WebClient.builder().apply(handler)}.
   */
  @Override
  public void accept(WebClient.Builder builder) {
    builder.defaultStatusHandler(HttpStatusCode::isError, this::exceptionFor);
    if (passThrough.needsBody()) {
      builder.filter(new ReplayableWebErrorBody(decoder.maxReadBytes()));
    }
  }

  /**
   * What {@code retrieve()} signals for an error response: the decoded exception, or nothing for
   * a response that passes through (then the body is read as for a success).
   */
  public Mono<? extends Throwable> exceptionFor(ClientResponse response) {
    if (passThrough.status(response.statusCode().value())) {
      return Mono.empty();
    }
    if (!passThrough.needsBody()) {
      return decode(response);
    }
    boolean whole = response instanceof ReplayableWebErrorBody.Response replayable && replayable.whole();
    // Decided before an exception is made: one that passes through costs none.
    return read(response).filter(error -> !(whole && passThrough.code(error))).map(DecodedError::toException);
  }

  /**
   * The exception for a response, reading at most {@code maxReadBytes} of its body. Never fails
   * with anything else: when reading the body fails, the status and headers alone decide.
   */
  public Mono<CatalogException> decode(ClientResponse response) {
    return read(response).map(DecodedError::toException);
  }

  private Mono<DecodedError> read(ClientResponse response) {
    int status = response.statusCode().value();
    int limit = decoder.maxReadBytes() + 1; // one more byte tells the decoder the body was cut
    return DataBufferUtils.join(
            DataBufferUtils.takeUntilByteCount(response.body(BodyExtractors.toDataBuffers()), limit))
        .map(ErrataWebClientStatusHandler::bytes)
        .onErrorResume(broken -> Mono.empty())
        .defaultIfEmpty(new byte[0])
        .map(body -> decoder.read(status, SpringHeaders.of(response.headers().asHttpHeaders()), body));
  }

  static byte[] bytes(DataBuffer buffer) {
    try {
      byte[] bytes = new byte[buffer.readableByteCount()];
      buffer.read(bytes);
      return bytes;
    } finally {
      DataBufferUtils.release(buffer);
    }
  }

  @Override
  public String toString() {
    return "ErrataWebClientStatusHandler[" + decoder.catalog().name() + ", " + passThrough + "]";
  }
}
