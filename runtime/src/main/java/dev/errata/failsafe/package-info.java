/**
 * Failsafe's retry delays from Errata's retry advice: {@link dev.errata.failsafe.FailsafeRetry}.
 * Needs {@code dev.failsafe:failsafe} on the class path.
 */
@NullMarked
package dev.errata.failsafe;

import org.jspecify.annotations.NullMarked;
