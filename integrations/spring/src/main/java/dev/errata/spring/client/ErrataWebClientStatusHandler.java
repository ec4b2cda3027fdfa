package dev.errata.spring.client;

import dev.errata.CatalogException;
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
 * <p>Statuses that {@link PassThrough} names are left alone, and {@code retrieve()} reads their
 * body as for a success. Wire codes cannot pass through here: once the status handler has read
 * the body, {@code retrieve()} cannot read it again. Use {@code exchangeToMono} and {@link
 * #decode(ClientResponse)} to choose per response. As in Spring, {@code exchangeToMono} and
 * {@code exchangeToFlux} apply no status handler.
 *
 * <p>Immutable and thread-safe.
 */
public final class ErrataWebClientStatusHandler implements Consumer<WebClient.Builder> {

  private final ErrorDecoder decoder;
  private final PassThrough passThrough;

  private ErrataWebClientStatusHandler(ErrorDecoder decoder, PassThrough passThrough) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    this.passThrough = Objects.requireNonNull(passThrough, "passThrough");
    if (passThrough.needsBody()) {
      throw new IllegalArgumentException(
          "WebClient cannot pass wire codes through (" + passThrough.codes() + "): retrieve() reads an error body"
              + " only once. Pass statuses through, or decide per response with exchangeToMono and decode(response).");
    }
  }

  /** A status handler that turns every error response into {@code decoder}'s exception. */
  public static ErrataWebClientStatusHandler of(ErrorDecoder decoder) {
    return new ErrataWebClientStatusHandler(decoder, PassThrough.none());
  }

  /**
   * A status handler that leaves the statuses {@code passThrough} names to the caller.
   *
   * @throws IllegalArgumentException if {@code passThrough} names wire codes, which a {@code
   *     WebClient} status handler cannot pass through
   */
  public static ErrataWebClientStatusHandler of(ErrorDecoder decoder, PassThrough passThrough) {
    return new ErrataWebClientStatusHandler(decoder, passThrough);
  }

  /** The decoder error responses go through. */
  public ErrorDecoder decoder() {
    return decoder;
  }

  /**
   * Registers this handler as the builder's default status handler for 4xx and 5xx responses.
   * Use it as {@code WebClient.builder().apply(handler)}.
   */
  @Override
  public void accept(WebClient.Builder builder) {
    builder.defaultStatusHandler(HttpStatusCode::isError, this::exceptionFor);
  }

  /**
   * What {@code retrieve()} signals for an error response: the decoded exception, or nothing for
   * a status that passes through (then the body is read as for a success).
   */
  public Mono<? extends Throwable> exceptionFor(ClientResponse response) {
    if (passThrough.status(response.statusCode().value())) {
      return Mono.empty();
    }
    return decode(response);
  }

  /**
   * The exception for a response, reading at most {@code maxReadBytes} of its body. Never fails
   * with anything else: when reading the body fails, the status and headers alone decide.
   */
  public Mono<CatalogException> decode(ClientResponse response) {
    int status = response.statusCode().value();
    int limit = decoder.maxReadBytes() + 1; // one more byte tells the decoder the body was cut
    return DataBufferUtils.join(
            DataBufferUtils.takeUntilByteCount(response.body(BodyExtractors.toDataBuffers()), limit))
        .map(ErrataWebClientStatusHandler::bytes)
        .onErrorResume(broken -> Mono.empty())
        .defaultIfEmpty(new byte[0])
        .map(body -> decoder.decode(status, SpringHeaders.of(response.headers().asHttpHeaders()), body));
  }

  private static byte[] bytes(DataBuffer buffer) {
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
