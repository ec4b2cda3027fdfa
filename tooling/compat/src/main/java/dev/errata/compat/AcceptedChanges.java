package dev.errata.compat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Changes a build accepts on purpose, by {@link Change#id() id}. An entry is an id such as
 * {@code com.acme.PaymentError.CARD_DECLINED: removed}; {@code *} stands for any run of
 * characters, so {@code com.acme.PaymentError.*: docs-url-changed} accepts a moved documentation
 * site for every code of the catalog.
 */
public final class AcceptedChanges {

  private final List<String> entries = new ArrayList<>();
  private final List<Pattern> patterns = new ArrayList<>();

  private AcceptedChanges(Collection<String> ids) {
    for (String id : ids) {
      String normalized = normalize(id);
      if (normalized.isEmpty()) {
        continue;
      }
      if (!normalized.contains(": ") || normalized.startsWith(":") || normalized.endsWith(":")) {
        throw new IllegalArgumentException("accepted change \"" + id.strip() + "\" is not a change id: write"
            + " <catalog enum>[.<CONSTANT>]: <label>, as the compatibility report shows it, for"
            + " example com.acme.PaymentError.CARD_DECLINED: removed");
      }
      entries.add(normalized);
      patterns.add(glob(normalized));
    }
  }

  /**
   * The accepted ids; blank entries are ignored.
   *
   * @throws IllegalArgumentException for an entry that is not shaped like a change id
   */
  public static AcceptedChanges of(Collection<String> ids) {
    return new AcceptedChanges(ids);
  }

  /** Accepts nothing. */
  public static AcceptedChanges none() {
    return new AcceptedChanges(List.of());
  }

  /** Whether the change is accepted. */
  public boolean accepts(Change change) {
    return patterns.stream().anyMatch(p -> p.matcher(change.id()).matches());
  }

  /** The entries that accept none of these changes: stale entries a build can drop. */
  public List<String> unused(List<Change> changes) {
    List<String> unused = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Pattern pattern = patterns.get(i);
      if (changes.stream().noneMatch(c -> pattern.matcher(c.id()).matches())) {
        unused.add(entries.get(i));
      }
    }
    return unused;
  }

  /** Collapses whitespace, so that ids wrapped over lines in a POM still match. */
  private static String normalize(String id) {
    return id.replaceAll("\\s+", " ").replaceAll("\\s*:\\s*", ": ").strip();
  }

  private static Pattern glob(String id) {
    StringBuilder regex = new StringBuilder();
    for (String part : id.split("\\*", -1)) {
      if (regex.length() > 0) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(part));
    }
    return Pattern.compile(regex.toString());
  }
}
