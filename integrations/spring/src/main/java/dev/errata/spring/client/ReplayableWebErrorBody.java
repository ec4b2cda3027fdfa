package dev.errata.spring.client;

import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.reactive.function.client.support.ClientResponseWrapper;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Lets the body of a {@code WebClient} error response be read twice, so a wire code that passes
 * through can still reach the caller. The body is read into memory up to what the decoder may
 * read and replayed from there to every reader. A body longer than that is cut: its head still
 * decodes, but it is not {@linkplain Response#whole() whole}, so it cannot pass through (its rest
 * is not read, and memory stays bounded by the decoder's cap). Successful responses are untouched.
 */
final class ReplayableWebErrorBody implements ExchangeFilterFunction {

  private final int limit;

  ReplayableWebErrorBody(int maxReadBytes) {
    this.limit = maxReadBytes + 1; // one more byte tells a body cut at the cap from one that fits
  }

  @Override
  public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
    return next.exchange(request)
        .flatMap(response -> response.statusCode().isError() ? buffered(response) : Mono.just(response));
  }

  private Mono<ClientResponse> buffered(ClientResponse response) {
    return DataBufferUtils.join(
            DataBufferUtils.takeUntilByteCount(response.body(BodyExtractors.toDataBuffers()), limit))
        .map(ErrataWebClientStatusHandler::bytes)
        .defaultIfEmpty(new byte[0])
        .map(bytes -> replaying(response, bytes, bytes.length < limit))
        // A body that failed to arrive is not whole: it decodes as empty and never passes through.
        .onErrorResume(broken -> Mono.just(replaying(response, new byte[0], false)));
  }

  /**
   * A copy of {@code response} whose body is {@code bytes}. Built anew rather than with {@code
   * mutate()}, which would subscribe to the original body again to release it, and the
   * connection allows one reader.
   */
  private static ClientResponse replaying(ClientResponse response, byte[] bytes, boolean whole) {
    ClientResponse copy = ClientResponse.create(response.statusCode(), response.strategies())
        .headers(headers -> headers.addAll(response.headers().asHttpHeaders()))
        .cookies(cookies -> cookies.addAll(response.cookies()))
        .request(response.request())
        .body(Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(bytes))))
        .build();
    return new Response(copy, whole);
  }

  /** An error response whose body (or its head, when cut) starts over at every read. */
  static final class Response extends ClientResponseWrapper {
    private final boolean whole;

    Response(ClientResponse replaying, boolean whole) {
      super(replaying);
      this.whole = whole;
    }

    /** Whether the replayed body is all of the response's body. */
    boolean whole() {
      return whole;
    }
  }
}
