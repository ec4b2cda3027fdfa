package dev.errata.processor.writing;

import dev.errata.processor.model.CatalogModel;
import dev.errata.processor.model.EntryModel;
import dev.errata.processor.model.MemberModel;
import dev.errata.processor.model.MemberType;
import java.io.StringWriter;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * Writes {@code META-INF/errata/<enum>.openapi.json}: an OpenAPI 3.1 document whose components
 * hold the problem details schema the runtime renders and one response per code of the catalog,
 * with its description, docs link, an example body and, for a code with members, a schema of the
 * problem with its members. API documents reference the responses
 * ({@code $ref: '<file>#/components/responses/RelationConflict'}) or copy them in.
 */
final class OpenApiWriter {

  static final String PROBLEM_SCHEMA = "Problem";
  private static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

  String write(CatalogModel catalog) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = PrettyJson.generator(out)) {
      json.writeStartObject();
      json.writeStringProperty("openapi", "3.1.0");
      json.writeObjectPropertyStart("info");
      json.writeStringProperty("title", catalog.name() + " errors");
      json.writeStringProperty("summary", "Error responses of " + catalog.id().enumQualifiedName());
      // The catalog has no version of its own; the document is merged into the API's.
      json.writeStringProperty("version", "unversioned");
      json.writeEndObject();
      json.writeObjectPropertyStart("components");
      json.writeObjectPropertyStart("schemas");
      json.writeName(PROBLEM_SCHEMA);
      writeProblemSchema(json);
      json.writeEndObject();
      json.writeObjectPropertyStart("responses");
      for (EntryModel entry : catalog.entries()) {
        if (!entry.isCategory()) {
          json.writeName(responseName(entry));
          writeResponse(json, entry);
        }
      }
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndObject();
    }
    return out + "\n";
  }

  /** {@code RELATION_CONFLICT} → {@code RelationConflict}: the exception's name without its suffix. */
  static String responseName(EntryModel entry) {
    String exception = TypeNames.exception(entry).simpleName();
    return exception.substring(0, exception.length() - "Exception".length());
  }

  /** RFC 9457 members and the extension members {@code ProblemRenderer} adds. */
  private static void writeProblemSchema(JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("type", "object");
    json.writeStringProperty("description",
        "RFC 9457 problem details, with the catalog's wire code, remedy and retry advice as extension members.");
    json.writeObjectPropertyStart("properties");
    property(json, "type", "string", "uri-reference", "The documentation URL of the error, or about:blank.");
    property(json, "title", "string", null, "Short title of the error.");
    json.writeObjectPropertyStart("status");
    json.writeStringProperty("type", "integer");
    json.writeNumberProperty("minimum", 400);
    json.writeNumberProperty("maximum", 599);
    json.writeStringProperty("description", "HTTP status of the response.");
    json.writeEndObject();
    property(json, "detail", "string", null, "What went wrong in this occurrence.");
    property(json, "instance", "string", "uri-reference", "The occurrence, usually the request path.");
    property(json, "code", "string", null, "The catalog's wire code of the error.");
    json.writeObjectPropertyStart("remedy");
    json.writeStringProperty("type", "array");
    json.writeObjectPropertyStart("items");
    json.writeStringProperty("type", "string");
    json.writeEndObject();
    json.writeStringProperty("description", "What to do, one step per entry.");
    json.writeEndObject();
    property(json, "retryable", "boolean", null, "Whether the same request may succeed when repeated.");
    json.writeEndObject();
    json.writeArrayPropertyStart("required");
    for (String member : List.of("type", "title", "status", "code")) {
      json.writeString(member);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void property(JsonGenerator json, String name, String type, String format, String description) {
    json.writeObjectPropertyStart(name);
    json.writeStringProperty("type", type);
    if (format != null) {
      json.writeStringProperty("format", format);
    }
    json.writeStringProperty("description", description);
    json.writeEndObject();
  }

  private static void writeResponse(JsonGenerator json, EntryModel entry) {
    json.writeStartObject();
    json.writeStringProperty("description", description(entry));
    if (entry.retryable()) {
      json.writeObjectPropertyStart("headers");
      json.writeObjectPropertyStart("Retry-After");
      json.writeStringProperty("description", "When to try again: seconds, or an HTTP date.");
      json.writeObjectPropertyStart("schema");
      json.writeStringProperty("type", "string");
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeObjectPropertyStart("content");
    json.writeObjectPropertyStart(PROBLEM_MEDIA_TYPE);
    json.writeName("schema");
    writeSchema(json, entry);
    json.writeName("example");
    writeExample(json, entry);
    json.writeEndObject();
    json.writeEndObject();
    json.writeStringProperty("x-errata-code", entry.code());
    json.writeNumberProperty("x-errata-status", entry.status());
    json.writeStringProperty("x-errata-exception", TypeNames.exception(entry).canonicalName());
    json.writeEndObject();
  }

  /**
   * The problem schema; for a code with members, the problem and its members: {@code allOf} of
   * {@code Problem} and an object whose properties are the members, under the names a server
   * writes them at the problem's root. None is required: an occurrence may leave any out.
   */
  private static void writeSchema(JsonGenerator json, EntryModel entry) {
    json.writeStartObject();
    if (entry.members().isEmpty()) {
      json.writeStringProperty("$ref", "#/components/schemas/" + PROBLEM_SCHEMA);
      json.writeEndObject();
      return;
    }
    json.writeArrayPropertyStart("allOf");
    json.writeStartObject();
    json.writeStringProperty("$ref", "#/components/schemas/" + PROBLEM_SCHEMA);
    json.writeEndObject();
    json.writeStartObject();
    json.writeStringProperty("type", "object");
    json.writeObjectPropertyStart("properties");
    for (MemberModel member : entry.members()) {
      json.writeName(member.name());
      json.writeStartObject();
      MemberType type = member.type();
      if (type.list()) {
        json.writeStringProperty("type", "array");
        json.writeObjectPropertyStart("items");
        writeValueSchema(json, type);
        json.writeEndObject();
      } else {
        writeValueSchema(json, type);
      }
      if (!member.description().isEmpty()) {
        json.writeStringProperty("description", member.description());
      }
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
  }

  /** JSON Schema of one value of a member's type. */
  private static void writeValueSchema(JsonGenerator json, MemberType type) {
    switch (type.kind()) {
      case STRING -> json.writeStringProperty("type", "string");
      case INTEGER -> {
        json.writeStringProperty("type", "integer");
        json.writeStringProperty("format", "int32");
      }
      case LONG -> {
        json.writeStringProperty("type", "integer");
        json.writeStringProperty("format", "int64");
      }
      case BOOLEAN -> json.writeStringProperty("type", "boolean");
      case DECIMAL -> json.writeStringProperty("type", "number");
      case INSTANT, OFFSET_DATE_TIME -> {
        json.writeStringProperty("type", "string");
        json.writeStringProperty("format", "date-time");
      }
      case URI -> {
        json.writeStringProperty("type", "string");
        json.writeStringProperty("format", "uri-reference");
      }
      case ENUM -> {
        json.writeStringProperty("type", "string");
        json.writeArrayPropertyStart("enum");
        for (String constant : type.enumConstants()) {
          json.writeString(constant);
        }
        json.writeEndArray();
      }
    }
  }

  /** The body {@code ProblemRenderer} sends for the code, with the catalog's description as detail. */
  private static void writeExample(JsonGenerator json, EntryModel entry) {
    json.writeStartObject();
    json.writeStringProperty("type", entry.docsUrl().isEmpty() ? "about:blank" : entry.docsUrl());
    json.writeStringProperty("title", entry.title());
    json.writeNumberProperty("status", entry.status());
    json.writeStringProperty("detail", entry.description());
    json.writeStringProperty("code", entry.code());
    if (!entry.remedy().isEmpty()) {
      json.writeArrayPropertyStart("remedy");
      for (String step : entry.remedy()) {
        json.writeString(step);
      }
      json.writeEndArray();
    }
    json.writeBooleanProperty("retryable", entry.retryable());
    json.writeEndObject();
  }

  /** CommonMark: status and title, the meaning, the steps, the docs link. */
  private static String description(EntryModel entry) {
    StringBuilder text = new StringBuilder()
        .append("**").append(entry.status()).append(' ').append(entry.title()).append("** (`")
        .append(entry.code()).append("`): ").append(entry.description());
    List<String> remedy = entry.remedy();
    for (int i = 0; i < remedy.size(); i++) {
      text.append(i == 0 ? "\n\n" : "\n").append(i + 1).append(". ").append(remedy.get(i));
    }
    if (!entry.docsUrl().isEmpty()) {
      text.append("\n\n[Documentation](").append(entry.docsUrl()).append(')');
    }
    return text.toString();
  }
}
