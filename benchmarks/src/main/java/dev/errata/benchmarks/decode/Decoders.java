package dev.errata.benchmarks.decode;

import dev.errata.CatalogException;
import dev.errata.examples.bots.BotErrorCatalog;
import dev.errata.feign.ErrataErrorDecoder;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.spring.client.ErrataResponseErrorHandler;
import feign.Response;
import java.util.List;
import java.util.Map;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Every decoder measured, and one response in each decoder's own form. The forms are built once:
 * what is measured is turning a response into an exception, not building the response.
 */
public final class Decoders {

  final ErrorDecoder errata = ErrorDecoder.builder(BotErrorCatalog.INSTANCE).build();
  final ErrorDecoder errataNoStackTrace =
      ErrorDecoder.builder(BotErrorCatalog.INSTANCE).captureStackTraces(false).build();
  final SpringDecoder spring = new SpringDecoder();
  final ErrataResponseErrorHandler errataSpring = ErrataResponseErrorHandler.of(errata);
  final FeignDecoder feign = new FeignDecoder();
  final ErrataErrorDecoder errataFeign = new ErrataErrorDecoder(errata);
  final ErrataErrorDecoder errataFeignNoStackTrace = new ErrataErrorDecoder(errataNoStackTrace);
  final HandWrittenDecoder handWritten = new HandWrittenDecoder();

  final int status;
  final Map<String, List<String>> headers;
  final byte[] body;
  final ClientHttpResponse springResponse;
  final ClientHttpResponse springConnectionResponse;
  final Response feignResponse;

  public Decoders(ErrorResponse r) {
    this.status = r.status();
    this.headers = r.jdkHeaders();
    this.body = r.body();
    // In memory, as in the runs the decode tables of docs/PERFORMANCE.md report.
    this.springResponse = SpringDecoder.response(r, Delivery.BUFFERED);
    this.springConnectionResponse = SpringDecoder.response(r, Delivery.CONNECTION);
    this.feignResponse = FeignDecoder.response(r);
  }

  public CatalogException errata() {
    return errata.decode(status, headers, body);
  }

  public CatalogException errataNoStackTrace() {
    return errataNoStackTrace.decode(status, headers, body);
  }

  public Exception spring() {
    return spring.decode(springResponse);
  }

  /**
   * What Errata's handler for RestClient and RestTemplate does with the same {@code
   * ClientHttpResponse} Spring's default handler gets, before it throws: Spring's headers as a
   * map view, the body read as a stream up to the cap, decoded.
   */
  public CatalogException errataSpring() {
    return errataSpring.decode(springResponse);
  }

  /** Spring's default on the body as a connection's stream hands it over (see {@link Delivery}). */
  public Exception springOnConnection() {
    return spring.decode(springConnectionResponse);
  }

  /** Errata's handler on the body as a connection's stream hands it over. */
  public CatalogException errataSpringOnConnection() {
    return errataSpring.decode(springConnectionResponse);
  }

  public Exception feign() {
    return feign.decode(feignResponse);
  }

  /** Errata's Feign adapter on the Feign response the default decoder gets. */
  public Exception errataFeign() {
    return errataFeign.decode(FeignDecoder.METHOD_KEY, feignResponse);
  }

  public Exception errataFeignNoStackTrace() {
    return errataFeignNoStackTrace.decode(FeignDecoder.METHOD_KEY, feignResponse);
  }

  public Exception handWritten() {
    return handWritten.decode(status, headers, body);
  }
}
