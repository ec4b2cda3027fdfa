package dev.errata.examples.helpdesk;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.errata.CatalogException;
import dev.errata.runtime.ErrorDecoder;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts loopback fakes of the bot platform and the customer directory and the helpdesk service
 * in front of them, calls the helpdesk the way a client would, and prints each request as a curl
 * command with the answer: successes from both upstreams, the helpdesk's own errors (one of them
 * a validation error), upstream errors translated into the helpdesk's (one with a member the
 * helpdesk sends, which the demo then reads back as a client would, through its accessor), ones
 * that become a 502, and an unexpected failure that the application's catch-all answers.
 *
 * <p>Arguments: {@code --serve=true} keeps everything running afterwards, for curl, until this
 * process, or the one that started it, is stopped; {@code --port=8080} puts the helpdesk on that
 * port instead of a free one.
 */
public final class HelpdeskDemo {

  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final PrintStream out;
  private final URI helpdesk;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** A demo that calls the helpdesk at {@code helpdesk} and prints to {@code out}. */
  public HelpdeskDemo(PrintStream out, URI helpdesk) {
    this.out = out;
    this.helpdesk = helpdesk;
  }

  /** Runs the fakes, the service and the calls; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException, InterruptedException {
    boolean serve = Boolean.parseBoolean(argument(args, "--serve=", "false"));
    int port = Integer.parseInt(argument(args, "--port=", "0"));
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, UTF_8);
    try (BotPlatformFake platform = BotPlatformFake.start();
        CustomerDirectoryFake directory = CustomerDirectoryFake.start()) {
      out.println("Errata with Spring Boot: a helpdesk service in front of two APIs, each with its own error catalog.");
      out.println("Bot platform (loopback fake):       " + platform.uri());
      out.println("Customer directory (loopback fake): " + directory.uri());
      out.println("Starting the helpdesk; Errata logs which catalog each client decodes with:");
      try (ConfigurableApplicationContext app = start(platform, directory, port)) {
        URI helpdesk = URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort());
        out.println("Helpdesk service:                   " + helpdesk);
        new HelpdeskDemo(out, helpdesk).run();
        if (serve) {
          out.println();
          out.println("Serving on " + helpdesk + " until stopped (Ctrl-C); try the curl commands above.");
          // Run through Maven, this is Maven's child process: it stops with Maven instead of outliving it.
          ProcessHandle.current().parent().map(ProcessHandle::onExit).orElseGet(CompletableFuture::new).join();
        }
      }
    }
  }

  /**
   * Starts the helpdesk on loopback {@code port} (0 for a free one) in front of {@code platform}
   * and {@code directory}, logging warnings, and Errata's startup lines, in a short form.
   */
  public static ConfigurableApplicationContext start(BotPlatformFake platform, CustomerDirectoryFake directory, int port) {
    return new SpringApplicationBuilder(HelpdeskApplication.class)
        .properties(
            "server.address=127.0.0.1",
            "server.port=" + port,
            "helpdesk.bot-platform.url=" + platform.uri(),
            "helpdesk.bot-platform.token=" + BotPlatformFake.TOKEN,
            "helpdesk.directory.url=" + directory.uri(),
            "helpdesk.directory.api-key=" + CustomerDirectoryFake.API_KEY,
            "spring.main.banner-mode=off",
            "logging.level.root=warn",
            "logging.level.dev.errata.spring.boot=info",
            // One line per event: the stack trace of the unexpected failure stays out of the demo.
            // One line per event, and a failure's first line indented below it, not its stack trace.
            "logging.pattern.console=  log: %-5level %logger{0}: %msg%n%replace(%ex{0}){'(?m)^(?=.)', '       '}")
        .run();
  }

  /** Makes the demo's calls and prints them with their answers. */
  public void run() throws IOException, InterruptedException {
    call("Look a bot up: the bot platform answers, the helpdesk passes its answer on",
        "GET", "/helpdesk/bots/support", null);
    call("Ask the support bot a question",
        "POST", "/helpdesk/bots/support/questions", "{\"text\":\"When is the desk open?\"}");
    call("Ask an empty question: the helpdesk's own error, EmptyQuestion",
        "POST", "/helpdesk/bots/support/questions", "{\"text\":\" \"}");
    call("Look up a bot the platform does not have: its ResourceNotFound becomes the helpdesk's UnknownBot",
        "GET", "/helpdesk/bots/billing", null);
    call("Ask the sales bot, whose workspace is out of messages: the platform's RateLimited becomes a 502\n"
            + "that tells nothing of the platform but when to try again (the log line is for the helpdesk's operators)",
        "POST", "/helpdesk/bots/sales/questions", "{\"text\":\"Can I get a quote?\"}");
    call("Open a ticket: the customer directory knows the customer",
        "POST", "/helpdesk/tickets", "{\"customer\":\"c-1001\",\"subject\":\"Export fails\"}");
    call("Open a ticket that fails validation: Spring's error, answered as the helpdesk's InvalidRequest\n"
            + "with one entry per field",
        "POST", "/helpdesk/tickets", "{\"customer\":\"\",\"subject\":\"Export fails\",\"replyTo\":\"ada\"}");
    call("Open a ticket with a reply address the customer does not have: the same InvalidRequest,\n"
            + "its field error built by the handler",
        "POST", "/helpdesk/tickets",
        "{\"customer\":\"c-1001\",\"subject\":\"Export fails\",\"replyTo\":\"eve@example.net\"}");
    call("Open a ticket for a customer the directory does not have: its CustomerNotFound becomes the\n"
            + "helpdesk's UnknownCustomer",
        "POST", "/helpdesk/tickets", "{\"customer\":\"c-4040\",\"subject\":\"Export fails\"}");
    HttpResponse<String> unavailable = call("Open a ticket for a customer on a directory shard under maintenance: its"
            + " ShardMaintenance becomes\nthe helpdesk's CustomerRecordsUnavailable, with a Retry-After of the helpdesk's"
            + " choosing and the same time\nas the member available_at",
        "POST", "/helpdesk/tickets", "{\"customer\":\"c-9001\",\"subject\":\"Export fails\"}");
    printAvailableAt(unavailable);
    call("Open a ticket for a suspended customer: the directory's AccountSuspended becomes a 502",
        "POST", "/helpdesk/tickets", "{\"customer\":\"c-1002\",\"subject\":\"Export fails\"}");
    call("Open a ticket for a customer whose record is an old HTML page: nobody expected that, so the\n"
            + "application's catch-all answers, as it does for whatever is neither a catalog error nor Spring's",
        "POST", "/helpdesk/tickets", "{\"customer\":\"c-1003\",\"subject\":\"Export fails\"}");
  }

  /** What a client that decodes with the helpdesk's catalog reads of the member the helpdesk sent. */
  private void printAvailableAt(HttpResponse<String> response) {
    CatalogException e = ErrorDecoder.builder(HelpdeskErrorCatalog.INSTANCE).build()
        .decode(response.statusCode(), response.headers().map(), response.body().getBytes(UTF_8));
    if (e instanceof CustomerRecordsUnavailableException unavailable) {
      out.println("  A client decoding with the helpdesk's catalog reads CustomerRecordsUnavailableException.availableAt(): "
          + unavailable.availableAt().map(Instant::toString).orElse("(none)"));
    }
  }

  private HttpResponse<String> call(String what, String method, String path, String json)
      throws IOException, InterruptedException {
    URI uri = helpdesk.resolve(path);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
    String curl = "curl -i " + uri;
    if (json == null) {
      request.GET();
    } else {
      request.header("Content-Type", "application/json").method(method, BodyPublishers.ofString(json));
      curl += " -H 'Content-Type: application/json' -d '" + json + "'";
    }
    out.println();
    out.println(what);
    out.println("  $ " + curl);
    out.flush();
    HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString());
    out.println("  HTTP " + response.statusCode() + " "
        + response.headers().firstValue("Content-Type").orElse("(no Content-Type)"));
    response.headers().firstValue("Retry-After").ifPresent(wait -> out.println("  Retry-After: " + wait));
    for (String line : pretty(response.body()).split("\n")) {
      out.println("  " + line);
    }
    return response;
  }

  private static String pretty(String body) {
    try {
      return JSON.writeValueAsString(JSON.readTree(body));
    } catch (JacksonException e) {
      return body;
    }
  }

  private static String argument(String[] args, String prefix, String otherwise) {
    for (String arg : args) {
      if (arg.startsWith(prefix)) {
        return arg.substring(prefix.length());
      }
    }
    return otherwise;
  }
}
