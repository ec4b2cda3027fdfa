package dev.errata.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conformance table in Markdown, from the test's own data: the stacks, the scenarios with
 * what every stack must give, and the known gaps. docs/conformance.md holds it between markers,
 * and {@link ConformanceDocumentationTest} keeps the two in step.
 */
final class ConformanceTable {

  static final String START = "<!-- conformance-table: generated from ConformanceTable, checked by ConformanceDocumentationTest -->";
  static final String END = "<!-- /conformance-table -->";

  private ConformanceTable() {}

  /** The generated section, markers included. */
  static String markdown() {
    Map<String, Integer> gapNumbers = new LinkedHashMap<>();
    KnownGaps.ALL.forEach(gap -> gapNumbers.putIfAbsent(gap.why(), gapNumbers.size() + 1));
    StringBuilder md = new StringBuilder(START).append("\n\n");

    md.append("### Stacks\n\n| stack | set up and called as |\n|---|---|\n");
    for (Stacks stack : Stacks.values()) {
      md.append("| ").append(stack.label()).append(" | ").append(stack.setup()).append(" |\n");
    }

    md.append("\n### Scenarios\n\n")
        .append(Scenarios.ALL.size()).append(" scenarios on ").append(Stacks.values().length).append(" stacks: ")
        .append(Scenarios.ALL.size() * Stacks.values().length).append(" cases.\n\n");
    md.append("| # | scenario | every stack gives |");
    for (Stacks stack : Stacks.values()) {
      md.append(' ').append(stack.label()).append(" |");
    }
    md.append("\n|---|---|---|").append(":-:|".repeat(Stacks.values().length)).append('\n');
    int row = 1;
    for (Scenario scenario : Scenarios.ALL) {
      md.append("| ").append(row++).append(" | ").append(scenario.name()).append(" | ")
          .append(scenario.expected().describe()).append(" |");
      for (Stacks stack : Stacks.values()) {
        md.append(' ').append(KnownGaps.of(scenario, stack).map(gap -> "gap " + gapNumbers.get(gap.why())).orElse("✓"))
            .append(" |");
      }
      md.append('\n');
    }

    md.append("\n### Known gaps\n\n");
    if (KnownGaps.ALL.isEmpty()) {
      md.append("None.\n");
    }
    for (Map.Entry<String, Integer> numbered : gapNumbers.entrySet()) {
      md.append(numbered.getValue()).append(". ").append(numbered.getKey());
      // The stacks that give the same instead of the same scenario, together.
      Map<String, List<String>> stacksByCase = new LinkedHashMap<>();
      for (KnownGaps.Gap gap : KnownGaps.ALL) {
        if (gap.why().equals(numbered.getKey())) {
          String instead = "\"" + Scenarios.byId(gap.scenario()).name() + "\" gives " + gap.instead().describe();
          stacksByCase.computeIfAbsent(instead, k -> new ArrayList<>()).add(gap.stack().label());
        }
      }
      stacksByCase.forEach((instead, stacks) ->
          md.append(" On ").append(String.join(", ", stacks)).append(", ").append(instead).append('.'));
      md.append('\n');
    }
    return md.append('\n').append(END).toString();
  }
}
