package dev.errata.runtime;

import dev.errata.CatalogException;
import dev.errata.ErrorDefinition;
import dev.errata.ReportedError;
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
 *   <li>{@code instance}, when the error carries one and was not decoded from a response;
 *   <li>the extension members {@code code} (the catalog's wire code), {@code remedy} (the steps,
 *       when there are any), {@code retryable} ({@link CatalogException#isRetryable()}), and {@code
 *       errors} when the error lists several ({@link dev.errata.ErrorDetails#errors()}, such as
 *       field errors) and was raised by this application: objects with {@code code}, {@code
 *       message} and {@code path}, each only when it is not empty.
 * </ul>
 *
 * <p>It never includes headers, the body of an upstream response, the stack trace or the cause.
 * An error decoded from another service's response ({@link CatalogException#fromResponse()}) is
 * not served as this server's own: {@link #render(CatalogException)} answers 502 Bad Gateway
 * with nothing of it, and {@link #render(CatalogException, UpstreamPolicy)} lets the application
 * choose otherwise on purpose. {@link ErrorDecoder} reads a rendered body back into the same
 * exception type, by its {@code code} member.
 */
public final class ProblemRenderer {

  /** The media type of problem details in JSON. */
  public static final String CONTENT_TYPE = "application/problem+json";

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private ProblemRenderer() {}

  /**
   * The problem details response for {@code e}; for an error decoded from another service's
   * response, a 502 Bad Gateway that says nothing of it ({@link UpstreamPolicy#BAD_GATEWAY}).
   */
  public static ProblemResponse render(CatalogException e) {
    return render(e, UpstreamPolicy.BAD_GATEWAY);
  }

  /**
   * The problem details response for {@code error}, serving an error decoded from another
   * service's response as {@code upstream} says.
   */
  public static ProblemResponse render(CatalogException error, UpstreamPolicy upstream) {
    CatalogException e = upstream.errorToServe(error);
    ErrorDefinition d = e.definition();
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 + d.description().length());
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty("type", d.docsUrl().isEmpty() ? "about:blank" : d.docsUrl());
      g.writeStringProperty("title", d.title());
      g.writeNumberProperty("status", e.status());
      g.writeStringProperty("detail", e.detail().orElse(d.description()));
      // A decoded error's instance names a resource of the other service.
      if (!e.fromResponse() && e.details().instance().isPresent()) {
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
      g.writeBooleanProperty("retryable", e.isRetryable());
      // Another service's errors list names its fields and values: never served as this one's.
      if (!e.fromResponse() && !e.details().errors().isEmpty()) {
        writeErrors(g, e);
      }
      g.writeEndObject();
    }
    return new ProblemResponse(e.status(), out.toByteArray(), e.retryAfter().orElse(null));
  }

  private static void writeErrors(JsonGenerator g, CatalogException e) {
    g.writeArrayPropertyStart("errors");
    for (ReportedError error : e.details().errors()) {
      g.writeStartObject();
      writeUnlessEmpty(g, "code", error.code());
      writeUnlessEmpty(g, "message", error.message());
      writeUnlessEmpty(g, "path", error.path());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeUnlessEmpty(JsonGenerator g, String name, String value) {
    if (!value.isEmpty()) {
      g.writeStringProperty(name, value);
    }
  }
}
