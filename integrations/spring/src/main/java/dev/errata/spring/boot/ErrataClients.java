package dev.errata.spring.boot;

import dev.errata.Catalog;
import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.runtime.PassThrough;
import dev.errata.runtime.RetryAdvisor;
import dev.errata.spring.client.ErrataResponseErrorHandler;
import dev.errata.spring.client.ErrataWebClientStatusHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The client policy of each catalog an application calls, with the application's {@code
 * errata.*} settings (caps, redaction, pass-through, GraphQL, retry): for a client that calls
 * another API than the default one.
 *
 * <pre>{@code
 * @Bean
 * RestClient inventory(RestClient.Builder builder, ErrataClients errata) {
 *   return builder.clone()
 *       .baseUrl("https://inventory.internal")
 *       .apply(errata.restClient(InventoryErrorCatalog.INSTANCE))
 *       .build();
 * }
 * }</pre>
 *
 * <p>Named clients (HTTP service groups, Spring Cloud OpenFeign clients) take their catalog from
 * {@code errata.client.catalogs.<name>} through {@link #policyFor}; the others get the {@linkplain
 * #defaultPolicy() default policy}. Each client logs once, at INFO, which catalog it decodes with.
 */
public final class ErrataClients {

  private static final Log log = LogFactory.getLog(ErrataClients.class);

  private final ErrataProperties properties;
  private final ClientPolicy defaultPolicy;
  private final Map<String, Catalog> named = new LinkedHashMap<>();
  private final Map<Catalog, ClientPolicy> policies = new ConcurrentHashMap<>();

  /**
   * The policies of an application whose default clients follow {@code defaultPolicy}; every
   * catalog named in {@code errata.client.catalogs} is resolved here, so a wrong one fails startup.
   */
  public ErrataClients(ErrataProperties properties, ClientPolicy defaultPolicy) {
    this.properties = properties;
    this.defaultPolicy = defaultPolicy;
    policies.put(defaultPolicy.decoder().catalog(), defaultPolicy);
    properties.getClient().getCatalogs().forEach((name, type) ->
        named.put(name, CatalogProperty.resolve(type, "errata.client.catalogs." + name)));
  }

  /** The policy of the auto-configured builders: the {@link ClientPolicy} bean. */
  public ClientPolicy defaultPolicy() {
    return defaultPolicy;
  }

  /** The policy that decodes with {@code catalog}, with the application's settings. */
  public ClientPolicy policy(Catalog catalog) {
    return policies.computeIfAbsent(catalog, c -> policyOf(decoderOf(c, properties), properties));
  }

  /** A RestClient or RestTemplate error handler that decodes with {@code catalog}. */
  public ErrataResponseErrorHandler restClient(Catalog catalog) {
    log.info("Errata: a RestClient decodes errors with " + catalog.name() + " (ErrataClients.restClient)");
    return ErrataResponseErrorHandler.of(policy(catalog));
  }

  /** A WebClient status handler that decodes with {@code catalog}. */
  public ErrataWebClientStatusHandler webClient(Catalog catalog) {
    log.info("Errata: a WebClient decodes errors with " + catalog.name() + " (ErrataClients.webClient)");
    return ErrataWebClientStatusHandler.of(policy(catalog));
  }

  /** Whether {@code errata.client.catalogs} names a catalog for the client called {@code name}. */
  public boolean names(String name) {
    return named.containsKey(name);
  }

  /**
   * The policy of the client called {@code name} (an HTTP service group, a Feign client): the
   * catalog {@code errata.client.catalogs.<name>} names, else the default one. Logs the choice,
   * with {@code kind} saying what the client is.
   */
  public ClientPolicy policyFor(String kind, String name) {
    Catalog catalog = named.get(name);
    if (catalog == null) {
      log.info("Errata: " + kind + " '" + name + "' decodes errors with " + defaultPolicy.decoder().catalog().name()
          + ", the default catalog; errata.client.catalogs." + name + " would give it its own");
      return defaultPolicy;
    }
    log.info("Errata: " + kind + " '" + name + "' decodes errors with " + catalog.name()
        + " (errata.client.catalogs." + name + ")");
    return policy(catalog);
  }

  static ErrorDecoder decoderOf(Catalog catalog, ErrataProperties properties) {
    ErrataProperties.Client client = properties.getClient();
    return ErrorDecoder.builder(catalog)
        .maxReadBytes(intBytes(client.getMaxReadBytes().toBytes(), "errata.client.max-read-bytes"))
        .maxKeptBodyBytes(intBytes(client.getMaxKeptBodyBytes().toBytes(), "errata.client.max-kept-body-bytes"))
        .redactHeaders(properties.getRedactedHeaders())
        .captureStackTraces(properties.isCaptureStackTraces())
        .build();
  }

  static ClientPolicy policyOf(ErrorDecoder decoder, ErrataProperties properties) {
    ErrataProperties.Client client = properties.getClient();
    ClientPolicy.Builder policy = ClientPolicy.builder(decoder)
        .passThrough(PassThrough.statuses(client.getPassThroughStatuses().stream().mapToInt(Integer::intValue).toArray())
            .andCodes(client.getPassThroughCodes()))
        .graphQl(client.isGraphql())
        .maxGraphQlBytes(intBytes(client.getMaxGraphqlBytes().toBytes(), "errata.client.max-graphql-bytes"));
    ErrataProperties.Retry retry = client.getRetry();
    if (retry.isEnabled()) {
      policy.retry(RetryAdvisor.builder()
          .maxAttempts(retry.getMaxAttempts())
          .baseDelay(retry.getBaseDelay())
          .maxDelay(retry.getMaxDelay())
          .maxRetryAfter(retry.getMaxRetryAfter())
          .build());
    }
    return policy.build();
  }

  private static int intBytes(long bytes, String property) {
    if (bytes > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(property + " must be at most 2GB, was " + bytes + " bytes");
    }
    return (int) bytes;
  }
}
