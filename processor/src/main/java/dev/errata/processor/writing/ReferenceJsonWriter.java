package dev.errata.processor.writing;

import dev.errata.processor.model.CatalogModel;
import dev.errata.processor.model.EntryModel;
import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/** Writes {@code META-INF/errata/<enum>.json}: the catalog as data, for tools and documentation sites. */
final class ReferenceJsonWriter {

  private static final JsonFactory JSON = new JsonFactory();

  /** A write context whose only setting is indentation. */
  private static final class Indented extends ObjectWriteContext.Base {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new DefaultPrettyPrinter();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }

  String write(CatalogModel catalog) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(new Indented(), out)) {
      json.writeStartObject();
      json.writeStringProperty("catalog", catalog.name());
      json.writeStringProperty("enum", catalog.id().enumQualifiedName());
      json.writeName("parent");
      if (catalog.parent().isPresent()) {
        json.writeString(catalog.parent().get().id().enumQualifiedName());
      } else {
        json.writeNull();
      }
      json.writeStringProperty("catalogClass", TypeNames.catalog(catalog.id()).canonicalName());
      json.writeStringProperty("handlerInterface", TypeNames.handler(catalog.id()).canonicalName());
      optional(json, "docsUrl", catalog.docsUrlTemplate());
      optional(json, "codePointer", catalog.codePointer());
      optional(json, "messagePointer", catalog.messagePointer());
      json.writeArrayPropertyStart("entries");
      for (EntryModel entry : catalog.entries()) {
        writeEntry(json, entry);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    return out.toString() + "\n";
  }

  private static void writeEntry(JsonGenerator json, EntryModel entry) {
    json.writeStartObject();
    json.writeStringProperty("name", entry.name());
    json.writeStringProperty("kind", entry.isCategory() ? "category" : "code");
    json.writeStringProperty("code", entry.code());
    json.writeNumberProperty("status", entry.status());
    if (entry.isCategory()) {
      json.writeNumberProperty("statusTo", entry.to());
    }
    json.writeStringProperty("title", entry.title());
    json.writeStringProperty("description", entry.description());
    json.writeArrayPropertyStart("remedy");
    for (String step : entry.remedy()) {
      json.writeString(step);
    }
    json.writeEndArray();
    json.writeBooleanProperty("retryable", entry.retryable());
    optional(json, "docsUrl", entry.docsUrl());
    json.writeName("refines");
    if (entry.refined().isPresent()) {
      EntryModel refined = entry.refined().get();
      json.writeString(refined.catalog().enumQualifiedName() + "." + refined.name());
    } else {
      json.writeNull();
    }
    json.writeStringProperty("exception", TypeNames.exception(entry).canonicalName());
    json.writeEndObject();
  }

  private static void optional(JsonGenerator json, String name, String value) {
    json.writeName(name);
    if (value.isEmpty()) {
      json.writeNull();
    } else {
      json.writeString(value);
    }
  }
}
