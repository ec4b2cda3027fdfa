package dev.errata.processor.validation;

import dev.errata.processor.model.CatalogModel;
import java.util.List;

/** What became of one catalog: a model to write, mistakes to report, or a wait for the next round. */
public sealed interface Resolution {

  /** Valid: everything is resolved and can be written. */
  record Resolved(CatalogModel model) implements Resolution {}

  /** Invalid: the mistakes found in this catalog itself (not its ancestors'). */
  record Failed(List<Problem> problems) implements Resolution {}

  /** A type the catalog names (its parent) does not exist yet; another round may generate it. */
  record Deferred() implements Resolution {}
}
