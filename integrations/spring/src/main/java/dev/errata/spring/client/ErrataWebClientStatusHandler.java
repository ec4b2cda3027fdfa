package dev.errata.spring.client;

import dev.errata.CatalogException;
import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.runtime.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Makes {@link WebClient}'s {@code retrieve()} (and {@code @HttpExchange} interfaces over a
 * {@code WebClient}) follow a {@link ClientPolicy}: error responses fail with the catalog's typed
 * exception, outcomes pass through, GraphQL errors fail, and failed calls are retried.
 *
 * <pre>{@code
 * WebClient client = WebClient.builder().apply(ErrataWebClientStatusHandler.of(decoder)).build();
 * }</pre>
 *
 * <p>{@link #accept(WebClient.Builder)} registers two pieces, each where Spring expects it: when
 * the policy needs one (to retry, to let a code pass through, or to fail a GraphQL 2xx), a
 * filter, first in the chain, that reads the head of each response the policy looks into (up to
 * the decoder's cap), judges it and retries on a timer, never holding an event-loop thread; and
 * this handler, as the builder's default status handler for 4xx and 5xx, so {@code bodyToMono},
 * {@code bodyToFlux}, {@code toEntity} and {@code toBodilessEntity} all signal the typed exception
 * itself, not a {@code WebClientResponseException} ({@code block()} throws it unwrapped). A
 * response that passes through is read by the caller whole, the head first and then the rest.
 * Applied again, to the same builder or to a clone of it, the new policy replaces the earlier
 * one. {@code exchangeToMono} applies no status handler, as in Spring: use {@link
 * #decode(ClientResponse)} there.
 *
 * <p>Immutable and thread-safe.
 */
public final class ErrataWebClientStatusHandler implements Consumer<WebClient.Builder> {

  private final ClientPolicy policy;
  private final PolicyFilter filter;

  private ErrataWebClientStatusHandler(ClientPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.filter = new PolicyFilter(policy);
  }

  /** A handler with the default policy of {@code decoder}: every error response fails, no retries. */
  public static ErrataWebClientStatusHandler of(ErrorDecoder decoder) {
    return new ErrataWebClientStatusHandler(ClientPolicy.of(decoder));
  }

  /** A handler that follows {@code policy}. */
  public static ErrataWebClientStatusHandler of(ClientPolicy policy) {
    return new ErrataWebClientStatusHandler(policy);
  }

  /** The policy this handler follows. */
  public ClientPolicy policy() {
    return policy;
  }

  /**
   * Registers the policy on a {@code WebClient} builder, replacing an Errata policy registered
   * before: {@code WebClient.builder().apply(handler)}.
   */
  @Override
  public void accept(WebClient.Builder builder) {
    builder.filters(this::putFirst);
    builder.defaultStatusHandler(HttpStatusCode::isError, this::exceptionFor);
  }

  /** The filter first, when the policy needs one (each filter costs every request); an earlier policy's goes either way. */
  private void putFirst(List<ExchangeFilterFunction> filters) {
    filters.removeIf(PolicyFilter.class::isInstance);
    if (policy.needsInterception()) {
      filters.add(0, filter);
    }
  }

  /**
   * What {@code retrieve()} signals for an error response: the typed exception, or nothing for a
   * response that passes through (its body is then read as for a success).
   */
  public Mono<? extends Throwable> exceptionFor(ClientResponse response) {
    if (response instanceof PolicyFilter.Judged judged) {
      Verdict verdict = judged.verdict();
      return verdict.passed() ? Mono.empty() : Mono.just(verdict.error());
    }
    // Registered without the filter, no body can be read twice: only a status passes through.
    return policy.isError(response.statusCode().value()) ? decode(response) : Mono.empty();
  }

  /**
   * The exception for a response, reading at most the decoder's cap of its body. Never fails
   * with anything else: when reading the body fails, the status and headers alone decide.
   */
  public Mono<CatalogException> decode(ClientResponse response) {
    int status = response.statusCode().value();
    return ReactiveHead.read(response.body(BodyExtractors.toDataBuffers()), policy.decoder().maxReadBytes() + 1)
        .map(head -> {
          head.discard();
          return policy.decoder().decode(new PolicyFilter.View(status, response.headers().asHttpHeaders(), head.bytes()));
        });
  }

  @Override
  public String toString() {
    return "ErrataWebClientStatusHandler[" + policy + "]";
  }
}
