package dev.errata.benchmarks.clients;

/**
 * One client stack, set up twice over the same canned transport: as the framework comes, and
 * with Errata's adapter as the docs show it.
 */
interface Stack {

  /** A 2xx call without Errata: the body. */
  Object bareSuccess() throws Exception;

  /** The same call with Errata's adapter. */
  Object errataSuccess() throws Exception;

  /** An error call as the framework handles it by default: its exception. */
  Object defaultError();

  /** The same error with Errata's adapter: the typed exception. */
  Object errataError();

  /** The exception a call throws, as an application catches it. */
  static Object thrown(ThrowingCall call) {
    try {
      call.run();
    } catch (Exception expected) {
      return expected;
    }
    throw new IllegalStateException("an error response did not throw");
  }

  /** A call that ends in an exception. */
  interface ThrowingCall {
    void run() throws Exception;
  }
}
