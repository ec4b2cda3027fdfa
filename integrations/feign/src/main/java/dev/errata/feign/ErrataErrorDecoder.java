package dev.errata.feign;

import dev.errata.Catalog;
import dev.errata.CatalogException;
import dev.errata.runtime.RetryAfter;
import feign.Request;
import feign.Response;
import feign.RetryableException;
import feign.Util;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Feign's {@link feign.codec.ErrorDecoder} that returns the catalog's typed exception for an
 * error response:
 *
 * <pre>{@code
 * Feign.builder()
 *     .errorDecoder(new ErrataErrorDecoder(ErrorDecoder.builder(PlatformErrorCatalog.INSTANCE).build()))
 * }</pre>
 *
 * (or, with the retryer as well, {@link ErrataCapability}). The status, headers and at most
 * {@link dev.errata.runtime.ErrorDecoder#maxReadBytes()} bytes of the body go through Errata's
 * decoder, which redacts credential headers and never throws.
 *
 * <p>An error the catalog marks {@linkplain CatalogException#isRetryable() retryable} comes back
 * as Feign's {@link RetryableException}, the typed exception as its cause and the response's
 * Retry-After (seconds or HTTP-date) as epoch milliseconds in {@link
 * RetryableException#retryAfter()}, as Feign's {@code ErrorDecoder.Default} does: that is how
 * Feign's {@link feign.Retryer} learns of it. {@link ErrataRetryer} then throws the typed
 * exception itself when it gives up. Any other error is returned as the typed exception, which
 * Feign throws to the caller as it is.
 *
 * <p>Immutable and thread-safe.
 */
public final class ErrataErrorDecoder implements feign.codec.ErrorDecoder {

  private static final Clock EPOCH = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);

  private final dev.errata.runtime.ErrorDecoder decoder;

  /** Decodes with {@code decoder}, its limits and redaction included. */
  public ErrataErrorDecoder(dev.errata.runtime.ErrorDecoder decoder) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
  }

  /** Decodes with a default decoder of {@code catalog}'s errors. */
  public static ErrataErrorDecoder of(Catalog catalog) {
    return new ErrataErrorDecoder(dev.errata.runtime.ErrorDecoder.builder(catalog).build());
  }

  /** The Errata decoder this one delegates to. */
  public dev.errata.runtime.ErrorDecoder decoder() {
    return decoder;
  }

  /**
   * The typed exception for {@code response}, or a {@link RetryableException} carrying it when
   * the catalog says the error is worth retrying. Never throws; Feign closes the body.
   */
  @Override
  public Exception decode(String methodKey, Response response) {
    CatalogException e = decode(response);
    if (!e.isRetryable()) {
      return e;
    }
    Request request = response.request();
    return new RetryableException(
        response.status(),
        e.getMessage(),
        request != null ? request.httpMethod() : null,
        e,
        e.retryAfter().isPresent() ? retryAt(response) : null,
        request,
        methodKey);
  }

  private CatalogException decode(Response response) {
    int status = response.status();
    Map<String, List<String>> headers = FeignHeaders.of(response.headers());
    Response.Body body = response.body();
    if (body == null) {
      return decoder.decode(status, headers, null);
    }
    try {
      Integer length = body.length();
      return decoder.decodeStream(status, headers, body.asInputStream(), length == null ? -1 : length);
    } catch (IOException | RuntimeException unreadable) {
      return decoder.decode(status, headers, null); // the status and headers still decide
    }
  }

  /**
   * Feign's Retry-After convention: the instant to retry at, in epoch milliseconds. A date is
   * taken as it is (as Feign's {@code RetryAfterDecoder} does), seconds count from now.
   */
  static Long retryAt(Response response) {
    Collection<String> values = response.headers().get(Util.RETRY_AFTER);
    String value = values == null || values.isEmpty() ? null : values.iterator().next();
    // Measured from the epoch, a date's wait is the date itself.
    Duration parsed = RetryAfter.parse(value, EPOCH).orElse(null);
    if (parsed == null) {
      return null;
    }
    boolean seconds = Character.isDigit(value.trim().charAt(0));
    try {
      return seconds ? Math.addExact(System.currentTimeMillis(), parsed.toMillis()) : parsed.toMillis();
    } catch (ArithmeticException absurd) {
      return Long.MAX_VALUE;
    }
  }
}
