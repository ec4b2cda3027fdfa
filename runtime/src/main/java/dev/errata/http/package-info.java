/**
 * The standard HTTP error catalog, {@link dev.errata.http.HttpError}, and what the Errata processor
 * generates for it: one exception per status, such as {@code NotFoundException}, the categories
 * {@code ClientErrorException} and {@code ServerErrorException}, {@code HttpErrorCatalog} and
 * {@code HttpErrorHandler}.
 */
@NullMarked
package dev.errata.http;

import org.jspecify.annotations.NullMarked;
