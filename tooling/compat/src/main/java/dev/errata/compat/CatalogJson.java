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
 * processor may add properties.
 */
public final class CatalogJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The entry properties this version understands; the others are kept as text and compared as they are. */
  private static final Set<String> KNOWN_ENTRY_PROPERTIES = Set.of(
      "name", "kind", "code", "status", "statusTo", "title", "description", "remedy", "retryable",
      "docsUrl", "refines", "exception", "standsForStatus");

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
    String enumName = requiredText(root, "enum", source);
    JsonNode entries = root.get("entries");
    if (entries == null || !entries.isArray()) {
      throw invalid(source, "\"entries\" is missing or not an array");
    }
    List<EntrySnapshot> parsed = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      parsed.add(entry(entries.get(i), source + " entries[" + i + "]"));
    }
    return new CatalogSnapshot(
        enumName,
        text(root, "catalog", enumName),
        text(root, "parent", ""),
        text(root, "catalogClass", ""),
        text(root, "handlerInterface", ""),
        strings(root.get("codePointers"), source, "codePointers"),
        strings(root.get("messagePointers"), source, "messagePointers"),
        parsed,
        source);
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
        others);
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
