package dev.errata.spring.boot;

import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.runtime.RetryAdvisor;
import dev.errata.runtime.UpstreamPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Errata's Spring Boot settings, under the prefix {@code errata}.
 *
 * <pre>
 * errata.capture-stack-traces=false
 * errata.redacted-headers=X-Api-Key,X-Session
 * errata.client.catalog=com.acme.payments.PaymentsError
 * errata.client.catalogs.inventory=com.acme.inventory.InventoryError
 * errata.client.max-read-bytes=64KB
 * errata.client.pass-through-statuses=404
 * errata.client.pass-through-codes=CardDeclined
 * errata.client.retry.enabled=true
 * errata.server.upstream=bad-gateway
 * errata.server.catalog=com.acme.orders.OrderError
 * </pre>
 */
@ConfigurationProperties("errata")
public class ErrataProperties {

  /**
   * Whether decoded exceptions record a stack trace. Without one, decoding costs less; the trace
   * of a decoded error mostly shows the HTTP client's internals.
   */
  private boolean captureStackTraces = true;

  /**
   * Header names to redact from decoded errors, besides the credential headers always redacted
   * (Authorization, Cookie, Set-Cookie, names containing token, secret, session, api-key, ...).
   */
  private List<String> redactedHeaders = new ArrayList<>();

  /** How HTTP clients decode error responses. */
  private final Client client = new Client();

  /** How a web application serves catalog errors. */
  private final Server server = new Server();

  public boolean isCaptureStackTraces() {
    return captureStackTraces;
  }

  public void setCaptureStackTraces(boolean captureStackTraces) {
    this.captureStackTraces = captureStackTraces;
  }

  public List<String> getRedactedHeaders() {
    return redactedHeaders;
  }

  public void setRedactedHeaders(List<String> redactedHeaders) {
    this.redactedHeaders = redactedHeaders;
  }

  public Client getClient() {
    return client;
  }

  public Server getServer() {
    return server;
  }

  /** Settings of the RestClient, RestTemplate and WebClient error handling. */
  public static class Client {

    /**
     * Whether the auto-configured RestClient.Builder, RestTemplateBuilder and WebClient.Builder,
     * and Spring Cloud OpenFeign clients, throw the catalog's typed exceptions for error responses.
     */
    private boolean enabled = true;

    /**
     * The catalog the auto-configured clients decode with: an @ErrorCatalog enum, such as
     * com.acme.payments.PaymentsError. Without it, the application's only (or @Primary) Catalog
     * bean, else the HTTP catalog.
     */
    private Class<?> catalog;

    /**
     * The catalog of each named client (an HTTP service group, a Spring Cloud OpenFeign client),
     * by name: errata.client.catalogs.inventory=com.acme.inventory.InventoryError.
     */
    private Map<String, Class<?>> catalogs = new LinkedHashMap<>();

    /** The most bytes of an error body the decoder reads; the rest is left unread. */
    private DataSize maxReadBytes = DataSize.ofBytes(ErrorDecoder.DEFAULT_MAX_READ_BYTES);

    /** How much of an error body a decoded exception keeps in its details. */
    private DataSize maxKeptBodyBytes = DataSize.ofBytes(ErrorDecoder.DEFAULT_MAX_KEPT_BODY_BYTES);

    /** Error statuses that are outcomes, not errors: the caller gets the response. */
    private List<Integer> passThroughStatuses = new ArrayList<>();

    /** Wire codes that are outcomes, not errors: the caller gets the response. */
    private List<String> passThroughCodes = new ArrayList<>();

    /** Whether a 2xx JSON response carrying GraphQL errors fails with the typed exception. */
    private boolean graphql;

    /** The most bytes of a successful body read to look for GraphQL errors. */
    private DataSize maxGraphqlBytes = DataSize.ofBytes(ClientPolicy.DEFAULT_MAX_GRAPHQL_BYTES);

    /** Whether and how failed calls are retried. */
    private final Retry retry = new Retry();

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public Class<?> getCatalog() {
      return catalog;
    }

    public void setCatalog(Class<?> catalog) {
      this.catalog = catalog;
    }

    public Map<String, Class<?>> getCatalogs() {
      return catalogs;
    }

    public void setCatalogs(Map<String, Class<?>> catalogs) {
      this.catalogs = catalogs;
    }

    public DataSize getMaxReadBytes() {
      return maxReadBytes;
    }

    public void setMaxReadBytes(DataSize maxReadBytes) {
      this.maxReadBytes = maxReadBytes;
    }

    public DataSize getMaxKeptBodyBytes() {
      return maxKeptBodyBytes;
    }

    public void setMaxKeptBodyBytes(DataSize maxKeptBodyBytes) {
      this.maxKeptBodyBytes = maxKeptBodyBytes;
    }

    public List<Integer> getPassThroughStatuses() {
      return passThroughStatuses;
    }

    public void setPassThroughStatuses(List<Integer> passThroughStatuses) {
      this.passThroughStatuses = passThroughStatuses;
    }

    public List<String> getPassThroughCodes() {
      return passThroughCodes;
    }

    public void setPassThroughCodes(List<String> passThroughCodes) {
      this.passThroughCodes = passThroughCodes;
    }

    public boolean isGraphql() {
      return graphql;
    }

    public void setGraphql(boolean graphql) {
      this.graphql = graphql;
    }

    public DataSize getMaxGraphqlBytes() {
      return maxGraphqlBytes;
    }

    public void setMaxGraphqlBytes(DataSize maxGraphqlBytes) {
      this.maxGraphqlBytes = maxGraphqlBytes;
    }

    public Retry getRetry() {
      return retry;
    }
  }

  /** Settings under {@code errata.client.retry.*}: the retry advisor of the auto-configured clients. */
  public static class Retry {

    /**
     * Whether failed calls are retried: error responses the catalog marks retryable and I/O
     * failures another attempt may cure, of requests safe to repeat.
     */
    private boolean enabled;

    /** Attempts in all, the first one included. */
    private int maxAttempts = RetryAdvisor.DEFAULT_MAX_ATTEMPTS;

    /** The backoff ceiling of the first retry; it doubles with every attempt (full jitter). */
    private Duration baseDelay = Duration.ofMillis(100);

    /** The highest backoff ceiling. */
    private Duration maxDelay = Duration.ofSeconds(20);

    /** The longest Retry-After honoured; a longer one means giving up. */
    private Duration maxRetryAfter = Duration.ofSeconds(60);

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public int getMaxAttempts() {
      return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    public Duration getBaseDelay() {
      return baseDelay;
    }

    public void setBaseDelay(Duration baseDelay) {
      this.baseDelay = baseDelay;
    }

    public Duration getMaxDelay() {
      return maxDelay;
    }

    public void setMaxDelay(Duration maxDelay) {
      this.maxDelay = maxDelay;
    }

    public Duration getMaxRetryAfter() {
      return maxRetryAfter;
    }

    public void setMaxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = maxRetryAfter;
    }
  }

  /** Settings under {@code errata.server.*}. */
  public static class Server {

    /** Whether catalog errors thrown by handlers are served as problem details. */
    private boolean enabled = true;

    /**
     * What to serve for an error decoded from another service's response that no
     * UpstreamErrorTranslator translated: BAD_GATEWAY (502, nothing of the other service) or
     * PROPAGATE (its status, code and message, as if this application raised it).
     */
    private UpstreamPolicy upstream = UpstreamPolicy.BAD_GATEWAY;

    /**
     * The service's own catalog: an @ErrorCatalog enum, such as com.acme.orders.OrderError. Its
     * codes that stand for a status answer Spring's own errors of that status; without it, the
     * HTTP catalog's codes do.
     */
    private Class<?> catalog;

    /**
     * Whether Spring's and Spring Security's own errors (validation, unreadable bodies, type
     * mismatches, no handler, 405, 406, 415, 401, 403, uploads too large, errors no handler took)
     * are answered in the same problem shape as catalog errors.
     */
    private boolean springErrors = true;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public UpstreamPolicy getUpstream() {
      return upstream;
    }

    public void setUpstream(UpstreamPolicy upstream) {
      this.upstream = upstream;
    }

    public Class<?> getCatalog() {
      return catalog;
    }

    public void setCatalog(Class<?> catalog) {
      this.catalog = catalog;
    }

    public boolean isSpringErrors() {
      return springErrors;
    }

    public void setSpringErrors(boolean springErrors) {
      this.springErrors = springErrors;
    }
  }
}
