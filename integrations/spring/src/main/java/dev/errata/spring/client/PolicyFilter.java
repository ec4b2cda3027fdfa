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
    Attempts attempts = policy.attempts(RequestView.of(request.method().name(), request.headers()::getFirst));
    return attempt(request, next, attempts);
  }

  private Mono<ClientResponse> attempt(ClientRequest request, ExchangeFunction next, Attempts attempts) {
    return next.exchange(request)
        .onErrorResume(failure -> {
          // The transport's failure, as the advisor judges I/O failures.
          Throwable cause = failure instanceof WebClientRequestException && failure.getCause() != null ? failure.getCause() : failure;
          RetryAdvice advice = attempts.next(cause);
          return advice.retry() ? Mono.delay(advice.delay()).then(Mono.defer(() -> attempt(request, next, attempts))) : Mono.error(failure);
        })
        .flatMap(response -> {
          int status = response.statusCode().value();
          int limit = policy.readLimit(status, response.headers().asHttpHeaders().getFirst("Content-Type"));
          if (limit == 0) {
            // An error status that passes through is judged too, so that whichever Errata status
            // handler the builder has acts on this filter's policy.
            return Mono.just(response.statusCode().isError() ? new Judged(response, policy.judge(new View(status, response.headers().asHttpHeaders(), new byte[0]))) : response);
          }
          return ReactiveHead.read(response.body(BodyExtractors.toDataBuffers()), limit).flatMap(head -> {
            Verdict verdict = policy.judge(new View(status, response.headers().asHttpHeaders(), head.bytes()));
            if (!verdict.passed() && attempts.mayRetry()) {
              RetryAdvice advice = attempts.next(verdict.error());
              if (advice.retry()) {
                head.discard();
                return Mono.delay(advice.delay()).then(Mono.defer(() -> attempt(request, next, attempts)));
              }
            }
            if (!verdict.passed() && !response.statusCode().isError()) {
              head.discard(); // a GraphQL 2xx: no status handler looks at a 2xx
              return Mono.error(verdict.error());
            }
            if (!verdict.passed()) {
              // Spring drains the body of a failed response: it stops at the head.
              head.discard();
              return Mono.just(new Judged(replaying(response, Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(head.bytes()))), verdict));
            }
            return Mono.just(new Judged(replaying(response, head.whole()), verdict));
          });
        });
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
    public String header(String name) {
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
