package dev.errata.compat;

import dev.errata.compat.CatalogVersion.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decodes every response two versions of a catalog can tell apart with both, and reports those
 * that decode to another exception. A response is a status and a body, which matters only through
 * the known code each version reads from it ({@link ResponseSpace}).
 *
 * <p>A body without a code the catalog knows (none, HTML, an unknown code) comes with every
 * status from 400 to 599; outside that range no code, stand-in or category applies, and both
 * versions decode it to the catch-all. A body with a code of the catalog comes with the status
 * the catalog gives that code, in the version whose servers send it: a code only one version
 * knows is sent only by that version's servers, with its status there.
 */
final class ResponseComparison {

  /**
   * A response that moved, with what decided it in each version.
   *
   * @param beforeCode the known code the old version read, {@code null} when its status decided
   * @param afterCode likewise for the new version
   */
  record Move(MovedResponse response, String beforeCode, String afterCode, Node beforeNode, Node afterNode) {}

  /** Receives the responses that moved. */
  interface Sink {
    void moved(Move move);
  }

  static final int FIRST_STATUS = 400;
  static final int LAST_STATUS = 599;

  private final CatalogVersion before;
  private final CatalogVersion after;
  private final Sink sink;

  private ResponseComparison(CatalogVersion before, CatalogVersion after, Sink sink) {
    this.before = before;
    this.after = after;
    this.sink = sink;
  }

  static void compare(CatalogVersion before, CatalogVersion after, Sink sink) {
    new ResponseComparison(before, after, sink).run();
  }

  private void run() {
    ResponseSpace space = new ResponseSpace(before, after);
    for (ResponseSpace.Reading r : space.readings()) {
      if (r.before() != null && r.after() != null) {
        Node b = before.resolve(r.before(), 0);
        evaluate(b.entry().status(), r.body(), r.before(), r.after(), b, after.resolve(r.after(), 0));
      } else {
        for (int status : statuses(r)) {
          evaluate(status, r.body(), r.before(), r.after(), before.resolve(r.before(), status),
              after.resolve(r.after(), status));
        }
      }
    }
  }

  /**
   * The statuses a body comes with: those its codes have in the versions that know them, else
   * every error status.
   */
  private List<Integer> statuses(ResponseSpace.Reading r) {
    Set<Integer> statuses = new LinkedHashSet<>();
    for (String code : Arrays.asList(r.before(), r.after())) {
      for (CatalogVersion version : List.of(before, after)) {
        if (code != null && version.knows(code)) {
          EntrySnapshot entry = version.resolve(code, 0).entry();
          for (int s = entry.status(); s <= entry.statusTo(); s++) {
            statuses.add(s);
          }
        }
      }
    }
    if (statuses.isEmpty()) {
      for (int s = FIRST_STATUS; s <= LAST_STATUS; s++) {
        statuses.add(s);
      }
    }
    return new ArrayList<>(statuses);
  }

  /** Reports the response when it moved. */
  private void evaluate(int status, String body, String b, String a, Node nb, Node na) {
    if (nb.key().equals(na.key()) && nb.exception().equals(na.exception())
        && before.caughtBy(nb).equals(after.caughtBy(na))) {
      return;
    }
    List<String> old = before.caughtBy(nb);
    List<String> now = after.caughtBy(na);
    Severity severity;
    String effect;
    List<String> lost = old.stream().filter(c -> !now.contains(c)).toList();
    if (!lost.isEmpty()) {
      severity = Severity.BREAKING;
      effect = "catch (" + MovedResponse.simple(lost.get(0)) + " e) stops firing";
    } else {
      List<String> reached = now.stream().filter(c -> !old.contains(c) && before.hasException(c)).toList();
      boolean newCode = a != null && !before.knows(a);
      if (nb.retryable() != na.retryable()) {
        severity = Severity.BEHAVIOURAL;
        effect = "isRetryable() " + nb.retryable() + " → " + na.retryable();
      } else if (!reached.isEmpty() && !newCode) {
        severity = Severity.BEHAVIOURAL;
        effect = "catch (" + MovedResponse.simple(reached.get(0)) + " e) now fires too";
      } else if (!nb.exception().equals(na.exception())) {
        severity = Severity.COMPATIBLE;
        effect = "a subclass of what it decoded to";
      } else {
        return;
      }
    }
    sink.moved(new Move(new MovedResponse(status, body, nb.exception(), na.exception(), severity, effect), b, a, nb, na));
  }
}
