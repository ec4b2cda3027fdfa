/** The data-extraction service's errors: {@link dev.errata.examples.extracts.ExtractError}. */
package dev.errata.examples.extracts;
