package dev.errata.spring.feignclients;

import dev.errata.spring.upstreams.Upstream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Feign clients' service, started against loopback inventory and payments APIs, with what it
 * printed while starting (Boot's OutputCaptureExtension needs a newer JUnit than this build's).
 */
final class Service implements AutoCloseable {

  final Upstream inventory = new Upstream(Map.of("SkuNotFound", 404, "Reserved", 409, "InStock", 200, "Choices", 300));
  final Upstream payments = new Upstream(Map.of("CardDeclined", 402, "PaymentNotFound", 404));
  final ConfigurableApplicationContext context;
  final String startupLog;

  /** Starts {@link FeignClientsApplication} and {@code moreSources}, with {@code properties}. */
  Service(List<Class<?>> moreSources, String... properties) {
    List<Class<?>> sources = new ArrayList<>(List.of(FeignClientsApplication.class));
    sources.addAll(moreSources);
    List<String> all = new ArrayList<>(List.of(
        "spring.main.banner-mode=off",
        "inventory.url=" + inventory.url(),
        "payments.url=" + payments.url()));
    all.addAll(List.of(properties));
    PrintStream console = System.out;
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    System.setOut(new PrintStream(output, true, StandardCharsets.UTF_8));
    try {
      context = new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
          .web(WebApplicationType.NONE)
          .properties(all.toArray(String[]::new))
          .run();
    } finally {
      System.setOut(console);
    }
    startupLog = output.toString(StandardCharsets.UTF_8);
    console.print(startupLog);
  }

  <T> T client(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
    inventory.close();
    payments.close();
  }
}
