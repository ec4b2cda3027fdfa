package dev.errata.runtime;

import dev.errata.CatalogException;
import dev.errata.ErrorDefinition;
import dev.errata.ErrorDetails;
import dev.errata.MemberDefinition;
import dev.errata.ReportedError;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 *       message} and {@code path}, each only when it is not empty;
 *   <li>the error's {@linkplain ErrorDetails#members() members}, by wire name, when this
 *       application raised it ({@link #members(CatalogException)}).
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
      for (Map.Entry<String, Object> member : members(e).entrySet()) {
        g.writeName(member.getKey());
        writeValue(g, member.getValue());
      }
      g.writeEndObject();
    }
    return new ProblemResponse(e.status(), out.toByteArray(), e.retryAfter().orElse(null));
  }

  /**
   * The members a problem served for {@code e} carries, besides Errata's own: its {@linkplain
   * ErrorDetails#members() members} when this application raised it. An error decoded from
   * another service's response has none to serve (under any {@link UpstreamPolicy}): its members
   * are that service's data. A member named like one every problem has ({@link
   * MemberDefinition#RESERVED_NAMES}), which only details built by hand can hold, is left out.
   * Framework integrations serve the same.
   *
   * @param e the error being served, after the upstream policy or a translator chose it
   */
  public static Map<String, Object> members(CatalogException e) {
    Map<String, Object> members = e.details().members();
    if (e.fromResponse() || members.isEmpty()) {
      return Map.of();
    }
    Map<String, Object> served = new LinkedHashMap<>(members);
    served.keySet().removeAll(MemberDefinition.RESERVED_NAMES);
    return Collections.unmodifiableMap(served);
  }

  /** A member's JSON value: a string, boolean, number, or a list of them. */
  private static void writeValue(JsonGenerator g, Object value) {
    if (value instanceof String text) {
      g.writeString(text);
    } else if (value instanceof Boolean flag) {
      g.writeBoolean(flag);
    } else if (value instanceof Long number) {
      g.writeNumber(number);
    } else if (value instanceof BigInteger number) {
      g.writeNumber(number);
    } else if (value instanceof BigDecimal number) {
      g.writeNumber(number);
    } else if (value instanceof List<?> values) {
      g.writeStartArray();
      for (Object element : values) {
        writeValue(g, element);
      }
      g.writeEndArray();
    } else {
      g.writeString(String.valueOf(value)); // ErrorDetails holds nothing else
    }
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
