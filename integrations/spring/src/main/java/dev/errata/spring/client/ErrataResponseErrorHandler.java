package dev.errata.spring.client;

import dev.errata.CatalogException;
import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.runtime.Verdict;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResponseErrorHandler;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * Makes {@link RestClient}, {@link RestTemplate} and {@code @HttpExchange} interfaces over them
 * follow a {@link ClientPolicy}: error responses are thrown as the catalog's typed exceptions,
 * outcomes pass through, GraphQL errors fail, and failed calls are retried, as the policy says.
 *
 * <pre>{@code
 * ErrataResponseErrorHandler errata = ErrataResponseErrorHandler.of(decoder);
 * RestClient client = RestClient.builder().apply(errata).build();
 * errata.configure(restTemplate);
 * }</pre>
 *
 * <p>{@link #accept(RestClient.Builder)} and {@link #configure(RestTemplate)} register two
 * pieces, each where Spring expects it: an interceptor, first in the chain, that judges each
 * response the policy looks into and retries (waiting on the calling thread), and this handler,
 * which throws the typed exception for an error response. Applied again, to the same builder or
 * to a clone of it, the new policy replaces the earlier one: its interceptor takes the earlier
 * one's place, and every Errata handler on the builder acts on what that interceptor decided.
 * A GraphQL 2xx carrying errors fails in the interceptor, since no status handler looks at a 2xx.
 * Neither {@code RestClient}, {@code RestTemplate} nor an {@code @HttpExchange} proxy wraps the
 * typed exception.
 *
 * <p>{@code RestClient}'s {@code exchange(...)} applies no status handler, by Spring's design:
 * there the caller sees every response, its body whole, and can call {@link
 * #decode(ClientHttpResponse)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ErrataResponseErrorHandler implements ResponseErrorHandler, Consumer<RestClient.Builder> {

  private final ClientPolicy policy;
  private final PolicyInterceptor interceptor;

  private ErrataResponseErrorHandler(ClientPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.interceptor = new PolicyInterceptor(policy);
  }

  /** A handler with the default policy of {@code decoder}: every error response throws, no retries. */
  public static ErrataResponseErrorHandler of(ErrorDecoder decoder) {
    return new ErrataResponseErrorHandler(ClientPolicy.of(decoder));
  }

  /** A handler that follows {@code policy}. */
  public static ErrataResponseErrorHandler of(ClientPolicy policy) {
    return new ErrataResponseErrorHandler(policy);
  }

  /** The policy this handler follows. */
  public ClientPolicy policy() {
    return policy;
  }

  /**
   * Registers the policy on a {@code RestClient} builder, replacing an Errata policy registered
   * before: {@code RestClient.builder().apply(handler)}.
   */
  @Override
  public void accept(RestClient.Builder builder) {
    builder.requestInterceptors(this::putFirst);
    builder.defaultStatusHandler(this);
  }

  /** Registers the policy on a {@code RestTemplate}, replacing an Errata policy registered before. */
  public void configure(RestTemplate restTemplate) {
    putFirst(restTemplate.getInterceptors());
    restTemplate.setErrorHandler(this);
  }

  private void putFirst(java.util.List<ClientHttpRequestInterceptor> interceptors) {
    interceptors.removeIf(PolicyInterceptor.class::isInstance);
    interceptors.add(0, interceptor);
  }

  /**
   * Whether this handler takes the response: every 4xx and 5xx, so that Spring's default handler
   * does not throw its own exception for one that passes through.
   */
  @Override
  public boolean hasError(ClientHttpResponse response) throws IOException {
    return response.getStatusCode().isError();
  }

  /** Throws the typed exception for an error response, unless it passes through. */
  @Override
  public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws IOException {
    if (response instanceof JudgedResponse judged) {
      Verdict verdict = judged.verdict();
      if (!verdict.passed()) {
        throw verdict.error();
      }
    } else if (policy.isError(response.getStatusCode().value())) {
      // Registered without the interceptor, no body can be read twice: only a status passes through.
      throw decode(response);
    }
  }

  /**
   * The exception for an error response, for code that handles responses itself (such as {@code
   * RestClient}'s {@code exchange}). Reads at most the decoder's cap of the body and leaves the
   * response open.
   */
  public CatalogException decode(ClientHttpResponse response) {
    return policy.decoder().decode(new SpringResponseView(response));
  }

  @Override
  public String toString() {
    return "ErrataResponseErrorHandler[" + policy + "]";
  }
}
