package dev.errata.benchmarks.clients;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The two responses every client is given without a network: a small JSON success, and a 404
 * problem the catalog knows. The same bytes on every stack.
 */
final class Answers {

  static final String OK_PATH = "/bots/support";
  static final String MISSING_PATH = "/bots/nobody";
  static final String JSON = "application/json";
  static final String PROBLEM_JSON = "application/problem+json";
  static final byte[] OK = "{\"id\":\"support\",\"name\":\"Support bot\",\"tables\":3}".getBytes(UTF_8);
  static final byte[] MISSING = ("{\"type\":\"https://platform.example/errors/ResourceNotFound\",\"title\":\"Not found\","
      + "\"status\":404,\"detail\":\"No bot has the id nobody.\",\"code\":\"ResourceNotFound\"}").getBytes(UTF_8);

  private Answers() {}

  static boolean isMissing(String path) {
    return path.endsWith(MISSING_PATH);
  }
}
