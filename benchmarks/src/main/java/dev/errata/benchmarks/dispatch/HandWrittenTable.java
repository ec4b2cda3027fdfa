package dev.errata.benchmarks.dispatch;

import dev.errata.CatalogException;
import dev.errata.ErrorDetails;

/** A hand-written table from wire code to a new exception; generated with the benchmark catalogs. */
public interface HandWrittenTable {

  /** A new exception for {@code code}, without a stack trace; {@code null} for an unknown code. */
  CatalogException create(String code, ErrorDetails details);
}
