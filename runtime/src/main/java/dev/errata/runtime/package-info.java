/**
 * Errata's runtime: decoding HTTP error responses into a catalog's typed exceptions, retry
 * advice, {@code java.net.http} integration and RFC 9457 problem details.
 */
@NullMarked
package dev.errata.runtime;

import org.jspecify.annotations.NullMarked;
