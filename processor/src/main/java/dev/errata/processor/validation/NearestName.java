package dev.errata.processor.validation;

import java.util.Locale;
import java.util.Optional;

/**
 * The name a misspelled reference most likely meant: the candidate with the fewest edits
 * (insertions, deletions, substitutions, swaps of neighbours), ignoring case, as long as the
 * edits are few for the name's length. The first candidate wins a tie, so callers offer the
 * nearest catalog's names first.
 */
final class NearestName {

  private final String wanted;
  private final int maxEdits;
  private String best;
  private int bestEdits = Integer.MAX_VALUE;

  NearestName(String wanted) {
    this.wanted = wanted.toUpperCase(Locale.ROOT);
    this.maxEdits = Math.max(1, Math.min(3, wanted.length() / 4));
  }

  /**
   * Considers a candidate spelling.
   *
   * @param spelling what the reference is compared with (a constant's name, or a wire code)
   * @param suggestion what to suggest when this candidate is the nearest
   */
  void consider(String spelling, String suggestion) {
    int edits = edits(wanted, spelling.toUpperCase(Locale.ROOT));
    if (edits <= maxEdits && edits < bestEdits) {
      best = suggestion;
      bestEdits = edits;
    }
  }

  Optional<String> best() {
    return Optional.ofNullable(best);
  }

  /** Optimal string alignment distance: Levenshtein's edits plus swapping two neighbours. */
  static int edits(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
