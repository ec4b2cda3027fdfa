/**
 * Compatibility checks between two versions of an error catalog.
 *
 * <p>The processor writes every catalog as {@code META-INF/errata/<enum>.json}. {@link
 * dev.errata.compat.CatalogReader} reads those files from a directory or a jar into {@link
 * dev.errata.compat.CatalogSnapshot}s, {@link dev.errata.compat.CompatibilityCheck} compares two
 * sets of them and lists every {@link dev.errata.compat.Change}, each classified by {@link
 * dev.errata.compat.Severity} with a reason, and {@link dev.errata.compat.MarkdownReport} writes
 * the result for people. {@code docs/evolution.md} explains the classification.
 */
@NullMarked
package dev.errata.compat;

import org.jspecify.annotations.NullMarked;
