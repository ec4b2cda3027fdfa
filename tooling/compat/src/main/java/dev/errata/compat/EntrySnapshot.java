package dev.errata.compat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One code or category of a catalog, as the processor wrote it.
 *
 * @param name the enum constant, such as {@code CARD_DECLINED}
 * @param category whether this entry is a category node (a status range) rather than a code
 * @param code the wire code
 * @param status the HTTP status, or the first status of a category's range
 * @param statusTo the last status of a category's range; equal to {@code status} for a code
 * @param title the short title
 * @param description what the error means
 * @param remedy what to do, one step per entry
 * @param retryable whether a client may retry
 * @param docsUrl the documentation link, empty when there is none
 * @param refines the code it specializes, as {@code <enum>.<CONSTANT>}, empty when it refines nothing
 * @param exception the generated exception class's qualified name
 * @param standsForStatus whether unknown wire codes and bare responses of its status decode to it
 * @param otherProperties properties this version of the checker does not know, as JSON text, so
 *     that a newer processor's additions are still compared
 * @param members the code's members, inherited ones included; empty for a code without any, and
 *     for every code of a file older than format 3
 */
public record EntrySnapshot(
    String name,
    boolean category,
    String code,
    int status,
    int statusTo,
    String title,
    String description,
    List<String> remedy,
    boolean retryable,
    String docsUrl,
    String refines,
    String exception,
    boolean standsForStatus,
    Map<String, String> otherProperties,
    List<MemberSnapshot> members) {

  public EntrySnapshot {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(code, "code");
    remedy = List.copyOf(remedy);
    otherProperties = Map.copyOf(otherProperties);
    members = List.copyOf(members);
  }

  /** The code it refines, when it refines one. */
  public Optional<String> refined() {
    return refines.isEmpty() ? Optional.empty() : Optional.of(refines);
  }
}
