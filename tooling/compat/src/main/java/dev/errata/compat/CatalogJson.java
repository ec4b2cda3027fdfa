package dev.errata.compat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses the JSON form of a catalog. It reads what it knows and keeps what it does not: a newer
 * processor may add properties. A file says its format in {@code formatVersion} (files without
 * one are format 1); a format newer than {@link #FORMAT_VERSION} is refused, since this reader
 * could misread it.
 */
public final class CatalogJson {

  /**
   * The newest format this version reads: 2 added the format version and the ancestors' entries,
   * 3 each code's members.
   */
  public static final int FORMAT_VERSION = 3;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The entry properties this version understands; the others are kept as text and compared as they are. */
  private static final Set<String> KNOWN_ENTRY_PROPERTIES = Set.of(
      "name", "kind", "code", "status", "statusTo", "title", "description", "remedy", "retryable",
      "docsUrl", "refines", "exception", "standsForStatus", "members");

  private CatalogJson() {}

  /**
   * Parses one catalog file.
   *
   * @param json the file's content
   * @param source where it comes from, named in error messages and reports
   * @throws CatalogFormatException if it is not JSON or not a catalog
   */
  public static CatalogSnapshot parse(String json, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      throw new CatalogFormatException(source + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw invalid(source, "the top level is not a JSON object");
    }
    int format = formatVersion(root, source);
    String enumName = requiredText(root, "enum", source);
    List<CatalogSnapshot> ancestors = new ArrayList<>();
    JsonNode listed = root.get("ancestors");
    if (listed != null && !listed.isNull()) {
      if (!listed.isArray()) {
        throw invalid(source, "\"ancestors\" is not an array");
      }
      for (int i = 0; i < listed.size(); i++) {
        JsonNode ancestor = listed.get(i);
        String where = source + " ancestors[" + i + "]";
        if (!ancestor.isObject()) {
          throw invalid(where, "an ancestor is not a JSON object");
        }
        String ancestorEnum = requiredText(ancestor, "enum", where);
        ancestors.add(new CatalogSnapshot(ancestorEnum, text(ancestor, "catalog", ancestorEnum), "", "", "",
            List.of(), List.of(), entries(ancestor, where), List.of(), format, where));
      }
    }
    // Each ancestor's parent is the next one.
    for (int i = 0; i < ancestors.size() - 1; i++) {
      CatalogSnapshot a = ancestors.get(i);
      ancestors.set(i, new CatalogSnapshot(a.enumName(), a.name(), ancestors.get(i + 1).enumName(), "", "",
          List.of(), List.of(), a.entries(), List.of(), format, a.source()));
    }
    return new CatalogSnapshot(
        enumName,
        text(root, "catalog", enumName),
        text(root, "parent", ""),
        text(root, "catalogClass", ""),
        text(root, "handlerInterface", ""),
        strings(root.get("codePointers"), source, "codePointers"),
        strings(root.get("messagePointers"), source, "messagePointers"),
        entries(root, source),
        ancestors,
        format,
        source);
  }

  private static List<EntrySnapshot> entries(JsonNode root, String source) {
    JsonNode entries = root.get("entries");
    if (entries == null || !entries.isArray()) {
      throw invalid(source, "\"entries\" is missing or not an array");
    }
    List<EntrySnapshot> parsed = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      parsed.add(entry(entries.get(i), source + " entries[" + i + "]"));
    }
    return parsed;
  }

  private static int formatVersion(JsonNode root, String source) {
    JsonNode version = root.get("formatVersion");
    if (version == null || version.isNull()) {
      return 1;
    }
    if (!version.isInt() || version.intValue() < 1) {
      throw invalid(source, "\"formatVersion\" is not a positive number");
    }
    int format = version.intValue();
    if (format > FORMAT_VERSION) {
      JsonNode since = root.get("formatSince");
      String reader = since != null && since.isString() ? "Errata " + since.asString() + " or newer"
          : "a newer Errata";
      throw new CatalogFormatException(source + " is written in catalog format " + format + ", which " + reader
          + " reads; this errata-compat reads formats 1 to " + FORMAT_VERSION + ". Run the check with the"
          + " errata-maven-plugin (or errata-compat) of " + reader + ".", null);
    }
    return format;
  }

  private static EntrySnapshot entry(JsonNode node, String where) {
    if (!node.isObject()) {
      throw invalid(where, "an entry is not a JSON object");
    }
    String name = requiredText(node, "name", where);
    JsonNode status = node.get("status");
    if (status == null || !status.isInt()) {
      throw invalid(where, "\"status\" of " + name + " is missing or not a number");
    }
    JsonNode to = node.get("statusTo");
    Map<String, String> others = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      if (!KNOWN_ENTRY_PROPERTIES.contains(property.getKey())) {
        others.put(property.getKey(), property.getValue().toString());
      }
    }
    return new EntrySnapshot(
        name,
        "category".equals(text(node, "kind", "code")),
        text(node, "code", name),
        status.intValue(),
        to != null && to.isInt() ? to.intValue() : status.intValue(),
        text(node, "title", ""),
        text(node, "description", ""),
        strings(node.get("remedy"), where, "remedy"),
        node.path("retryable").asBoolean(false),
        text(node, "docsUrl", ""),
        text(node, "refines", ""),
        text(node, "exception", ""),
        node.path("standsForStatus").asBoolean(false),
        others,
        members(node.get("members"), where));
  }

  private static List<MemberSnapshot> members(JsonNode node, String where) {
    List<MemberSnapshot> members = new ArrayList<>();
    if (node == null || node.isNull()) {
      return members;
    }
    if (!node.isArray()) {
      throw invalid(where, "\"members\" is not an array");
    }
    for (JsonNode member : node) {
      if (!member.isObject()) {
        throw invalid(where, "a member is not a JSON object: " + member);
      }
      String name = requiredText(member, "name", where);
      members.add(new MemberSnapshot(
          name,
          text(member, "accessor", name),
          text(member, "pointer", "/" + name),
          text(member, "type", ""),
          text(member, "javaType", ""),
          text(member, "description", ""),
          member.path("inherited").asBoolean(false)));
    }
    return members;
  }

  private static List<String> strings(JsonNode node, String where, String property) {
    List<String> values = new ArrayList<>();
    if (node == null || node.isNull()) {
      return values;
    }
    if (node.isString()) {
      values.add(node.asString());
      return values;
    }
    if (!node.isArray()) {
      throw invalid(where, "\"" + property + "\" is neither a string nor a list of strings");
    }
    for (JsonNode value : node) {
      if (!value.isString()) {
        throw invalid(where, "\"" + property + "\" holds a value that is not a string: " + value);
      }
      values.add(value.asString());
    }
    return values;
  }

  private static String requiredText(JsonNode node, String property, String where) {
    JsonNode value = node.get(property);
    if (value == null || !value.isString() || value.asString().isEmpty()) {
      throw invalid(where, "\"" + property + "\" is missing or not a string");
    }
    return value.asString();
  }

  private static String text(JsonNode node, String property, String fallback) {
    JsonNode value = node.get(property);
    return value == null || value.isNull() ? fallback : value.asString();
  }

  private static CatalogFormatException invalid(String where, String what) {
    return new CatalogFormatException(
        where + " is not an Errata catalog file: " + what
            + ". Catalog files are the META-INF/errata/<enum>.json resources the processor writes.",
        null);
  }
}
