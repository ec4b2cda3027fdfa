package dev.errata.okhttp;

import dev.errata.CatalogException;
import java.io.IOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An error response, as the {@link IOException} OkHttp lets an interceptor throw: {@link
 * #error()} (also its {@linkplain #getCause() cause}) is the catalog's typed exception.
 *
 * <p>{@link ErrataInterceptor} throws this rather than the typed exception itself because OkHttp
 * only expects an {@code IOException} from an interceptor: any other exception cancels the call
 * and, for {@code enqueue}, is rethrown on the dispatcher's thread, which dies of it, while the
 * callback gets an {@code IOException("canceled due to …")}. {@link ErrataOkHttp#execute},
 * {@link ErrataCallback} and {@link ErrataCallAdapterFactory} unwrap it again.
 *
 * <p>Its message is the typed exception's, which never contains a redacted header's value. It
 * has no stack trace of its own: its cause's shows where the response was decoded, and a log
 * shows that once.
 */
public final class ErrataIOException extends IOException {

  private static final long serialVersionUID = 1L;

  /** Wraps the typed exception decoded from an error response. */
  public ErrataIOException(CatalogException error) {
    super(null, Objects.requireNonNull(error, "error"));
  }

  /** The typed exception's message, made when asked for: callers mostly unwrap this. */
  @Override
  public String getMessage() {
    return error().getMessage();
  }

  /** Keeps no stack trace: the cause's is the same call's. */
  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }

  /** The catalog's typed exception for the error response. */
  public CatalogException error() {
    return (CatalogException) getCause();
  }

  /** The typed exception {@code failure} carries when it is an {@code ErrataIOException}, else null. */
  static @Nullable CatalogException errorOf(Throwable failure) {
    return failure instanceof ErrataIOException ? ((ErrataIOException) failure).error() : null;
  }
}
