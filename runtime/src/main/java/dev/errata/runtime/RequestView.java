package dev.errata.runtime;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What {@link RetryAdvisor} needs to know about a request to decide whether repeating it is
 * safe: its method and its headers. Every HTTP stack can hand these over without copying:
 *
 * <pre>{@code
 * RequestView.of(request.method(), request.headers().map())        // java.net.http
 * RequestView.of(request.method(), request::header)                // OkHttp
 * RequestView.of(request.getMethod().name(), request.getHeaders()::getFirst)   // Spring
 * RequestView.of(request.httpMethod().name(), request.headers())   // OpenFeign
 * }</pre>
 */
public interface RequestView {

  /** The request method, such as {@code GET}; {@code null} when unknown. */
  @Nullable String method();

  /** The first value of the request header {@code name} (any case), or {@code null}. */
  @Nullable String header(String name);

  /** Whether the method is idempotent by definition (RFC 9110 §9.2.2), in any case. */
  default boolean hasIdempotentMethod() {
    String method = method();
    return method != null && RequestViews.IDEMPOTENT.contains(method.toUpperCase(Locale.ROOT));
  }

  /** A request known only by its method. */
  static RequestView of(@Nullable String method) {
    return of(method, name -> null);
  }

  /**
   * A request whose headers are a map, names in any case; {@code null} means no headers. A
   * case-insensitive map is looked up directly, any other is scanned.
   */
  static RequestView of(@Nullable String method, @Nullable Map<String, ? extends Collection<String>> headers) {
    return of(method, name -> RequestViews.first(headers, name));
  }

  /** A request whose header values come from a look-up function, such as OkHttp's {@code Request::header}. */
  static RequestView of(@Nullable String method, Function<String, @Nullable String> header) {
    Objects.requireNonNull(header, "header");
    return new RequestView() {
      @Override
      public @Nullable String method() {
        return method;
      }

      @Override
      public @Nullable String header(String name) {

        return header.apply(name);
      }

      @Override
      public String toString() {
        return "RequestView[" + method + "]";
      }
    };
  }
}
