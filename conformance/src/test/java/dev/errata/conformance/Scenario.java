package dev.errata.conformance;

import dev.errata.conformance.LoopbackServer.Reply;
import dev.errata.runtime.ClientPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A row of the conformance table: what the server answers, how the client is configured, what
 * the caller does, and what every stack must give.
 *
 * @param id the row's part of a path on the loopback server
 * @param name the row's name in test names and docs
 * @param replies the server's answers to the call's requests, in turn (the last repeats)
 * @param policy the client policy of every stack
 * @param method {@code GET} or {@code POST}
 * @param headers request headers
 * @param action what the caller does once the call is made
 * @param expected what every stack must give
 */
record Scenario(
    String id, String name, List<Reply> replies, ClientPolicy policy, String method, Map<String, String> headers,
    Action action, Expectation expected) {

  /** The JSON body of every {@code POST}. */
  static final String POST_BODY = "{\"sku\":\"sku-7\",\"quantity\":1}";

  /** The caller's deadline in {@link Action#DEADLINE_IN_WAIT}. */
  static final Duration DEADLINE = Duration.ofMillis(300);

  /** What the caller does once the call is made. */
  enum Action {
    /** Waits for its outcome. */
    CALL,
    /** Gives the call up while it waits to retry: cancels, disposes, or interrupts. */
    CANCEL_IN_WAIT,
    /** Waits for at most {@link #DEADLINE}, which passes while the call waits to retry. */
    DEADLINE_IN_WAIT
  }

  /** The call this row makes on {@code path} of the server at {@code baseUrl}. */
  Call call(String baseUrl, String path) {
    return new Call(baseUrl, path, method, headers, method.equals("POST") ? POST_BODY : null, policy,
        action == Action.DEADLINE_IN_WAIT ? DEADLINE : null);
  }
}
