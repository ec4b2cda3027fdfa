package dev.errata.processor.writing;

import dev.errata.processor.model.CatalogModel;
import dev.errata.processor.model.EntryModel;
import dev.errata.processor.model.MemberModel;
import java.io.StringWriter;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * Writes {@code META-INF/errata/<enum>.json}: the catalog as data, for tools and documentation
 * sites. The file says which format it is in; the compatibility check reads the formats it knows
 * and refuses newer ones, naming the Errata version that reads them.
 *
 * <p>Besides the catalog's own entries, the file lists those of its ancestors as this build saw
 * them, without their texts: everything a tool needs to resolve a response as the generated
 * catalog does (wire codes, statuses, stand-ins, categories, exception classes and what they
 * extend), even when the ancestors come from another artifact. Each code of the catalog lists its
 * members, those it inherits included.
 */
final class ReferenceJsonWriter {

  /**
   * The format of the files this processor writes. Version 1 had no {@code formatVersion} and no
   * ancestors; version 2 added both; version 3 added each code's {@code members}. Raise it, and
   * {@link #FORMAT_SINCE}, whenever a reader of the previous format would misread a file.
   */
  static final int FORMAT_VERSION = 3;

  /** The first Errata version whose tools read {@link #FORMAT_VERSION}. */
  static final String FORMAT_SINCE = "0.1.0";

  String write(CatalogModel catalog) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = PrettyJson.generator(out)) {
      json.writeStartObject();
      json.writeNumberProperty("formatVersion", FORMAT_VERSION);
      json.writeStringProperty("formatSince", FORMAT_SINCE);
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
        writeEntry(json, entry, standsForStatus(catalog, entry), /* texts= */ true);
      }
      json.writeEndArray();
      json.writeArrayPropertyStart("ancestors");
      for (CatalogModel ancestor : catalog.lineage().subList(1, catalog.lineage().size())) {
        json.writeStartObject();
        json.writeStringProperty("catalog", ancestor.name());
        json.writeStringProperty("enum", ancestor.id().enumQualifiedName());
        json.writeArrayPropertyStart("entries");
        for (EntryModel entry : ancestor.entries()) {
          writeEntry(json, entry, standsForStatus(ancestor, entry), /* texts= */ false);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    return out.toString() + "\n";
  }

  /** Whether the entry is the code its catalog resolves a bare status to. */
  private static boolean standsForStatus(CatalogModel catalog, EntryModel entry) {
    return catalog.standingFor(entry.status()).equals(List.of(entry));
  }

  /** @param texts whether to write the description and remedy, which an ancestor's entries leave out */
  private static void writeEntry(JsonGenerator json, EntryModel entry, boolean standsForStatus, boolean texts) {
    json.writeStartObject();
    json.writeStringProperty("name", entry.name());
    json.writeStringProperty("kind", entry.isCategory() ? "category" : "code");
    json.writeStringProperty("code", entry.code());
    json.writeNumberProperty("status", entry.status());
    if (entry.isCategory()) {
      json.writeNumberProperty("statusTo", entry.to());
    }
    json.writeStringProperty("title", entry.title());
    if (texts) {
      json.writeStringProperty("description", entry.description());
      strings(json, "remedy", entry.remedy());
    }
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
    if (texts && !entry.isCategory()) {
      writeMembers(json, entry);
    }
    json.writeEndObject();
  }

  /**
   * Every member of a code, inherited ones first and marked so: wire name, accessor, pointer, the
   * type as documents show it and as the accessor returns it, and the description.
   */
  private static void writeMembers(JsonGenerator json, EntryModel entry) {
    List<String> own = entry.ownMembers().stream().map(MemberModel::name).toList();
    json.writeArrayPropertyStart("members");
    for (MemberModel member : entry.members()) {
      json.writeStartObject();
      json.writeStringProperty("name", member.name());
      json.writeStringProperty("accessor", member.accessor());
      json.writeStringProperty("pointer", member.pointer());
      json.writeStringProperty("type", member.type().display());
      json.writeStringProperty("javaType", member.type().accessorType());
      json.writeStringProperty("description", member.description());
      json.writeBooleanProperty("inherited", !own.contains(member.name()));
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void strings(JsonGenerator json, String name, List<String> values) {
    json.writeArrayPropertyStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
