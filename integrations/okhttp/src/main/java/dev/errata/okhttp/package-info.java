/**
 * Errata for OkHttp 5 and Retrofit 3: error responses become the catalog's typed exceptions on
 * {@code execute()} and {@code enqueue()}, without harming OkHttp's dispatcher.
 *
 * <ul>
 *   <li>{@link dev.errata.okhttp.ErrataInterceptor}: an application interceptor that fails error
 *       responses with an {@link dev.errata.okhttp.ErrataIOException} carrying the typed exception,
 *       and optionally retries them as a {@link dev.errata.runtime.RetryAdvisor} advises;
 *   <li>{@link dev.errata.okhttp.ErrataOkHttp}: {@code execute(call)} throwing the typed exception
 *       itself, and {@code decode(decoder, response)} for any error response;
 *   <li>{@link dev.errata.okhttp.ErrataCallback}: a callback for {@code enqueue} with a typed
 *       {@code onError};
 *   <li>{@link dev.errata.okhttp.ErrataCallAdapterFactory} and {@link
 *       dev.errata.okhttp.ErrataRetrofit}: the same for Retrofit service methods (Retrofit is an
 *       optional dependency; only these two classes need it).
 * </ul>
 */
@NullMarked
package dev.errata.okhttp;

import org.jspecify.annotations.NullMarked;
