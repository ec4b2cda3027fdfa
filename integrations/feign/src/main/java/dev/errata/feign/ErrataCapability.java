package dev.errata.feign;

import dev.errata.runtime.ErrorDecoder;
import dev.errata.runtime.RetryAdvisor;
import feign.Capability;
import feign.Retryer;
import java.util.Objects;

/**
 * Errata for a Feign client in one call, through Feign's own extension point:
 *
 * <pre>{@code
 * PaymentsApi api = Feign.builder()
 *     .addCapability(ErrataCapability.of(ErrorDecoder.builder(PaymentsErrorCatalog.INSTANCE).build()))
 *     .target(PaymentsApi.class, "https://payments.example.com");
 * }</pre>
 *
 * It sets the client's error decoder to an {@link ErrataErrorDecoder} and its retryer to an
 * {@link ErrataRetryer}, replacing whatever the builder had: error responses arrive as the
 * catalog's typed exceptions, retryable ones are retried as the {@link RetryAdvisor} advises, and
 * after the last attempt the caller gets the typed exception, with no {@link
 * feign.ExceptionPropagationPolicy} to set. Retries are then the advisor's business: {@code
 * RetryAdvisor.builder().maxAttempts(1)} turns them off.
 */
public final class ErrataCapability implements Capability {

  private final ErrataErrorDecoder errorDecoder;
  private final RetryAdvisor advisor;

  private ErrataCapability(ErrataErrorDecoder errorDecoder, RetryAdvisor advisor) {
    this.errorDecoder = errorDecoder;
    this.advisor = advisor;
  }

  /** Decodes with {@code decoder} and retries as {@link RetryAdvisor#defaults()} advises. */
  public static ErrataCapability of(ErrorDecoder decoder) {
    return of(decoder, RetryAdvisor.defaults());
  }

  /** Decodes with {@code decoder} and retries as {@code advisor} advises. */
  public static ErrataCapability of(ErrorDecoder decoder, RetryAdvisor advisor) {
    return new ErrataCapability(new ErrataErrorDecoder(decoder), Objects.requireNonNull(advisor, "advisor"));
  }

  /** Errata's error decoder, in place of the builder's. */
  @Override
  public feign.codec.ErrorDecoder enrich(feign.codec.ErrorDecoder ignored) {
    return errorDecoder;
  }

  /** A retryer driven by the advisor, in place of the builder's. */
  @Override
  public Retryer enrich(Retryer ignored) {
    return new ErrataRetryer(advisor);
  }
}
