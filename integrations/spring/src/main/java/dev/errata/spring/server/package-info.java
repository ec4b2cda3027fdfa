/**
 * Catalog exceptions as RFC 9457 problem details from Spring MVC and WebFlux handlers: {@link
 * dev.errata.spring.server.ErrataExceptionHandler} and {@link
 * dev.errata.spring.server.ErrataErrorResponses}, which build on Spring's own {@code
 * ErrorResponse} and {@code ProblemDetail}.
 */
@NullMarked
package dev.errata.spring.server;

import org.jspecify.annotations.NullMarked;
