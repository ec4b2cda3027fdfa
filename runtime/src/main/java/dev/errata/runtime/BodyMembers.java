package dev.errata.runtime;

import dev.errata.MemberDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the members a definition declares from a JSON error body, in one forward pass of a
 * streaming parser with the decoder's read constraints: each member at its pointer, else at the
 * body's root under its name (where a problem details server writes it). A value is a JSON
 * string, number, boolean, or an array of those; an object, a {@code null} or an array holding
 * anything else is no value. Types are not checked here: the generated accessor reads a value of
 * the wrong type as empty.
 *
 * <p>The pass stops at the first parse error (invalid or truncated JSON, a violated constraint);
 * values read before it are kept, an array it cut off is not. Reading never throws.
 */
final class BodyMembers {

  private final List<MemberDefinition> members;
  // Per member: where it is declared, and the root under its name when that is elsewhere (or null).
  private final @Nullable PointerPath[] declared;
  private final @Nullable PointerPath[] root;
  // What the pass found, per member, at each place.
  private final @Nullable Object[] atDeclared;
  private final @Nullable Object[] atRoot;

  private BodyMembers(List<MemberDefinition> members) {
    this.members = members;
    int n = members.size();
    this.declared = new PointerPath[n];
    this.root = new PointerPath[n];
    this.atDeclared = new Object[n];
    this.atRoot = new Object[n];
    for (int i = 0; i < n; i++) {
      MemberDefinition member = members.get(i);
      declared[i] = PointerPath.parse(member.pointer());
      String rootPointer = MemberDefinition.rootPointer(member.name());
      root[i] = rootPointer.equals(member.pointer()) ? null : PointerPath.parse(rootPointer);
    }
  }

  /**
   * The members found in {@code body}'s first {@code length} bytes, by wire name, in the order
   * they are declared; empty when the body is no JSON object or holds none of them.
   */
  static Map<String, Object> read(JsonFactory json, byte[] body, int length, List<MemberDefinition> members) {
    BodyMembers reader = new BodyMembers(members);
    try (JsonParser p = json.createParser(ObjectReadContext.empty(), body, 0, length)) {
      reader.scan(p);
    } catch (JacksonException badInput) {
      // Invalid, truncated or hostile JSON: what was read before is kept.
    }
    return reader.found();
  }

  private void scan(JsonParser p) {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      return;
    }
    JsonToken t;
    while ((t = p.nextToken()) != null) {
      switch (t) {
        case START_OBJECT, START_ARRAY -> {
          TokenStreamContext holder = p.streamReadContext().getParent(); // where the container is a value
          boolean read = t == JsonToken.START_ARRAY && keepArray(p, holder);
          if (!read && !leadsToAny(holder)) {
            p.skipChildren();
          }
        }
        case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE ->
            place(p.streamReadContext(), scalar(p, t));
        default -> {
          // names, ends of containers and nulls carry nothing
        }
      }
    }
  }

  /** Reads an array that some member points at; whether it did. */
  private boolean keepArray(JsonParser p, TokenStreamContext holder) {
    if (!pointedAt(holder)) {
      return false;
    }
    List<Object> values = new ArrayList<>();
    boolean scalars = true;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        return true; // cut off: the document ended inside the array
      }
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        p.skipChildren();
        scalars = false;
      } else if (t == JsonToken.VALUE_NULL) {
        scalars = false;
      } else {
        values.add(scalar(p, t));
      }
    }
    if (scalars) {
      place(holder, List.copyOf(values));
    }
    return true;
  }

  /** Records a value for every member whose pointer stands on it and that has none there yet. */
  private void place(TokenStreamContext holder, Object value) {
    for (int i = 0; i < members.size(); i++) {
      if (atDeclared[i] == null && declared[i] != null && declared[i].isAt(holder)) {
        atDeclared[i] = value;
      }
      if (atRoot[i] == null && root[i] != null && root[i].isAt(holder)) {
        atRoot[i] = value;
      }
    }
  }

  private boolean pointedAt(TokenStreamContext holder) {
    for (int i = 0; i < members.size(); i++) {
      if ((declared[i] != null && declared[i].isAt(holder)) || (root[i] != null && root[i].isAt(holder))) {
        return true;
      }
    }
    return false;
  }

  private boolean leadsToAny(TokenStreamContext holder) {
    for (int i = 0; i < members.size(); i++) {
      if ((declared[i] != null && declared[i].leadsThrough(holder)) || (root[i] != null && root[i].leadsThrough(holder))) {
        return true;
      }
    }
    return false;
  }

  private static Object scalar(JsonParser p, JsonToken t) {
    return switch (t) {
      case VALUE_STRING -> p.getString();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NUMBER_INT -> integer(p);
      default -> p.getDecimalValue();
    };
  }

  /** A {@code Long}, or a {@code BigInteger} past its range (the decoder's constraints bound the digits). */
  private static Object integer(JsonParser p) {
    if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      return p.getBigIntegerValue();
    }
    return p.getLongValue();
  }

  /** Each member's value: at its pointer, else at the root under its name. */
  private Map<String, Object> found() {
    Map<String, Object> found = new LinkedHashMap<>();
    for (int i = 0; i < members.size(); i++) {
      Object value = atDeclared[i] != null ? atDeclared[i] : atRoot[i];
      if (value != null) {
        found.putIfAbsent(members.get(i).name(), value);
      }
    }
    return found;
  }
}
