package dev.errata.conformance;

/**
 * One way of calling an HTTP API with Errata: a column of the conformance table. An adapter
 * configures its framework with the call's {@link dev.errata.runtime.ClientPolicy} as the
 * integration's documentation says, makes the call as an application would, and reports what the
 * caller saw as an {@link Outcome}. It decides nothing about the result.
 */
interface Stack {

  /** Starts {@code call}; the handle ends with what the caller saw. */
  Running start(Call call) throws Exception;
}
