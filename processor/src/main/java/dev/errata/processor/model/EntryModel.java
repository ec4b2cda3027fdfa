package dev.errata.processor.model;

import dev.errata.ErrorDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One resolved catalog entry, everything the writers need: names, wire code, effective status,
 * advice, and the entry it refines.
 *
 * @param catalog the catalog that declares the entry
 * @param index the entry's position in its catalog (the constant's ordinal)
 * @param status the effective status; for a category, the low end of its range
 * @param to the high end of a category's range; equal to {@code status} for a code
 * @param docsUrl the resolved documentation link, or the empty string
 * @param refined the entry this one refines; empty for a root, whose exception extends
 *     {@code CatalogException}
 * @param standsForStatus whether the code is declared to stand for its status
 *     ({@code @ErrorCode(standsForStatus = true)})
 * @param memberRecords the distinct members records of the code and of the codes it refines,
 *     the farthest ancestor's first; empty for a code without members
 */
public record EntryModel(
    CatalogId catalog,
    int index,
    ErrorDefinition.Kind kind,
    String name,
    String code,
    int status,
    int to,
    String title,
    String description,
    List<String> remedy,
    boolean retryable,
    String docsUrl,
    Optional<EntryModel> refined,
    boolean standsForStatus,
    List<MembersRecord> memberRecords) {

  public EntryModel {
    memberRecords = List.copyOf(memberRecords);
  }

  /**
   * Every member of the code, by wire name, those of the codes it refines first: a member a
   * record redeclares (same name, same type, as validation ensures) is listed once, where it
   * first appeared, with the description of the last declaration that has one.
   */
  public List<MemberModel> members() {
    Map<String, MemberModel> byName = new LinkedHashMap<>();
    for (MembersRecord record : memberRecords) {
      for (MemberModel member : record.members()) {
        MemberModel earlier = byName.get(member.name());
        if (earlier == null || !member.description().isEmpty()) {
          byName.put(member.name(), earlier == null ? member : new MemberModel(
              earlier.accessor(), earlier.name(), earlier.pointer(), earlier.type(), member.description()));
        }
      }
    }
    return List.copyOf(byName.values());
  }

  /** The members records of the codes this one refines, as its parent code has them. */
  public List<MembersRecord> inheritedMemberRecords() {
    return refined.map(EntryModel::memberRecords).orElse(List.of());
  }

  /**
   * The members this code adds to those it inherits: the ones its exception declares an
   * accessor for. A member it redeclares keeps the accessor of the code it refines.
   */
  public List<MemberModel> ownMembers() {
    List<String> inherited = refined.map(r -> r.members().stream().map(MemberModel::name).toList()).orElse(List.of());
    List<MemberModel> own = new ArrayList<>();
    for (MemberModel member : members()) {
      if (!inherited.contains(member.name())) {
        own.add(member);
      }
    }
    return own;
  }

  /** {@code RELATION_CONFLICT} → {@code RelationConflictException}. */
  public String exceptionSimpleName() {
    return GeneratedNames.exception(name);
  }

  /** {@code com.acme.RelationConflictException}. */
  public String exceptionQualifiedName() {
    return catalog.qualified(exceptionSimpleName());
  }

  /** {@code RELATION_CONFLICT} → {@code onRelationConflict}. */
  public String handlerMethodName() {
    return GeneratedNames.handlerMethod(name);
  }

  public boolean isCategory() {
    return kind == ErrorDefinition.Kind.CATEGORY;
  }

  /** Whether a status lies in this category's range. */
  public boolean covers(int candidate) {
    return candidate >= status && candidate <= to;
  }

  /**
   * Whether this code stands for its status without saying so: it defines the status (refines a
   * category, or nothing) or {@linkplain #overridesItsAncestor() overrides} the ancestor code
   * that does. A code declared with {@link #standsForStatus()} takes the place of such codes;
   * {@link CatalogModel#standingFor(int)} applies both rules. A response with an unknown wire
   * code resolves to the code that stands for its status; a code that is one particular error of
   * a status, such as {@code RelationConflict} under 409, never stands for it.
   */
  public boolean definesOrOverridesItsStatus() {
    if (isCategory()) {
      return false;
    }
    return refined.isEmpty() || refined.get().isCategory() || overridesItsAncestor();
  }

  /** Whether this code overrides the code it refines: one of another catalog, same status, same wire code. */
  public boolean overridesItsAncestor() {
    if (isCategory() || refined.isEmpty()) {
      return false;
    }
    EntryModel r = refined.get();
    return !r.isCategory() && !r.catalog().equals(catalog) && r.status() == status && r.code().equals(code);
  }

  /** Human form of the status: {@code 409}, or {@code 400–499} for a category. */
  public String statusText() {
    return isCategory() ? status + "–" + to : Integer.toString(status);
  }
}
