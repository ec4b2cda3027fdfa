package dev.errata.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spring service that docs/spring.md builds step by step: every file the walkthrough shows,
 * written out as a reader would, and built by a real Maven run whose tests (a {@code @WebMvcTest}
 * slice and the whole application) must pass.
 */
class SpringServiceWalkthroughIT {

  private final Maven maven = new Maven();

  @Test
  void theWalkthroughsServiceBuildsAndItsTestsPass(@TempDir Path dir) throws Exception {
    Map<String, String> files = Markdown.read(Path.of(System.getProperty("errata.spring"))).projectFiles();
    assertEquals(List.of(
            "pom.xml",
            "src/main/java/com/acme/orders/OrderError.java",
            "src/main/java/com/acme/orders/OrdersController.java",
            "src/main/java/com/acme/orders/inventory/InventoryError.java",
            "src/main/java/com/acme/orders/payments/PaymentsError.java",
            "src/main/java/com/acme/orders/inventory/InventoryApi.java",
            "src/main/java/com/acme/orders/Upstreams.java",
            "src/main/java/com/acme/orders/payments/PaymentsClient.java",
            "src/main/resources/application.properties",
            "src/main/java/com/acme/orders/OrdersApplication.java",
            "src/test/java/com/acme/orders/OrdersControllerTest.java",
            "src/test/java/com/acme/orders/OrdersApplicationTest.java"),
        List.copyOf(files.keySet()));
    UserProject project = new UserProject(dir);
    for (Map.Entry<String, String> file : files.entrySet()) {
      project.file(file.getKey(), file.getValue());
    }

    Processes.Result build = maven.run(dir, "verify");

    assertTrue(build.succeeded(), build.output());
    assertTrue(build.output().contains("Tests run: 6, Failures: 0, Errors: 0, Skipped: 0"), build.output());
    for (String line : List.of(
        "HTTP service group 'inventory' decodes errors with Inventory (errata.client.catalogs.inventory)",
        "a RestClient decodes errors with Payments (ErrataClients.restClient)")) {
      assertTrue(build.output().contains("Errata: " + line), line);
    }
  }
}
