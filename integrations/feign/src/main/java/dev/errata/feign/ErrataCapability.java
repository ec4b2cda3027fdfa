package dev.errata.feign;

import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.ErrorDecoder;
import feign.AsyncClient;
import feign.Capability;
import feign.Client;
import feign.ResponseInterceptors;
import feign.Retryer;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Errata for a Feign client in one call, through Feign's own extension point:
 *
 * <pre>{@code
 * PaymentsApi api = Feign.builder()
 *     .addCapability(ErrataCapability.of(ErrorDecoder.builder(PaymentsErrorCatalog.INSTANCE).build()))
 *     .target(PaymentsApi.class, "https://payments.example.com");
 * }</pre>
 *
 * The client follows a {@link ClientPolicy}: error responses are thrown as the catalog's typed
 * exceptions, outcomes pass through (decoded by the client's decoder, as for a 2xx), GraphQL
 * errors fail, and failed calls are retried, all as the policy says, with {@code Feign} and
 * {@code AsyncFeign} alike. It adds, and replaces nothing:
 *
 * <ul>
 *   <li>around the client ({@link Client} or {@link AsyncClient}): the policy's judgement of each
 *       response it looks into, and its retries; an {@code AsyncFeign} client waits on a timer,
 *       never on one of its threads (give {@code AsyncFeign} its client, as its default one is
 *       made after capabilities run: see {@link #enrich(AsyncClient)});
 *   <li>a response interceptor, after the builder's own: the typed exception, the pass-through
 *       and the GraphQL check.
 * </ul>
 *
 * <p>The builder's error decoder, decoder, interceptors and other capabilities stay as they are;
 * the error decoder still sees what the policy leaves alone (a 3xx, say). Its {@link Retryer} too,
 * unless the policy retries: then the policy's retries are the client's, and the retryer is
 * replaced by {@link Retryer#NEVER_RETRY} (logged once per client), since two retry loops would
 * multiply the attempts against a service that is already failing.
 */
public final class ErrataCapability implements Capability {

  private static final System.Logger LOG = System.getLogger(ErrataCapability.class.getName());

  private final ClientPolicy policy;

  private ErrataCapability(ClientPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** The default policy of {@code decoder}: every error response throws, no retries. */
  public static ErrataCapability of(ErrorDecoder decoder) {
    return new ErrataCapability(ClientPolicy.of(decoder));
  }

  /** Follows {@code policy}. */
  public static ErrataCapability of(ClientPolicy policy) {
    return new ErrataCapability(policy);
  }

  /** The policy this capability installs. */
  public ClientPolicy policy() {
    return policy;
  }

  @Override
  public Client enrich(Client client) {
    return PolicyClient.of(client, policy);
  }

  /**
   * The asynchronous client with the policy's judgement and retries. {@code AsyncFeign} makes its
   * default client only after capabilities have run, so there is none to wrap unless the builder
   * was given one: errors are then still typed (by the response interceptor), but not retried.
   */
  @Override
  public @Nullable AsyncClient<Object> enrich(@Nullable AsyncClient<Object> client) {
    if (client == null) {
      if (policy.retries()) {
        LOG.log(Level.WARNING, "Errata cannot retry the calls of an AsyncFeign client built without a client:"
            + " give the builder one, AsyncFeign.builder().client(new DefaultAsyncClient<>(...))");
      }
      return null;
    }
    return PolicyClient.of(client, policy);
  }

  @Override
  public ResponseInterceptors enrich(ResponseInterceptors interceptors) {
    List<feign.ResponseInterceptor> all = new ArrayList<>(interceptors.interceptors());
    all.add(new PolicyResponseInterceptor(policy));
    return new ResponseInterceptors(all);
  }

  /** The builder's retryer, unless the policy retries (see the class description). */
  @Override
  public @Nullable Retryer enrich(@Nullable Retryer retryer) {

    if (!policy.retries() || retryer == Retryer.NEVER_RETRY) {
      return retryer;
    }
    LOG.log(Level.INFO, "Errata''s retry policy ({0} attempts) replaces the Feign client''s {1}",
        policy.retry().maxAttempts(), retryer == null ? "retryer" : retryer.getClass().getName());
    return Retryer.NEVER_RETRY;
  }

  @Override
  public String toString() {
    return "ErrataCapability[" + policy + "]";
  }
}
