/**
 * Typed catalog exceptions from Spring's HTTP clients: {@link
 * dev.errata.spring.client.ErrataResponseErrorHandler} for {@code RestClient}, {@code
 * RestTemplate} and {@code @HttpExchange} interfaces over them, {@link
 * dev.errata.spring.client.ErrataWebClientStatusHandler} for {@code WebClient}, and {@link
 * dev.errata.spring.client.PassThrough} for error responses that are outcomes rather than errors.
 */
package dev.errata.spring.client;
