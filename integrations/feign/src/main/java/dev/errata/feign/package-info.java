/**
 * OpenFeign support: {@link dev.errata.feign.ErrataCapability} makes a Feign client follow an
 * Errata {@link dev.errata.runtime.ClientPolicy} (typed errors, pass-through, GraphQL errors,
 * retries); {@link dev.errata.feign.ErrataErrorDecoder} is the error decoder alone.
 */
@NullMarked
package dev.errata.feign;

import org.jspecify.annotations.NullMarked;
