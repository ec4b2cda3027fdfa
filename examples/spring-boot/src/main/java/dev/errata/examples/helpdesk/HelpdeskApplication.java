package dev.errata.examples.helpdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A helpdesk service in front of two upstream APIs, each with its own error catalog: the bot
 * platform ({@code BotError}) and the customer directory ({@link DirectoryError}). Its clients
 * are in {@link UpstreamClients}; what becomes of each upstream's errors is in {@link
 * BotPlatformErrors} and {@link DirectoryErrors}; its own errors are {@link HelpdeskError}, and
 * {@code application.properties} holds its Errata settings. The class itself declares no beans,
 * so {@code @WebMvcTest} slices pick up none of the above unless a test imports it.
 */
@SpringBootApplication
public class HelpdeskApplication {

  /**
   * Starts the service; {@code helpdesk.bot-platform.url} and {@code .token}, and {@code
   * helpdesk.directory.url} and {@code .api-key} must be set.
   */
  public static void main(String[] args) {
    SpringApplication.run(HelpdeskApplication.class, args);
  }
}
