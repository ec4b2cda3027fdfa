package dev.errata.spring.client;

import dev.errata.CatalogException;
import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.runtime.Verdict;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestInitializer;
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
 * <p>{@link #accept(RestClient.Builder)} and {@link #configure(RestTemplate)} register this
 * handler, which throws the typed exception for an error response, as the builder's status
 * handler for 4xx and 5xx. A policy that retries, lets codes pass through or reads GraphQL errors
 * also gets an interceptor, first in the chain, that judges each response the policy looks into
 * and retries (waiting on the calling thread); a GraphQL 2xx carrying errors fails there, since
 * no status handler looks at a 2xx. Applied again, to the same builder or to a clone of it, the
 * new policy replaces the earlier one: Spring asks the builder's first status handler, and it
 * follows the new policy. Neither {@code RestClient}, {@code RestTemplate} nor an {@code
 * @HttpExchange} proxy wraps the typed exception.
 *
 * <p>{@code RestClient}'s {@code exchange(...)} applies no status handler, by Spring's design:
 * there the caller sees every response, its body whole, and can call {@link
 * #decode(ClientHttpResponse)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ErrataResponseErrorHandler
    implements ResponseErrorHandler, RestClient.ResponseSpec.ErrorHandler, Consumer<RestClient.Builder> {

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
    PolicyMarker[] earlier = new PolicyMarker[1];
    builder.requestInitializers(initializers -> earlier[0] = mark(initializers));
    // Only when an interceptor comes or goes: RestClient sends every request of a builder that
    // has an interceptor list, even an empty one, through a buffering intercepting factory.
    if (policy.needsInterception() || (earlier[0] != null && earlier[0].policy().needsInterception())) {
      builder.requestInterceptors(this::putFirst);
    }
    builder.defaultStatusHandler(HttpStatusCode::isError, this);
  }

  /** Registers the policy on a {@code RestTemplate}, replacing an Errata policy registered before. */
  public void configure(RestTemplate restTemplate) {
    putFirst(restTemplate.getInterceptors());
    restTemplate.setErrorHandler(this);
  }

  /** Marks the builder as this policy's; returns the marker of the policy applied before, if any. */
  private @Nullable PolicyMarker mark(List<ClientHttpRequestInitializer> initializers) {
    for (int i = 0; i < initializers.size(); i++) {
      if (initializers.get(i) instanceof PolicyMarker earlier) {
        initializers.set(i, new PolicyMarker(policy, /* announce= */ true));
        return earlier;
      }
    }
    initializers.add(new PolicyMarker(policy, /* announce= */ false));
    return null;
  }

  /** The interceptor first, when the policy needs one; an earlier policy's goes either way. */
  private void putFirst(List<ClientHttpRequestInterceptor> interceptors) {
    interceptors.removeIf(PolicyInterceptor.class::isInstance);
    if (policy.needsInterception()) {
      interceptors.add(0, interceptor);
    }
  }

  /**
   * Whether this handler takes the response: every 4xx and 5xx, so that Spring's default handler
   * does not throw its own exception for one that passes through.
   */
  @Override
  public boolean hasError(ClientHttpResponse response) throws IOException {
    return response.getStatusCode().isError();
  }

  /** Throws the typed exception for an error response, unless it passes through: for {@code RestTemplate}. */
  @Override
  public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws IOException {
    handle(policy, response);
  }

  /**
   * Throws the typed exception for an error response, unless it passes through: for {@code
   * RestClient}, following the policy the request carries when the builder's was replaced.
   */
  @Override
  public void handle(HttpRequest request, ClientHttpResponse response) throws IOException {
    handle(request.getAttributes().get(PolicyMarker.ATTRIBUTE) instanceof ClientPolicy replaced ? replaced : policy, response);
  }

  private static void handle(ClientPolicy policy, ClientHttpResponse response) throws IOException {
    if (response instanceof JudgedResponse judged) {
      Verdict verdict = judged.verdict();
      if (!verdict.passed()) {
        throw verdict.error();
      }
      return;
    }
    int status = response.getStatusCode().value();
    if (policy.isError(status)) {
      // Without the interceptor, no body is read twice: only a status passes through.
      CatalogException error = policy.decoder().decode(new SpringResponseView(response, status));
      // Spring closes the response after this throws, reading the body to its end unless it is
      // already closed: the rest past the decoder's cap is given up instead.
      giveUpBody(response);
      throw error;
    }
  }

  private static void giveUpBody(ClientHttpResponse response) {
    try {
      response.getBody().close();
    } catch (IOException | RuntimeException alreadyGone) {
      // Nothing left to give up.
    }
  }

  /**
   * The exception for an error response, for code that handles responses itself (such as {@code
   * RestClient}'s {@code exchange}). Reads at most the decoder's cap of the body and leaves the
   * response open.
   */
  public CatalogException decode(ClientHttpResponse response) {
    return policy.decoder().decode(SpringResponseView.of(response));
  }

  @Override
  public String toString() {
    return "ErrataResponseErrorHandler[" + policy + "]";
  }
}
