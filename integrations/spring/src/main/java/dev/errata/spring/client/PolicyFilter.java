package dev.errata.spring.client;

import dev.errata.runtime.Attempts;
import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.RequestView;
import dev.errata.runtime.ResponseView;
import dev.errata.runtime.RetryAdvice;
import dev.errata.runtime.Verdict;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.support.ClientResponseWrapper;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The client policy on a {@code WebClient}'s exchange: reads the head of each response the policy
 * looks into, judges it, fails a GraphQL 2xx that carries errors, and retries as the policy's
 * advisor says, waiting on a timer ({@code Mono.delay}), never on an event-loop thread. An error
 * response goes on to the status handler as a {@link Judged} response whose body starts over
 * from its first byte.
 */
final class PolicyFilter implements ExchangeFilterFunction {

  private final ClientPolicy policy;

  PolicyFilter(ClientPolicy policy) {
    this.policy = policy;
  }

  ClientPolicy policy() {
    return policy;
  }

  @Override
  public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
    Attempts attempts = policy.retries()
        ? policy.attempts(RequestView.of(request.method().name(), request.headers()::getFirst))
        : null;
    return attempt(request, next, attempts);
  }

  private Mono<ClientResponse> attempt(ClientRequest request, ExchangeFunction next, @Nullable Attempts attempts) {
    Mono<ClientResponse> exchange = next.exchange(request);
    if (attempts != null) {
      exchange = exchange.onErrorResume(failure -> {
        // The transport's failure, as the advisor judges I/O failures.
        Throwable cause = failure instanceof WebClientRequestException && failure.getCause() != null ? failure.getCause() : failure;
        RetryAdvice advice = attempts.next(cause);
        return advice.retry() ? later(advice, request, next, attempts) : Mono.error(failure);
      });
    }
    return exchange.flatMap(response -> judge(response, request, next, attempts));
  }

  private Mono<ClientResponse> judge(ClientResponse response, ClientRequest request, ExchangeFunction next, @Nullable Attempts attempts) {

    int status = response.statusCode().value();
    if (!policy.looksInto(status)) {
      return Mono.just(response);
    }
    HttpHeaders headers = response.headers().asHttpHeaders();
    int limit = policy.readLimit(status, headers.getFirst("Content-Type"));
    if (limit == 0) {
      // Nothing to read (a status that passes through, a GraphQL 2xx of another type): an error
      // status is judged all the same, so that whichever Errata status handler the builder has
      // follows this filter's policy.
      Verdict untouched = policy.judge(new View(status, headers, new byte[0]));
      return Mono.just(response.statusCode().isError() ? new Judged(response, untouched) : response);
    }
    return ReactiveHead.read(response.body(BodyExtractors.toDataBuffers()), limit).flatMap(head -> {
      Verdict verdict = policy.judge(new View(status, headers, head.bytes()));
      if (verdict.passed()) {
        return Mono.just(new Judged(replaying(response, head.whole()), verdict));
      }
      head.discard();
      RetryAdvice advice = attempts != null ? attempts.next(verdict.error()) : null;
      if (advice != null && advice.retry()) {
        return later(advice, request, next, attempts);
      }
      if (!response.statusCode().isError()) {
        return Mono.error(verdict.error()); // a GraphQL 2xx: no status handler looks at a 2xx
      }
      // Spring drains the body of a failed response: it stops at the head.
      return Mono.just(new Judged(replaying(response, Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(head.bytes()))), verdict));
    });
  }

  /** The next attempt after the advised wait, on a timer: no thread waits. */
  private Mono<ClientResponse> later(RetryAdvice advice, ClientRequest request, ExchangeFunction next, Attempts attempts) {
    return Mono.delay(advice.delay()).then(Mono.defer(() -> attempt(request, next, attempts)));
  }

  /**
   * A copy of {@code response} whose body is {@code body}: the head read, and the rest when it is
   * handed on. Built anew rather
   * than with {@code mutate()}, which would subscribe to the original body again to release it,
   * and the connection allows one reader.
   */
  private static ClientResponse replaying(ClientResponse response, Flux<DataBuffer> body) {
    return ClientResponse.create(response.statusCode(), response.strategies())
        .headers(headers -> headers.addAll(response.headers().asHttpHeaders()))
        .cookies(cookies -> cookies.addAll(response.cookies()))
        .request(response.request())
        .body(body)
        .build();
  }

  /** A response the policy judged: the status handler acts on its verdict. */
  static final class Judged extends ClientResponseWrapper {
    private final Verdict verdict;

    Judged(ClientResponse response, Verdict verdict) {
      super(response);
      this.verdict = verdict;
    }

    Verdict verdict() {
      return verdict;
    }
  }

  /** What the policy needs of a reactive response whose head was read. */
  static final class View implements ResponseView {
    private final int status;
    private final HttpHeaders headers;
    private final byte[] head;

    View(int status, HttpHeaders headers, byte[] head) {
      this.status = status;
      this.headers = headers;
      this.head = head;
    }

    @Override
    public int status() {
      return status;
    }

    @Override
    public void forEachHeader(BiConsumer<String, String> action) {
      SpringResponseView.forEach(headers, action);
    }

    @Override
    public @Nullable String header(String name) {
      return headers.getFirst(name);
    }

    @Override
    public long contentLength() {
      return head.length;
    }

    @Override
    public InputStream body() {
      return new ByteArrayInputStream(head);
    }
  }

  @Override
  public String toString() {
    return "Errata " + policy;
  }
}
