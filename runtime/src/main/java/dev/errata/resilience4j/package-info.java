/**
 * resilience4j's retry intervals from Errata's retry advice: {@link
 * dev.errata.resilience4j.Resilience4jRetry}. Needs {@code resilience4j-core} on the class path.
 */
@NullMarked
package dev.errata.resilience4j;

import org.jspecify.annotations.NullMarked;
