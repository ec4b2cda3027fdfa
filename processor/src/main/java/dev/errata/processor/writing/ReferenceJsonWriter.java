package dev.errata.processor.writing;

import dev.errata.processor.model.CatalogModel;
import dev.errata.processor.model.EntryModel;
import java.io.StringWriter;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/** Writes {@code META-INF/errata/<enum>.json}: the catalog as data, for tools and documentation sites. */
final class ReferenceJsonWriter {

  String write(CatalogModel catalog) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = PrettyJson.generator(out)) {
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
      PrettyJson.optional(json, "docsUrl", catalog.docsUrlTemplate());
      strings(json, "codePointers", catalog.codePointers());
      strings(json, "messagePointers", catalog.messagePointers());
      json.writeArrayPropertyStart("entries");
      for (EntryModel entry : catalog.entries()) {
        writeEntry(json, entry, catalog.standingFor(entry.status()).equals(List.of(entry)));
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    return out.toString() + "\n";
  }

  /** @param standsForStatus whether the entry is the code its catalog resolves a bare status to */
  private static void writeEntry(JsonGenerator json, EntryModel entry, boolean standsForStatus) {
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
    strings(json, "remedy", entry.remedy());
    json.writeBooleanProperty("retryable", entry.retryable());
    if (!entry.isCategory()) {
      json.writeBooleanProperty("standsForStatus", standsForStatus);
    }
    PrettyJson.optional(json, "docsUrl", entry.docsUrl());
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

  private static void strings(JsonGenerator json, String name, List<String> values) {
    json.writeArrayPropertyStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
