package dev.errata.compat;

import dev.errata.runtime.Precedence;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The error bodies two versions of a catalog can tell apart, and which known wire code each
 * version reads from them.
 *
 * <p>A response's class depends on its status and on the wire code the decoder reads from its
 * body, if the catalog knows it; the decoder reads the first known code over the catalog's
 * pointers, then the places it detects by itself ({@link Precedence.WireCode}). So what matters of
 * a body is which known code sits at which of those places. A body reports one error: one code of
 * the catalog, or one together with a code it refines, as APIs with sub-codes send them
 * ({@code {"code": "card_declined", "decline_code": "insufficient_funds"}}); values the catalog
 * does not know hide nothing. This class puts every known code of either version at every place,
 * and every code with each code it refines at every two places the versions may read in another
 * order (their pointers, and two detected places for the order they share), and lets the
 * runtime's decoder of each version say which code it reads: the decoder, not this class, decides.
 */
final class ResponseSpace {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** How a code is written at a place. */
  enum Form {
    /** As a JSON string. */
    TEXT,
    /** As a JSON number, for a code that is an integer. */
    NUMBER,
    /** As a problem type link whose fragment is the code. */
    TYPE_LINK
  }

  /** A place a code can be put: a JSON Pointer into the body, and how the code is written there. */
  record Slot(String pointer, Form form) {}

  /**
   * Where each source of the decoder's precedence reads a code. A test checks that every source
   * is listed and that a code placed at each slot is read.
   */
  static final Map<Precedence.WireCode, List<Slot>> DETECTED = detected();

  private static Map<Precedence.WireCode, List<Slot>> detected() {
    Map<Precedence.WireCode, List<Slot>> slots = new EnumMap<>(Precedence.WireCode.class);
    slots.put(Precedence.WireCode.CODE, List.of(new Slot("/code", Form.TEXT)));
    slots.put(Precedence.WireCode.CODE_ALIAS, List.of(new Slot("/errorCode", Form.TEXT), new Slot("/error_code", Form.TEXT)));
    slots.put(Precedence.WireCode.NESTED_CODE, List.of(new Slot("/error/code", Form.TEXT)));
    slots.put(Precedence.WireCode.NESTED_STATUS, List.of(new Slot("/error/status", Form.TEXT)));
    slots.put(Precedence.WireCode.NESTED_TYPE, List.of(new Slot("/error/type", Form.TEXT)));
    slots.put(Precedence.WireCode.LIST_EXTENSIONS_CODE, List.of(new Slot("/errors/0/extensions/code", Form.TEXT)));
    slots.put(Precedence.WireCode.LIST_CODE, List.of(new Slot("/errors/0/code", Form.TEXT), new Slot("/errors/0/code", Form.NUMBER)));
    slots.put(Precedence.WireCode.LIST_TYPE, List.of(new Slot("/errors/0/type", Form.TEXT)));
    slots.put(Precedence.WireCode.TYPE, List.of(new Slot("/type", Form.TYPE_LINK), new Slot("/type", Form.TEXT)));
    slots.put(Precedence.WireCode.OAUTH_ERROR, List.of(new Slot("/error", Form.TEXT)));
    slots.put(Precedence.WireCode.NUMERIC_CODE, List.of(new Slot("/code", Form.NUMBER)));
    slots.put(Precedence.WireCode.NESTED_NUMERIC_CODE, List.of(new Slot("/error/code", Form.NUMBER)));
    return slots;
  }

  /** Detected places, in the decoder's order, of which the first two that no pointer names stand for all. */
  private static final List<String> SHARED = List.of("/code", "/errorCode", "/error/code", "/errors/0/code");

  /** The link a problem's {@code type} carries in the bodies tried: the code is its fragment. */
  static final String TYPE_LINK = "https://docs.example.com/errors#";

  /**
   * A body and the known code each version reads from it ({@code null}: none, the status decides).
   *
   * @param body the body, JSON or empty
   */
  record Reading(String before, String after, String body) {}

  private final CatalogVersion before;
  private final CatalogVersion after;
  private final List<Slot> slots = new ArrayList<>();
  private final List<Slot> pairSlots = new ArrayList<>();
  private final Map<String, Reading> readings = new LinkedHashMap<>();

  ResponseSpace(CatalogVersion before, CatalogVersion after) {
    this.before = before;
    this.after = after;
    Set<String> pointers = new LinkedHashSet<>(before.catalog().codePointers());
    pointers.addAll(after.catalog().codePointers());
    Set<Slot> all = new LinkedHashSet<>();
    pointers.forEach(p -> all.add(new Slot(p, Form.TEXT)));
    DETECTED.values().forEach(all::addAll);
    slots.addAll(all);
    // Places only detection reads come in the same order in both versions: two of them stand
    // for all, one before the other.
    for (Slot slot : slots) {
      if (pointers.contains(slot.pointer())) {
        pairSlots.add(slot);
      }
    }
    SHARED.stream().filter(p -> !pointers.contains(p)).limit(2).forEach(p -> pairSlots.add(new Slot(p, Form.TEXT)));
    Set<String> codes = new LinkedHashSet<>();
    // The catalog's own codes first, so that examples show them rather than an ancestor's.
    before.catalog().entries().forEach(e -> codes.add(e.code()));
    after.catalog().entries().forEach(e -> codes.add(e.code()));
    codes.addAll(before.codes());
    codes.addAll(after.codes());
    record(new Reading(null, null, ""));
    for (String code : codes) {
      for (Slot slot : slots) {
        read(ResponseSpace.body(List.of(slot), List.of(code)));
      }
    }
    for (String code : codes) {
      Set<String> refined = new LinkedHashSet<>();
      refined.addAll(before.refinedCodes(code));
      refined.addAll(after.refinedCodes(code));
      for (String general : refined) {
        for (Slot first : pairSlots) {
          for (Slot second : pairSlots) {
            if (!first.pointer().equals(second.pointer())) {
              read(ResponseSpace.body(List.of(first, second), List.of(code, general)));
            }
          }
        }
      }
    }
  }

  /** The pairs of codes the two versions read, each with the first body found. */
  List<Reading> readings() {
    return List.copyOf(readings.values());
  }

  private void read(String body) {
    if (body != null) {
      record(new Reading(before.codeIn(body), after.codeIn(body), body));
    }
  }

  private void record(Reading r) {
    readings.putIfAbsent(r.before() + "\u0000" + r.after(), r);
  }

  /**
   * A JSON body with each code at its slot, or {@code null} when they cannot share one body (two at
   * one place, an object where a string is) or a code cannot be written in a slot's form.
   */
  static String body(List<Slot> at, List<String> codes) {
    ObjectNode root = JSON.createObjectNode();
    for (int i = 0; i < at.size(); i++) {
      if (!place(root, at.get(i), codes.get(i))) {
        return null;
      }
    }
    return JSON.writeValueAsString(root);
  }

  private static boolean place(ObjectNode root, Slot slot, String code) {
    JsonNode value = switch (slot.form()) {
      case TEXT -> JSON.getNodeFactory().stringNode(code);
      case TYPE_LINK -> JSON.getNodeFactory().stringNode(TYPE_LINK + code);
      case NUMBER -> integer(code) == null ? null : JSON.getNodeFactory().numberNode(integer(code));
    };
    List<String> tokens = tokens(slot.pointer());
    if (value == null || tokens == null || tokens.isEmpty()) {
      return false;
    }
    JsonNode container = root;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      boolean last = i == tokens.size() - 1;
      JsonNode next = last ? value : index(tokens.get(i + 1)) >= 0 ? JSON.createArrayNode() : JSON.createObjectNode();
      if (container instanceof ObjectNode object) {
        JsonNode existing = object.get(token);
        if (existing == null) {
          object.set(token, next);
          container = next;
        } else if (!last && existing.isContainer() && existing.isArray() == next.isArray()) {
          container = existing;
        } else {
          return false;
        }
      } else if (container instanceof ArrayNode array) {
        int index = index(token);
        if (index < 0 || index > 8) {
          return false;
        }
        while (array.size() <= index) {
          array.add(JSON.createObjectNode());
        }
        JsonNode existing = array.get(index);
        if (!last && existing.isContainer() && existing.isArray() == next.isArray()
            && (existing.isArray() || existing.isObject())) {
          container = existing;
        } else if (existing.isObject() && existing.isEmpty()) {
          array.set(index, next);
          container = next;
        } else {
          return false;
        }
      } else {
        return false;
      }
    }
    return true;
  }

  private static Integer integer(String code) {
    if (!code.matches("-?(0|[1-9][0-9]{0,9})")) {
      return null;
    }
    long value = Long.parseLong(code);
    return value == (int) value ? (int) value : null;
  }

  private static int index(String token) {
    return token.matches("0|[1-9][0-9]{0,8}") ? Integer.parseInt(token) : -1;
  }

  /** The reference tokens of an RFC 6901 pointer, or {@code null} for a malformed one. */
  private static List<String> tokens(String pointer) {
    if (pointer == null || !pointer.startsWith("/")) {
      return null;
    }
    List<String> tokens = new ArrayList<>();
    for (String raw : pointer.substring(1).split("/", -1)) {
      if (raw.matches(".*~(?![01]).*")) {
        return null;
      }
      tokens.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return tokens;
  }
}
