/**
 * OpenFeign support: {@link dev.errata.feign.ErrataErrorDecoder} turns error responses into a
 * catalog's typed exceptions, {@link dev.errata.feign.ErrataRetryer} retries them as a {@link
 * dev.errata.runtime.RetryAdvisor} advises, and {@link dev.errata.feign.ErrataCapability} installs
 * both in one call.
 */
package dev.errata.feign;
