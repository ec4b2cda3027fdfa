package dev.errata.examples.demo;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.errata.CatalogException;
import dev.errata.ErrorDetails;
import dev.errata.examples.bots.BotError;
import dev.errata.examples.bots.BotErrorCatalog;
import dev.errata.examples.extracts.ExtractError;
import dev.errata.examples.extracts.ExtractErrorCatalog;
import dev.errata.examples.flows.FlowError;
import dev.errata.examples.flows.FlowErrorCatalog;
import dev.errata.examples.integrations.IntegrationError;
import dev.errata.examples.integrations.IntegrationErrorCatalog;
import dev.errata.jdk.ErrataHttpClient;
import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.runtime.RetryAdvice;
import dev.errata.runtime.RetryAdvisor;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Calls a loopback server that fails the way four real APIs fail, through the Errata runtime,
 * and prints for every call the request, the response, the exception it decoded to, what that
 * means, what to do and whether to retry. Then writes the four catalogs' error reference pages.
 *
 * <p>Run it with {@code mvn -q -Pdemo package -DskipTests} from the repository's root, or as
 * {@code java dev.errata.examples.demo.Demo [folder]}; the reference pages go to {@code folder},
 * by default {@code target/errata-reference}.
 */
public final class Demo {

  /** The folder for the reference pages when none is given. */
  public static final Path DEFAULT_REFERENCE_FOLDER = Path.of("target", "errata-reference");

  /** The catalogs whose reference pages the demo writes. */
  static final List<Class<? extends Enum<?>>> CATALOGS =
      List.of(IntegrationError.class, FlowError.class, BotError.class, ExtractError.class);

  private static final int WIDTH = 100;
  private static final String INDENT = "  ";
  private static final int LABEL = 12;
  private static final int BODY = WIDTH - INDENT.length() - LABEL;

  private final PrintStream out;
  // A fixed seed, so that the jittered backoff delays print the same on every run.
  private final RetryAdvisor advisor = RetryAdvisor.builder().random(new SplittableRandom(2026)).build();

  /** A demo that prints to {@code out}. */
  public Demo(PrintStream out) {
    this.out = out;
  }

  /** Runs the demo on standard output; the optional argument names the reference pages' folder. */
  public static void main(String[] args) throws IOException, InterruptedException {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, UTF_8);
    new Demo(out).run(args.length > 0 ? Path.of(args[0]) : DEFAULT_REFERENCE_FOLDER);
  }

  /** Makes every call against a fresh loopback server, then writes the reference pages to {@code folder}. */
  public void run(Path folder) throws IOException, InterruptedException {
    out.println("Errata demo: real error responses of four APIs, decoded into the typed exceptions of");
    out.println("their catalogs by the Errata runtime, with the catalogs' advice and the retry decision.");
    try (DemoServer server = DemoServer.start()) {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      bots(server, ErrataHttpClient.of(http, ErrorDecoder.builder(BotErrorCatalog.INSTANCE).build()));
      flows(server, ErrataHttpClient.of(http,
          ClientPolicy.builder(ErrorDecoder.builder(FlowErrorCatalog.INSTANCE).build()).graphQl(true).build()));
      integrations(server, ErrataHttpClient.of(http, ErrorDecoder.builder(IntegrationErrorCatalog.INSTANCE).build()));
      extracts(server, ErrataHttpClient.of(http, ErrorDecoder.builder(ExtractErrorCatalog.INSTANCE).build()));
    }
    writeReferencePages(folder);
  }

  private void bots(DemoServer server, ErrataHttpClient client) throws IOException, InterruptedException {
    section("Bot Platform API", BotError.class, "typed errors: {\"code\": <status>, \"type\": \"<ErrorType>\", \"message\": ...}");
    call(client, "add a row to a table of another bot",
        HttpRequest.newBuilder(server.uri("/bots/v1/tables/orders/rows"))
            .POST(BodyPublishers.ofString("{\"bot\":\"support\",\"row\":{\"id\":42}}")));
    call(client, "update a bot while a deployment holds its lock",
        HttpRequest.newBuilder(server.uri("/bots/v1/bots/support"))
            .PUT(BodyPublishers.ofString("{\"name\":\"Support\"}")));
    call(client, "upload a 100 KiB file, above the 64 KiB limit",
        HttpRequest.newBuilder(server.uri("/bots/v1/files"))
            .POST(BodyPublishers.ofByteArray(new byte[100 * 1024])));
    call(client, "list conversations too often",
        HttpRequest.newBuilder(server.uri("/bots/v1/conversations")).GET());
    call(client, "read analytics during maintenance: a type the catalog does not know",
        HttpRequest.newBuilder(server.uri("/bots/v1/analytics")).GET());
  }

  private void flows(DemoServer server, ErrataHttpClient client) throws IOException, InterruptedException {
    section("Flows API", FlowError.class, "GraphQL {\"errors\": [{\"message\", \"extensions\": {\"code\"}}]}, often with HTTP 200");
    call(client, "run a Flow without an API key",
        graphQl(server, "summarize").header("x-project-id", DemoServer.FLOW_PROJECT));
    call(client, "run a Flow with a revoked API key",
        graphQl(server, "summarize").header("Authorization", "Bearer old-key-19c0")
            .header("x-project-id", DemoServer.FLOW_PROJECT));
    call(client, "run a Flow of another project",
        authorized(graphQl(server, "summarize"), "proj_marketing"));
    call(client, "run Flow 'triage', which was never deployed",
        authorized(graphQl(server, "triage"), DemoServer.FLOW_PROJECT));
    call(client, "run Flow 'classify', whose model node has no credentials",
        authorized(graphQl(server, "classify"), DemoServer.FLOW_PROJECT));
    call(client, "run Flow 'summarize', which works",
        authorized(graphQl(server, "summarize"), DemoServer.FLOW_PROJECT));
  }

  private void integrations(DemoServer server, ErrataHttpClient client) throws IOException, InterruptedException {
    section("Integrations", IntegrationError.class, "whatever the external service, or a proxy in front of it, sends");
    call(client, "HTTP node: fetch CRM contacts while the CRM's backend is down",
        HttpRequest.newBuilder(server.uri("/integrations/crm/contacts")).GET());
    call(client, "HTTP node: fetch CRM deals in a tight loop",
        HttpRequest.newBuilder(server.uri("/integrations/crm/deals")).GET());
    call(client, "app node: an OAuth token that expired",
        HttpRequest.newBuilder(server.uri("/integrations/crm/me"))
            .header("Authorization", "Bearer expired-token-0042").GET());
  }

  private void extracts(DemoServer server, ErrataHttpClient client) throws IOException, InterruptedException {
    section("Extracts", ExtractError.class, "whatever the source API sends");
    String fields = IntStream.range(0, 250).mapToObj(i -> "metric_" + i).collect(Collectors.joining(","));
    call(client, "pull a report with 250 fields in the query string",
        HttpRequest.newBuilder(server.uri("/extracts/reports/campaigns?fields=" + fields)).GET());
    call(client, "pull two years of daily data in one run",
        HttpRequest.newBuilder(server.uri("/extracts/reports/daily?backfill_days=730")).GET());
    call(client, "pull accounts while the source warms up",
        HttpRequest.newBuilder(server.uri("/extracts/reports/accounts")).GET());
  }

  private static HttpRequest.Builder graphQl(DemoServer server, String flow) {
    String query = "mutation Run($flow: ID!) { runFlow(flow: $flow, input: {}) { runId output } }";
    return HttpRequest.newBuilder(server.uri("/flows/graphql"))
        .header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString(
            "{\"query\":\"" + query + "\",\"variables\":{\"flow\":\"" + flow + "\"}}"));
  }

  private static HttpRequest.Builder authorized(HttpRequest.Builder request, String project) {
    return request.header("Authorization", "Bearer " + DemoServer.FLOW_API_KEY).header("x-project-id", project);
  }

  // ---- One call ----

  private void call(ErrataHttpClient client, String what, HttpRequest.Builder builder)
      throws IOException, InterruptedException {
    HttpRequest request = builder.timeout(Duration.ofSeconds(10)).build();
    String target = request.uri().getRawPath()
        + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery());
    out.println();
    out.println(Character.toUpperCase(what.charAt(0)) + what.substring(1));
    row("request", request.method() + " " + shorten(target, WIDTH - INDENT.length() - LABEL - 6));
    try {
      HttpResponse<String> response = client.exchange(request, BodyHandlers.ofString());
      row("response", String.valueOf(response.statusCode()));
      row("body", shorten(compact(response.body()), BODY));
      row("result", "success: the body goes to the caller");
    } catch (CatalogException e) {
      describe(e, request.method());
    }
  }

  private void describe(CatalogException e, String method) {
    ErrorDetails details = e.details();
    String retryAfter = details.retryAfter().map(d -> ", Retry-After " + d.toSeconds() + " s").orElse("");
    String body = details.body().map(Demo::compact).orElse("");
    String contentType = details.header("Content-Type").map(t -> " " + t.replaceFirst(";.*", "")).orElse("");
    row("response", details.status() + contentType + retryAfter);
    row("body", body.isEmpty() ? "(empty)" : shorten(body, BODY));
    String sent = details.code().orElse(null);
    if (sent == null) {
      row("wire code", "none: decoded by the status");
    } else if (sent.equals(e.code())) {
      row("wire code", sent);
    } else {
      row("wire code", sent + ", which the catalog does not know: decoded by the status");
    }
    row("exception", e.getClass().getName());
    row("", "extends " + e.getClass().getSuperclass().getName());
    details.message().ifPresent(m -> row("message", m));
    row("means", e.definition().description());
    List<String> steps = e.definition().remedy();
    for (int i = 0; i < steps.size(); i++) {
      row(i == 0 ? "what to do" : "", (i + 1) + ". " + steps.get(i));
    }
    row("retry", decision(advisor.advise(e, 1, method)));
  }

  /** The retry decision in words, such as "yes, after 2 s (Retry-After)". */
  static String decision(RetryAdvice advice) {
    if (!advice.retry()) {
      return "no (" + advice.reason() + ")";
    }
    Duration delay = advice.delay();
    String after = delay.toMillis() < 1000 ? delay.toMillis() + " ms" : delay.toSeconds() + " s";
    return "yes, after " + after + " (" + advice.reason() + ")";
  }

  // ---- Reference pages ----

  private void writeReferencePages(Path folder) throws IOException {
    Files.createDirectories(folder);
    out.println();
    out.println(rule("Error reference pages"));
    out.println("Generated at compile time from the catalogs, written to " + folder.toAbsolutePath().normalize() + ":");
    int width = CATALOGS.stream().mapToInt(c -> c.getName().length() + 3).max().orElse(0) + 2;
    for (Class<? extends Enum<?>> catalog : CATALOGS) {
      String name = catalog.getName() + ".md";
      byte[] page;
      try (InputStream in = Demo.class.getClassLoader().getResourceAsStream("META-INF/errata/" + name)) {
        if (in == null) {
          throw new IOException("META-INF/errata/" + name + " is not on the classpath; compile the catalogs with the Errata processor");
        }
        page = in.readAllBytes();
      }
      Files.write(folder.resolve(name), page);
      out.println(INDENT + pad(name, width) + String.format("%,7d bytes", page.length));
    }
  }

  // ---- Layout ----

  private void section(String api, Class<? extends Enum<?>> catalog, String format) {
    out.println();
    out.println(rule(api));
    row("catalog", catalog.getName());
    row("errors as", format);
  }

  private static String rule(String title) {
    String head = "== " + title + " ";
    return head + "=".repeat(Math.max(3, WIDTH - head.length()));
  }

  /** A labelled line, wrapped at the page width with the text aligned after the label. */
  private void row(String label, String text) {
    String prefix = INDENT + pad(label, LABEL);
    List<String> lines = wrap(text, WIDTH - prefix.length());
    for (int i = 0; i < lines.size(); i++) {
      out.println((i == 0 ? prefix : " ".repeat(prefix.length())) + lines.get(i));
    }
  }

  private static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    String hanging = text.matches("^\\d+\\. .*") ? "   " : "";
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line = new StringBuilder(hanging);
      }
      if (line.length() > 0 && !line.toString().equals(hanging)) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }

  private static String compact(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
