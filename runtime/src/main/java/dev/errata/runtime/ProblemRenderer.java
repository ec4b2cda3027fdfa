package dev.errata.runtime;

import dev.errata.CatalogException;
import dev.errata.ErrorDefinition;
import java.io.ByteArrayOutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Renders any {@link CatalogException} as an RFC 9457 problem details response, for servers:
 *
 * <pre>{@code
 * } catch (CatalogException e) {
 *   ProblemResponse problem = ProblemRenderer.render(e);
 *   // status problem.status(), headers problem.headers(), body problem.body()
 * }
 * }</pre>
 *
 * The body holds:
 *
 * <ul>
 *   <li>{@code type}: the code's documentation URL, else {@code about:blank};
 *   <li>{@code title}: the catalog's title of the code; {@code status};
 *   <li>{@code detail}: the occurrence's own message ({@link CatalogException#detail()}), else
 *       the catalog's description;
 *   <li>{@code instance}, when the error carries one;
 *   <li>the extension members {@code code} (the catalog's wire code), {@code remedy} (the steps,
 *       when there are any) and {@code retryable}.
 * </ul>
 *
 * <p>It never includes headers, the body of an upstream response, the stack trace or the cause:
 * nothing a decoded error carries from elsewhere leaks into the answer. {@link ErrorDecoder}
 * reads such a body back into the same exception type, by its {@code code} member.
 */
public final class ProblemRenderer {

  /** The media type of problem details in JSON. */
  public static final String CONTENT_TYPE = "application/problem+json";

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private ProblemRenderer() {}

  /** The problem details response for {@code e}. */
  public static ProblemResponse render(CatalogException e) {
    ErrorDefinition d = e.definition();
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 + d.description().length());
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty("type", d.docsUrl().isEmpty() ? "about:blank" : d.docsUrl());
      g.writeStringProperty("title", d.title());
      g.writeNumberProperty("status", e.status());
      g.writeStringProperty("detail", e.detail().orElse(d.description()));
      if (e.details().instance().isPresent()) {
        g.writeStringProperty("instance", e.details().instance().get());
      }
      g.writeStringProperty("code", d.code());
      if (!d.remedy().isEmpty()) {
        g.writeArrayPropertyStart("remedy");
        for (String step : d.remedy()) {
          g.writeString(step);
        }
        g.writeEndArray();
      }
      g.writeBooleanProperty("retryable", d.retryable());
      g.writeEndObject();
    }
    return new ProblemResponse(e.status(), out.toByteArray(), e.retryAfter().orElse(null));
  }
}
