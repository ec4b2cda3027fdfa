package dev.errata.examples.helpdesk;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** At startup, Errata logs one line for each client, naming the catalog it decodes with. */
class StartupLogTest {

  @Test
  void startupNamesTheCatalogOfEachClient() throws Exception {
    String log = startupLog();

    assertThat(lines(log, "Errata: ")).containsExactly(
        "Errata: the auto-configured HTTP clients decode errors by status with the HTTP catalog: of the Catalog beans"
            + " [Bot Platform API, Customer Directory API] none is the default; errata.client.catalog names one, and"
            + " errata.client.catalogs.<client> or ErrataClients gives each client its own",
        "Errata: a RestClient decodes errors with Bot Platform API (ErrataClients.restClient)",
        "Errata: HTTP service group 'directory' decodes errors with Customer Directory API"
            + " (errata.client.catalogs.directory)");
  }

  /** What the demo's helpdesk logs while it starts, on a free port in front of fakes of its own. */
  private static String startupLog() throws Exception {
    PrintStream console = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (BotPlatformFake platform = BotPlatformFake.start();
        CustomerDirectoryFake directory = CustomerDirectoryFake.start()) {
      System.setOut(new PrintStream(captured, true, UTF_8));
      try {
        HelpdeskDemo.start(platform, directory, 0).close();
      } finally {
        System.setOut(console);
      }
    }
    return captured.toString(UTF_8);
  }

  private static List<String> lines(String log, String marker) {
    return log.lines().filter(line -> line.contains(marker)).map(line -> line.substring(line.indexOf(marker))).toList();
  }
}
