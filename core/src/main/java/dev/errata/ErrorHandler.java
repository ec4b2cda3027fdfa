package dev.errata;

import org.jspecify.annotations.Nullable;

/**
 * The root of every generated handler interface: what to do with an error no more specific
 * method handles. Generated handlers add one default method per code, each falling back to the
 * method of the code it refines, and finally to {@link #onError(CatalogException)}.
 *
 * @param <R> what handling an error produces
 */
public interface ErrorHandler<R extends @Nullable Object> {

  /** Handles an error no more specific method of the handler took. */
  R onError(CatalogException e);
}
