/**
 * Typed catalog exceptions from Spring's HTTP clients: {@link
 * dev.errata.spring.client.ErrataResponseErrorHandler} for {@code RestClient}, {@code
 * RestTemplate} and {@code @HttpExchange} interfaces over them, {@link
 * dev.errata.spring.client.ErrataWebClientStatusHandler} for {@code WebClient}; each follows a
 * {@link dev.errata.runtime.ClientPolicy}.
 */
@NullMarked
package dev.errata.spring.client;

import org.jspecify.annotations.NullMarked;
