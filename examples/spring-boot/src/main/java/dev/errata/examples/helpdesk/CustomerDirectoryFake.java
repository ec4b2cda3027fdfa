package dev.errata.examples.helpdesk;


import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback stand-in for the customer directory API, answering in its error format: {@code
 * {"error": {"code": "...", "message": "...", "trace": "..."}}}. What it knows:
 *
 * <ul>
 *   <li>{@code c-1001}, Ada Lovelace, with two e-mail addresses;
 *   <li>{@code c-1002}, whose account is suspended (403 {@code AccountSuspended});
 *   <li>{@code c-1003}, a customer moved from an older system, whose record is still its old
 *       HTML profile page (200, {@code text/html}): no client expects that;
 *   <li>ids that start with {@code c-9}, kept on a shard under maintenance (503 {@code
 *       ShardMaintenance}, Retry-After: 600);
 *   <li>any other id: 404 {@code CustomerNotFound}; any other path: 404 {@code RouteNotFound}, a
 *       code of the directory's gateway that its error page does not list.
 * </ul>
 *
 * <p>Like a real service, its errors carry what the helpdesk must never pass on: a session
 * cookie, a trace id and internal names.
 */
public final class CustomerDirectoryFake extends LoopbackApi {

  /** The API key the directory accepts, in {@code X-Api-Key}. */
  public static final String API_KEY = "dk_live_3b9e22";

  /** What the directory's error responses hold that the helpdesk's clients must never see. */
  public static final List<String> SECRETS = List.of(
      API_KEY, "dir_session=5eed", "dir-7f3a", "tenant-acme", "dir-gw-2.internal", "dir-shard-9.internal", "bl-eu-7.internal");

  private static final Pattern CUSTOMER = Pattern.compile("/directory/v2/customers/([a-z0-9-]+)");

  private CustomerDirectoryFake() throws IOException {
    super("/", CustomerDirectoryFake::answer);
  }

  /** Starts the directory on a free loopback port. */
  public static CustomerDirectoryFake start() throws IOException {
    return new CustomerDirectoryFake();
  }

  private static void answer(HttpExchange x) throws IOException {
    x.getRequestBody().readAllBytes();
    String path = x.getRequestURI().getPath();
    Matcher customer = CUSTOMER.matcher(path);
    if (!API_KEY.equals(x.getRequestHeaders().getFirst("X-Api-Key"))) {
      error(x, 401, "InvalidApiKey", "Key rejected by gateway dir-gw-2.internal");
    } else if (!x.getRequestMethod().equals("GET") || !customer.matches()) {
      error(x, 404, "RouteNotFound", "No route for " + path + " on dir-gw-2.internal");
    } else {
      customer(x, customer.group(1));
    }
  }

  private static void customer(HttpExchange x, String id) throws IOException {
    switch (id) {
      case "c-1001" -> send(x, 200, "application/json",
          "{\"id\":\"c-1001\",\"name\":\"Ada Lovelace\",\"emails\":[\"ada@example.com\",\"ada.l@example.org\"]}");
      case "c-1002" -> error(x, 403, "AccountSuspended", "Account c-1002 of tenant-acme suspended by job bl-eu-7.internal");
      case "c-1003" -> send(x, 200, "text/html", "<html><body><h1>Customer profile (legacy)</h1></body></html>");
      default -> {
        if (id.startsWith("c-9")) {
          x.getResponseHeaders().add("Retry-After", "600");
          error(x, 503, "ShardMaintenance", "Shard dir-shard-9.internal is being rebalanced");
        } else {
          error(x, 404, "CustomerNotFound", "No customer '" + id + "' in tenant-acme");
        }
      }
    }
  }

  private static void error(HttpExchange x, int status, String code, String message) throws IOException {
    x.getResponseHeaders().add("Set-Cookie", "dir_session=5eed; HttpOnly");
    x.getResponseHeaders().add("X-Trace-Id", "dir-7f3a");
    send(x, status, "application/json",
        "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"trace\":\"dir-7f3a\"}}");
  }
}
