package dev.errata.conformance;

import static com.google.common.truth.Truth.assertWithMessage;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scenario of {@link Scenarios} on every stack of {@link Stacks}, against one loopback
 * server, each held to the scenario's one expectation (or, where {@link KnownGaps} says a stack
 * differs, to what it gives instead). The system property {@code conformance.only}, a regular
 * expression, runs only the cases whose names ("<scenario> on <stack>") it finds.
 */
class ConformanceTest {

  /** The longest a call may take before the stack is deemed to hang. */
  private static final Duration CALL_LIMIT = Duration.ofSeconds(10);
  /** How soon after the first request a call given up is looked at: well inside its 1 s wait. */
  private static final Duration INTO_THE_WAIT = Duration.ofMillis(200);
  /** The latest a cancel may come after the first request to still fall into the 1 s wait. */
  private static final Duration LATEST_CANCEL = Duration.ofMillis(700);
  /** When a retry after the 1 s wait would have reached the server, counted from the first request. */
  private static final Duration AFTER_THE_WAIT = Duration.ofMillis(1_500);

  private static LoopbackServer server;
  private static final Map<Stacks, Stack> ADAPTERS = new EnumMap<>(Stacks.class);

  @BeforeAll
  static void start() throws Exception {
    server = new LoopbackServer();
    for (Stacks stack : Stacks.values()) {
      ADAPTERS.put(stack, stack.newAdapter());
    }
    warmUp();
  }

  /**
   * One successful call on every stack before the scenarios run, so that loading a framework's
   * classes is not what a scenario's timing measures.
   */
  private static void warmUp() throws Exception {
    Map<Stacks, Running> calls = new EnumMap<>(Stacks.class);
    for (Stacks stack : Stacks.values()) {
      String path = "/warm-up." + stack.slug();
      server.script(path, List.of(LoopbackServer.Reply.text(200, "text/plain", "warm")));
      calls.put(stack, ADAPTERS.get(stack).start(
          new Call(server.url(), path, "GET", Map.of(), null, Scenarios.DEFAULTS, null)));
    }
    for (Map.Entry<Stacks, Running> call : calls.entrySet()) {
      assertWithMessage("warm-up call on %s", call.getKey().title())
          .that(call.getValue().outcome(CALL_LIMIT)).isInstanceOf(Outcome.Response.class);
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @TestFactory
  Stream<DynamicTest> everyScenarioOnEveryStack() {
    Pattern only = Pattern.compile(System.getProperty("conformance.only", ""));
    return Scenarios.ALL.stream()
        .flatMap(scenario -> Arrays.stream(Stacks.values()).map(stack -> DynamicTest.dynamicTest(
            scenario.name() + " on " + stack.title(), () -> run(scenario, stack))))
        .filter(test -> only.matcher(test.getDisplayName()).find());
  }

  private static void run(Scenario scenario, Stacks stack) throws Exception {
    String path = "/" + scenario.id() + "." + stack.slug();
    server.script(path, scenario.replies());
    Expectation expected = KnownGaps.of(scenario, stack).map(KnownGaps.Gap::instead).orElse(scenario.expected());
    long start = System.nanoTime();
    Running running = ADAPTERS.get(stack).start(scenario.call(server.url(), path));
    switch (scenario.action()) {
      case CALL -> {
        Outcome outcome = running.outcome(CALL_LIMIT);
        expected.check(outcome, server.requests(path), since(start));
      }
      case CANCEL_IN_WAIT -> {
        long firstRequest = awaitFirstRequest(path);
        sleepUntil(firstRequest + INTO_THE_WAIT.toNanos());
        long givenUp = System.nanoTime();
        int requestsBefore = server.requests(path);
        running.cancel();
        boolean ended = running.ended(CALL_LIMIT);
        Duration took = since(givenUp);
        if (givenUp - firstRequest > LATEST_CANCEL.toNanos() || requestsBefore > 1) {
          // This thread was held up (a loaded machine) until the wait was nearly over: nothing to judge.
          Assumptions.abort("the cancel came " + Duration.ofNanos(givenUp - firstRequest).toMillis()
              + " ms after the first request, too late for the retry wait (" + requestsBefore + " requests by then)");
        }
        Outcome outcome = running.outcome(Duration.ZERO);
        sleepUntil(firstRequest + AFTER_THE_WAIT.toNanos());
        assertWithMessage("the call ended (outcome: %s)", outcome).that(ended).isTrue();
        expected.check(outcome, server.requests(path), took);
      }
      case DEADLINE_IN_WAIT -> {
        Outcome outcome = running.outcome(CALL_LIMIT);
        Duration took = since(start + Scenario.DEADLINE.toNanos()); // from when the caller gave up
        boolean ended = running.ended(CALL_LIMIT);
        sleepUntil(start + AFTER_THE_WAIT.toNanos());
        assertWithMessage("the call ended (outcome: %s)", outcome).that(ended).isTrue();
        expected.check(outcome, server.requests(path), took);
      }
    }
  }

  /** When the server saw the call's first request, in {@link System#nanoTime()}. */
  private static long awaitFirstRequest(String path) throws InterruptedException {
    long end = System.nanoTime() + CALL_LIMIT.toNanos();
    while (server.requests(path) == 0) {
      assertWithMessage("a request for %s within %s", path, CALL_LIMIT).that(System.nanoTime()).isLessThan(end);
      TimeUnit.MILLISECONDS.sleep(2);
    }
    return System.nanoTime();
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long left = nanoTime - System.nanoTime();
    if (left > 0) {
      TimeUnit.NANOSECONDS.sleep(left);
    }
  }

  private static Duration since(long nanoTime) {
    return Duration.ofNanos(System.nanoTime() - nanoTime);
  }
}
