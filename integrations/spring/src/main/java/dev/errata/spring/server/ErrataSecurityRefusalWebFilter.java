package dev.errata.spring.server;

import java.util.Objects;
import org.reactivestreams.Publisher;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Spring Security's refusals in Spring WebFlux (a 401 from an entry point, a 403 from an access
 * denied handler) in the problem shape of every other error.
 *
 * <p>Spring Security answers a refused exchange inside its filter chain, before any handler and
 * past every exception handler: it sets the status and a challenge, or writes "Access Denied" as
 * plain text. This filter runs just outside Spring Security's chain, and {@link #passed()} just
 * inside it: an exchange that never got through, whose response has a 401 or 403 and no body of
 * its own, is answered by {@link ErrataErrorWebExceptionHandler} as that status. The headers
 * Spring Security set, such as the {@code WWW-Authenticate} challenge, stay; a JSON body an
 * application's own handler writes is kept as it is.
 */
public final class ErrataSecurityRefusalWebFilter implements WebFilter, Ordered {

  /** Just outside Spring Security's filter chain, which runs at -100. */
  public static final int ORDER = -101;

  /** Just inside Spring Security's filter chain: only exchanges it lets through get here. */
  public static final int PASSED_ORDER = -99;

  private static final String PASSED = ErrataSecurityRefusalWebFilter.class.getName() + ".PASSED";

  private final ErrataErrorWebExceptionHandler renderer;

  public ErrataSecurityRefusalWebFilter(ErrataErrorWebExceptionHandler renderer) {
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  /** The filter that marks an exchange Spring Security let through; it runs at {@link #PASSED_ORDER}. */
  public static WebFilter passed() {
    return new PassedFilter();
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    RefusalCapture capture = new RefusalCapture(exchange);
    return chain.filter(exchange.mutate().response(capture).build())
        .then(Mono.defer(() -> {
          if (!capture.isRefused() || capture.wroteOwnBody || exchange.getResponse().isCommitted()) {
            return Mono.empty();
          }
          HttpStatusCode status = exchange.getResponse().getStatusCode();
          exchange.getResponse().getHeaders().remove(HttpHeaders.CONTENT_TYPE);
          exchange.getResponse().getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
          return renderer.handle(exchange, new ResponseStatusException(HttpStatus.valueOf(status.value())));
        }));
  }

  @Override
  public int getOrder() {
    return ORDER;
  }

  /** Holds back the plain-text body of a refusal; a JSON body of the application's own goes out. */
  private static final class RefusalCapture extends ServerHttpResponseDecorator {

    private final ServerWebExchange exchange;
    private boolean wroteOwnBody;

    RefusalCapture(ServerWebExchange exchange) {
      super(exchange.getResponse());
      this.exchange = exchange;
    }

    boolean isRefused() {
      HttpStatusCode status = getStatusCode();
      return status != null && (status.value() == 401 || status.value() == 403)
          && exchange.getAttribute(PASSED) == null;
    }

    @Override
    public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
      if (isRefused() && !isJson(getHeaders().getContentType())) {
        return Flux.from(body).doOnNext(DataBufferUtils::release).then();
      }
      wroteOwnBody = true;
      return super.writeWith(body);
    }

    @Override
    public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
      wroteOwnBody = true;
      return super.writeAndFlushWith(body);
    }

    private static boolean isJson(MediaType type) {
      return type != null && (type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json"));
    }
  }

  private static final class PassedFilter implements WebFilter, Ordered {
    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
      exchange.getAttributes().put(PASSED, Boolean.TRUE);
      return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
      return PASSED_ORDER;
    }
  }
}
