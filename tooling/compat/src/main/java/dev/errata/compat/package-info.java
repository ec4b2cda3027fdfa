/**
 * Compatibility checks between two versions of an error catalog.
 *
 * <p>The processor writes every catalog as {@code META-INF/errata/<enum>.json}. {@link
 * dev.errata.compat.CatalogReader} reads those files from a directory or a jar into {@link
 * dev.errata.compat.CatalogSnapshot}s, {@link dev.errata.compat.CompatibilityCheck} compares two
 * sets of them and lists every {@link dev.errata.compat.Change}, and {@link
 * dev.errata.compat.MarkdownReport} writes the result for people. A change's {@link
 * dev.errata.compat.Severity} is decided by decoding: the check rebuilds both versions' generated
 * catalogs from their JSON, decodes every response the versions can tell apart with the runtime's
 * {@code ErrorDecoder}, and a response that a {@code catch} no longer reaches makes the change that
 * moved it breaking ({@link dev.errata.compat.MovedResponse}). {@code docs/evolution.md} explains
 * the classification.
 */
@NullMarked
package dev.errata.compat;

import org.jspecify.annotations.NullMarked;
