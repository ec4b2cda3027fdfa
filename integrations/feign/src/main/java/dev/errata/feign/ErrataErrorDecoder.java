package dev.errata.feign;

import dev.errata.Catalog;
import dev.errata.runtime.ErrorDecoder;
import feign.Response;
import feign.codec.DefaultErrorDecoder;
import java.util.Objects;

/**
 * Feign's {@link feign.codec.ErrorDecoder} that returns the catalog's typed exception for an
 * error response (4xx, 5xx), for clients that set error decoders directly, such as Spring Cloud
 * OpenFeign's {@code ErrorDecoder} beans:
 *
 * <pre>{@code
 * Feign.builder()
 *     .errorDecoder(new ErrataErrorDecoder(ErrorDecoder.builder(PlatformErrorCatalog.INSTANCE).build()))
 * }</pre>
 *
 * The status, headers and at most the decoder's cap of the body go through Errata's decoder,
 * which redacts credential headers and never throws. Any other response Feign hands an error
 * decoder (a 3xx) goes to Feign's default one. Outcomes that pass through, GraphQL errors and
 * retries are the {@link dev.errata.runtime.ClientPolicy}'s, which {@link ErrataCapability}
 * installs; this decoder alone never asks Feign's retryer to retry.
 *
 * <p>Immutable and thread-safe.
 */
public final class ErrataErrorDecoder implements feign.codec.ErrorDecoder {

  private final ErrorDecoder decoder;
  private final feign.codec.ErrorDecoder others = new DefaultErrorDecoder();

  /** Decodes with {@code decoder}, its limits and redaction included. */
  public ErrataErrorDecoder(ErrorDecoder decoder) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
  }

  /** Decodes with a default decoder of {@code catalog}'s errors. */
  public static ErrataErrorDecoder of(Catalog catalog) {
    return new ErrataErrorDecoder(ErrorDecoder.builder(catalog).build());
  }

  /** The Errata decoder this one delegates to. */
  public ErrorDecoder decoder() {
    return decoder;
  }

  /** The typed exception for an error response. Never throws; Feign closes the body. */
  @Override
  public Exception decode(String methodKey, Response response) {
    int status = response.status();
    if (status < 400 || status > 599) {
      return others.decode(methodKey, response);
    }
    return decoder.decode(FeignViews.response(response));
  }

  @Override
  public String toString() {
    return "ErrataErrorDecoder[" + decoder + "]";
  }
}
