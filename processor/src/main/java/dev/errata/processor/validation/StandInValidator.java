package dev.errata.processor.validation;

import dev.errata.processor.model.CatalogDeclaration;
import dev.errata.processor.model.EntryDeclaration;
import dev.errata.processor.model.EntryModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the codes declared to stand for their status ({@code @ErrorCode(standsForStatus =
 * true)}): at most one per status and catalog, and none next to a code of the same catalog that
 * stands for that status already by overriding the ancestor's code.
 */
final class StandInValidator {

  private final Report report;

  StandInValidator(Report report) {
    this.report = report;
  }

  void validate(CatalogDeclaration catalog, List<EntryModel> entries) {
    Map<String, EntryDeclaration> declarations = new HashMap<>();
    catalog.entries().forEach(d -> declarations.putIfAbsent(d.name(), d));
    Map<Integer, EntryModel> overrides = new HashMap<>();
    for (EntryModel entry : entries) {
      if (entry.overridesItsAncestor() && !entry.standsForStatus()) {
        overrides.putIfAbsent(entry.status(), entry);
      }
    }
    Map<Integer, EntryModel> declared = new HashMap<>();
    for (EntryModel entry : entries) {
      if (!entry.standsForStatus()) {
        continue;
      }
      EntryDeclaration at = declarations.get(entry.name());
      EntryModel first = declared.putIfAbsent(entry.status(), entry);
      EntryModel override = overrides.get(entry.status());
      if (first != null) {
        report.error(at.at("standsForStatus"), Message.DUPLICATE_STATUS_STAND_IN,
            entry.name(), entry.status(), first.name());
      } else if (override != null) {
        report.error(at.at("standsForStatus"), Message.STAND_IN_CLASHES_WITH_OVERRIDE,
            entry.name(), entry.status(), override.name(),
            RefinementResolver.labelOf(override.refined().orElseThrow()), override.code(), override.name());
      }
    }
  }
}
