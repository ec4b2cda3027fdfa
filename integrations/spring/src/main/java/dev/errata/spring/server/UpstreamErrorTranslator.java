package dev.errata.spring.server;

import dev.errata.CatalogException;
import org.jspecify.annotations.Nullable;

/**
 * Turns an error decoded from another service's response into the error this application serves
 * for it, on purpose. Without a translation, the {@linkplain dev.errata.runtime.UpstreamPolicy
 * upstream policy} decides (by default: 502 Bad Gateway, saying nothing of the other service).
 *
 * <pre>{@code
 * @Bean
 * UpstreamErrorTranslator inventoryErrors() {
 *   return upstream -> upstream instanceof OutOfStockException
 *       ? new OutOfStockException("The item is no longer in stock.")
 *       : null;
 * }
 * }</pre>
 *
 * <p>Translators are asked in their order ({@code @Order}, {@code Ordered}); the first that
 * answers wins. What a translator returns is served as it is, as this application's own error:
 * returning {@code upstream} itself propagates that one error deliberately.
 */
@FunctionalInterface
public interface UpstreamErrorTranslator {

  /**
   * The error to serve instead of {@code upstream}, or {@code null} to leave it to the next
   * translator and then to the upstream policy.
   *
   * @param upstream an error decoded from another service's response ({@link
   *     CatalogException#fromResponse()} is {@code true})
   */
  @Nullable CatalogException translate(CatalogException upstream);
}
