package dev.errata.processor.validation;

import dev.errata.processor.model.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * The mistakes found in one catalog. Validation records them and carries on, so that one
 * compile shows every mistake; nothing is generated for a catalog whose report is not clean.
 */
public final class Report {

  private final List<Problem> problems = new ArrayList<>();

  public void error(Position position, Message message, Object... args) {
    problems.add(Problem.of(position, message, args));
  }

  /** Reports a problem found on another element here, saying where it was found. */
  public void relay(Position position, Problem problem, String where) {
    problems.add(new Problem(position, problem.message() + " [" + where + "]"));
  }

  public boolean isClean() {
    return problems.isEmpty();
  }

  public List<Problem> problems() {
    return List.copyOf(problems);
  }
}
