package dev.errata.runtime;

import dev.errata.Catalog;
import dev.errata.ErrorDefinition;
import dev.errata.MemberDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.TokenStreamContext;

/**
 * Where the members of every definition of a catalog (and of its ancestors) may stand in a JSON
 * error body, parsed once per decoder: each member's pointer, and the root under its name where a
 * problem details server writes it. Each distinct place is one slot, so the scan that finds the
 * wire code also finds the values of every member it might resolve to ({@link FoundMembers}),
 * and the definition it resolves to then takes its own ({@link #of(List, FoundMembers)}).
 * Malformed pointers are left out (see {@link PointerPath#parse(String)}).
 */
final class MemberPointers {

  static final MemberPointers NONE = new MemberPointers(new PointerPath[0], Map.of(), Map.of());

  private final PointerPath[] paths;
  // A member's pointer → its slot, and a member's name → the slot of the root under that name.
  private final Map<String, Integer> slotOfPointer;
  private final Map<String, Integer> slotOfRoot;

  private MemberPointers(PointerPath[] paths, Map<String, Integer> slotOfPointer, Map<String, Integer> slotOfRoot) {
    this.paths = paths;
    this.slotOfPointer = slotOfPointer;
    this.slotOfRoot = slotOfRoot;
  }

  /** The places of the members that {@code catalog}'s definitions declare; a catalog that fails to list them has none. */
  static MemberPointers of(Catalog catalog) {
    Builder places = new Builder();
    try {
      for (Optional<Catalog> c = Optional.of(catalog); c.isPresent(); c = c.get().parent()) {
        for (ErrorDefinition definition : c.get().definitions()) {
          for (MemberDefinition member : definition.members()) {
            places.add(member);
          }
        }
      }
    } catch (RuntimeException defect) {
      Defects.report("A catalog failed to list its definitions' members; the decoder reads none", defect);
      return NONE;
    }
    return places.build();
  }

  /** How many places the scan watches. */
  int count() {
    return paths.length;
  }

  PointerPath path(int slot) {
    return paths[slot];
  }

  /** Whether the container value inside {@code container} lies on the way to a member. */
  boolean leadsThrough(TokenStreamContext container) {
    for (PointerPath path : paths) {
      if (path.leadsThrough(container)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The values of {@code declared} that the scan found, by wire name, in the order declared:
   * each at its pointer, else at the root under its name.
   */
  Map<String, Object> of(List<MemberDefinition> declared, FoundMembers found) {
    Map<String, Object> members = null;
    for (MemberDefinition member : declared) {
      Object value = found.value(slotOfPointer.get(member.pointer()));
      if (value == null) {
        value = found.value(slotOfRoot.get(member.name()));
      }
      if (value != null) {
        if (members == null) {
          members = new LinkedHashMap<>();
        }
        members.putIfAbsent(member.name(), value);
      }
    }
    return members == null ? Map.of() : members;
  }

  /** Collects the distinct places of members, one slot each. */
  private static final class Builder {
    private final List<PointerPath> paths = new ArrayList<>();
    private final Map<String, Integer> slotOfPointer = new HashMap<>();
    private final Map<String, Integer> slotOfRoot = new HashMap<>();

    void add(MemberDefinition member) {
      Integer declared = slot(member.pointer());
      if (declared != null) {
        slotOfPointer.put(member.pointer(), declared);
      }
      Integer root = slot(MemberDefinition.rootPointer(member.name()));
      if (root != null) {
        slotOfRoot.put(member.name(), root);
      }
    }

    private @Nullable Integer slot(String pointer) {
      Integer known = slotOfPointer.get(pointer);
      if (known != null) {
        return known;
      }
      PointerPath path = PointerPath.parse(pointer);
      if (path == null) {
        return null;
      }
      paths.add(path);
      int slot = paths.size() - 1;
      slotOfPointer.put(pointer, slot);
      return slot;
    }

    MemberPointers build() {
      return paths.isEmpty()
          ? NONE
          : new MemberPointers(paths.toArray(new PointerPath[0]), Map.copyOf(slotOfPointer), Map.copyOf(slotOfRoot));
    }
  }
}
