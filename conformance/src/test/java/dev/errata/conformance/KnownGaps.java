package dev.errata.conformance;

import static dev.errata.conformance.Expectation.givesUp;

import java.util.List;
import java.util.Optional;

/**
 * Where a stack does not give a scenario's expected result yet. Each gap states what the stack
 * gives instead, as an expectation the test holds it to, so a gap that closes fails the test
 * until it is removed here; docs/conformance.md lists every gap with its reason.
 */
final class KnownGaps {

  private KnownGaps() {}

  /** A stack that gives {@code instead} for a scenario, and why. */
  record Gap(String scenario, Stacks stack, Expectation instead, String why) {}

  private static final String ASYNC_FEIGN_CANCEL = "AsyncFeign does not pass a cancellation on to its AsyncClient:"
      + " the future it returns cancels a future derived from the client's, which never reaches it, so the"
      + " policy's retry cannot know the caller gave up and sends the next attempt when its wait ends.";

  static final List<Gap> ALL = List.of(
      new Gap("cancel-in-wait", Stacks.ASYNC_FEIGN, givesUp().requests(2), ASYNC_FEIGN_CANCEL),
      new Gap("deadline-in-wait", Stacks.ASYNC_FEIGN, givesUp().requests(2), ASYNC_FEIGN_CANCEL));

  /** What {@code stack} gives instead of the expectation of {@code scenario}, if it differs. */
  static Optional<Gap> of(Scenario scenario, Stacks stack) {
    return ALL.stream().filter(g -> g.scenario().equals(scenario.id()) && g.stack() == stack).findFirst();
  }
}
