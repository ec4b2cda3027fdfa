package dev.errata.runtime;

import dev.errata.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;

/**
 * A catalog's code and message pointers, parsed once per decoder, and what the scan needs of
 * them: whether a container lies on the way to a pointed-to value, and which pointers stand on
 * the value at hand; with the places of its definitions' members ({@link MemberPointers}).
 * Malformed pointers are left out (see {@link PointerPath#parse(String)}).
 */
final class BodyPointers {

  private final PointerPath[] code;
  private final PointerPath[] message;
  private final MemberPointers members;

  private BodyPointers(PointerPath[] code, PointerPath[] message, MemberPointers members) {
    this.code = code;
    this.message = message;
    this.members = members;
  }

  /** The catalog's pointers; a catalog that fails to say them has none. */
  static BodyPointers of(Catalog catalog) {
    return new BodyPointers(parse(catalog::codePointers), parse(catalog::messagePointers), MemberPointers.of(catalog));
  }

  MemberPointers members() {
    return members;
  }

  int codeCount() {
    return code.length;
  }

  int messageCount() {
    return message.length;
  }

  /** Whether the catalog names no code or message pointer. */
  boolean isEmpty() {
    return code.length == 0 && message.length == 0;
  }

  /** Whether the container value inside {@code container} leads to a pointed-to code or message. */
  boolean leadsToAny(TokenStreamContext container) {
    return leadsThrough(code, container) || leadsThrough(message, container);
  }

  /** Records the value the parser stands on for every pointer that points at it and has none yet. */
  void collect(JsonParser p, TokenStreamContext container, boolean string, ScannedBody b) {
    for (int i = 0; i < code.length; i++) {
      if (b.pointerCodes[i] == null && code[i].isAt(container)) {
        b.pointerCodes[i] = ScannedBody.capped(p.getString());
      }
    }
    for (int i = 0; string && i < message.length; i++) {
      if (b.pointerMessages[i] == null && message[i].isAt(container)) {
        b.pointerMessages[i] = ScannedBody.capped(p.getString());
      }
    }
  }

  private static boolean leadsThrough(PointerPath[] pointers, TokenStreamContext container) {
    for (PointerPath pointer : pointers) {
      if (pointer.leadsThrough(container)) {
        return true;
      }
    }
    return false;
  }

  private static PointerPath[] parse(Supplier<List<String>> pointers) {
    List<PointerPath> parsed = new ArrayList<>();
    try {
      for (String pointer : pointers.get()) {
        PointerPath path = PointerPath.parse(pointer);
        if (path != null) {
          parsed.add(path);
        }
      }
    } catch (RuntimeException defect) {
      Defects.report("A catalog failed to list its pointers; the decoder auto-detects codes", defect);
    }
    return parsed.toArray(new PointerPath[0]);
  }
}
