/**
 * Errata's core contract: the annotations a team writes its error catalog with ({@link
 * dev.errata.ErrorCatalog}, {@link dev.errata.ErrorCode}, {@link dev.errata.ErrorCategory}, {@link
 * dev.errata.Member}) and the types generated code compiles against ({@link dev.errata.Catalog},
 * {@link dev.errata.CatalogException}, {@link dev.errata.ErrorDefinition}, {@link
 * dev.errata.MemberDefinition}, {@link dev.errata.ErrorDetails}, {@link dev.errata.MemberValues},
 * {@link dev.errata.ErrorHandler}). Its one dependency is JSpecify's nullness annotations: the
 * package is {@code @NullMarked}, so a type is non-null unless it says {@code @Nullable}.
 */
@NullMarked
package dev.errata;

import org.jspecify.annotations.NullMarked;
