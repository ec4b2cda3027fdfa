package dev.errata.conformance;

import dev.errata.runtime.ClientPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * What a scenario asks of a stack: one request to the loopback server, made by a client that
 * follows {@code policy}.
 *
 * @param baseUrl the server's URL, without a trailing slash
 * @param path the request's path, starting with a slash and holding no other
 * @param method {@code GET} or {@code POST}
 * @param headers request headers besides the stack's own
 * @param body the JSON body of a {@code POST}; {@code null} for a {@code GET}
 * @param policy the client policy every stack configures its client with
 * @param deadline how long the caller waits for the call before giving up, its own way; {@code
 *     null} for as long as it takes
 */
record Call(
    String baseUrl, String path, String method, Map<String, String> headers, String body, ClientPolicy policy,
    Duration deadline) {

  URI uri() {
    return URI.create(baseUrl + path);
  }

  /** The path without its slash, for clients whose templates put the slash in. */
  String key() {
    return path.substring(1);
  }

  boolean isPost() {
    return method.equals("POST");
  }

  boolean hasDeadline() {
    return deadline != null;
  }
}
