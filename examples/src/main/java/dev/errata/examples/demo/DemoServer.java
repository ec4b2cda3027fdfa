package dev.errata.examples.demo;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server that answers like the four example APIs do when something goes wrong:
 * the bot platform's typed JSON errors, the flow API's GraphQL errors (often with HTTP 200), and
 * the raw responses of services behind the integration platform and the extraction service,
 * including a proxy's HTML page. It looks at each request (credentials, size, URI length, the
 * Flow asked for) the way the real service would, so the client sees cause and effect.
 */
final class DemoServer implements AutoCloseable {

  /** The API key the flow API accepts. */
  static final String FLOW_API_KEY = "demo-key-7f3a";

  /** The project that owns the Flows of the flow API. */
  static final String FLOW_PROJECT = "proj_support";

  /** The largest body the bot platform accepts on file uploads. */
  static final int BOT_MAX_UPLOAD = 64 * 1024;

  /** The longest request URI the extraction service's source accepts. */
  static final int SOURCE_MAX_URI = 2048;

  private final HttpServer server;
  private final ExecutorService threads;

  private DemoServer(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  /** Starts a server on a free loopback port. */
  static DemoServer start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "demo-server");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(threads);
    server.createContext("/bots/", DemoServer::bots);
    server.createContext("/flows/", DemoServer::flows);
    server.createContext("/integrations/", DemoServer::integrations);
    server.createContext("/extracts/", DemoServer::extracts);
    server.start();
    return new DemoServer(server, threads);
  }

  /** The address of a path on this server. */
  URI uri(String pathAndQuery) {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getHostString() + ":" + address.getPort() + pathAndQuery);
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  // ---- The bot platform API: {"code": <status>, "type": "<ErrorType>", "message": "..."} ----

  private static void bots(HttpExchange x) throws IOException {
    String route = x.getRequestMethod() + " " + x.getRequestURI().getPath();
    int uploaded = drain(x);
    switch (route) {
      case "POST /bots/v1/tables/orders/rows":
        botError(x, 409, "RelationConflict",
            "Table 'orders' does not belong to bot 'support'; it belongs to bot 'sales'");
        break;
      case "PUT /bots/v1/bots/support":
        botError(x, 409, "ResourceLockedConflict",
            "Bot 'support' is locked while deployment dep_81f2 is in progress");
        break;
      case "POST /bots/v1/files":
        if (uploaded > BOT_MAX_UPLOAD) {
          botError(x, 413, "PayloadTooLarge",
              "File of " + uploaded + " bytes exceeds the upload limit of " + BOT_MAX_UPLOAD + " bytes");
        } else {
          json(x, 201, "{\"id\":\"file_01\"}");
        }
        break;
      case "GET /bots/v1/conversations":
        x.getResponseHeaders().add("Retry-After", "2");
        botError(x, 429, "RateLimited", "Too many requests for workspace 'acme'; slow down");
        break;
      case "GET /bots/v1/analytics":
        // A type the catalog does not know: the client still gets the exception of the status.
        botError(x, 503, "MaintenanceWindow", "Analytics are read-only during maintenance until 04:00 UTC");
        break;
      default:
        botError(x, 404, "ResourceNotFound", "No route " + route);
    }
  }

  private static void botError(HttpExchange x, int status, String type, String message) throws IOException {
    x.getResponseHeaders().add("X-Request-Id", "req_" + Integer.toHexString((type + message).hashCode()));
    json(x, status, "{\"code\":" + status + ",\"type\":\"" + type + "\",\"message\":\"" + message + "\"}");
  }

  // ---- The flow API: GraphQL, {"errors": [{"message": ..., "extensions": {"code": ...}}]} ----

  private static void flows(HttpExchange x) throws IOException {
    String body = new String(x.getRequestBody().readAllBytes(), UTF_8);
    String authorization = x.getRequestHeaders().getFirst("Authorization");
    String project = x.getRequestHeaders().getFirst("x-project-id");
    if (authorization == null) {
      // In front of GraphQL: a bare 401, no body.
      x.getResponseHeaders().add("WWW-Authenticate", "Bearer");
      empty(x, 401);
    } else if (!authorization.equals("Bearer " + FLOW_API_KEY)) {
      json(x, 401, graphQlError("API key is not active", "INVALID_API_KEY"));
    } else if (!FLOW_PROJECT.equals(project)) {
      json(x, 403, graphQlError("The Flow belongs to project '" + FLOW_PROJECT + "', not '" + project + "'",
          "PROJECT_MISMATCH"));
    } else if (body.contains("\"flow\":\"triage\"")) {
      json(x, 200, "{\"data\":{\"runFlow\":null}," + graphQlErrors("Flow 'triage' has no deployed version",
          "FLOW_NOT_DEPLOYED") + "}");
    } else if (body.contains("\"flow\":\"classify\"")) {
      json(x, 200, "{\"data\":{\"runFlow\":null}," + graphQlErrors(
          "Run run_5521 failed in node 'llm-1': no credentials configured for the model", "FLOW_RUN_FAILED") + "}");
    } else {
      json(x, 200, "{\"data\":{\"runFlow\":{\"runId\":\"run_5522\",\"output\":\"Summary: 3 open tickets\"}}}");
    }
  }

  private static String graphQlError(String message, String code) {
    return "{" + graphQlErrors(message, code) + "}";
  }

  private static String graphQlErrors(String message, String code) {
    return "\"errors\":[{\"message\":\"" + message + "\",\"path\":[\"runFlow\"],\"extensions\":{\"code\":\""
        + code + "\"}}]";
  }

  // ---- A CRM service behind the integration platform, and a proxy in front of it ----

  private static void integrations(HttpExchange x) throws IOException {
    drain(x);
    switch (x.getRequestURI().getPath()) {
      case "/integrations/crm/contacts":
        x.getResponseHeaders().add("Server", "nginx");
        send(x, 502, "text/html",
            "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
        break;
      case "/integrations/crm/deals":
        x.getResponseHeaders().add("Retry-After", "1");
        json(x, 429, "{\"error\":{\"code\":\"rate_limit_exceeded\",\"message\":\"100 requests per 10 seconds\"}}");
        break;
      case "/integrations/crm/me":
        x.getResponseHeaders().add("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        json(x, 401, "{\"error\":\"invalid_token\",\"error_description\":\"The access token expired\"}");
        break;
      default:
        json(x, 404, "{\"error\":\"not_found\"}");
    }
  }

  // ---- A reporting API that the extraction service pulls reports from ----

  private static void extracts(HttpExchange x) throws IOException {
    drain(x);
    URI uri = x.getRequestURI();
    if (uri.toString().length() > SOURCE_MAX_URI) {
      send(x, 414, "text/plain", "URI Too Long");
      return;
    }
    switch (uri.getPath()) {
      case "/extracts/reports/daily":
        send(x, 504, "text/html",
            "<html><head><title>504 Gateway Time-out</title></head><body><h1>504 Gateway Time-out</h1>"
                + "<p>The upstream report server did not answer within 60 seconds.</p></body></html>");
        break;
      case "/extracts/reports/accounts":
        x.getResponseHeaders().add("Retry-After", "30");
        json(x, 503, "{\"error\":{\"status\":\"UNAVAILABLE\",\"message\":\"Reporting is warming up\"}}");
        break;
      default:
        json(x, 200, "{\"rows\":[]}");
    }
  }

  // ---- Plumbing ----

  private static int drain(HttpExchange x) throws IOException {
    try (InputStream in = x.getRequestBody()) {
      return in.readAllBytes().length;
    }
  }

  private static void json(HttpExchange x, int status, String body) throws IOException {
    send(x, status, "application/json", body);
  }

  private static void empty(HttpExchange x, int status) throws IOException {
    x.sendResponseHeaders(status, -1);
    x.close();
  }

  private static void send(HttpExchange x, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(UTF_8);
    x.getResponseHeaders().add("Content-Type", contentType + (contentType.startsWith("text/") ? "; charset=utf-8" : ""));
    x.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
  }
}
