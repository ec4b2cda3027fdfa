package dev.errata.processor.validation;

import java.util.Locale;

/**
 * Every diagnostic the processor reports, each with a stable ID that the documentation lists
 * ({@code docs/diagnostics.md}). Messages say what is wrong and how to fix it.
 */
public enum Message {
  NOT_AN_ENUM(
      "NotAnEnum",
      "@ErrorCatalog goes on an enum, and %s is %s. Declare the catalog as an enum whose"
          + " constants are its errors."),
  INACCESSIBLE_CATALOG(
      "InaccessibleCatalog",
      "%s, so the classes generated next to catalog enum %s cannot refer to it. Make %s"
          + " package-private or public."),
  MISSING_ERROR_CODE(
      "MissingErrorCode",
      "Constant %s of catalog %s has no @ErrorCode. Every constant of a catalog is an error:"
          + " annotate it with @ErrorCode(status = ..., description = \"...\"), or with"
          + " @ErrorCategory for a range of statuses."),
  CODE_AND_CATEGORY(
      "CodeAndCategory",
      "Constant %s has both @ErrorCode and @ErrorCategory. Keep @ErrorCode for an error or"
          + " @ErrorCategory for a range of statuses."),
  STRAY_ANNOTATION(
      "StrayAnnotation",
      "@%s is only read on a constant of an @ErrorCatalog enum, and %s is not one. Move the"
          + " annotation to such a constant, or annotate the enum with @ErrorCatalog."),
  BLANK_DESCRIPTION(
      "BlankDescription",
      "The description of %s is blank. Say in a sentence what the error means for a caller."),
  BLANK_TITLE(
      "BlankTitle",
      "The title of %s is blank. Leave title out to derive it from the constant's name, or"
          + " write one."),
  BLANK_CATALOG_NAME(
      "BlankCatalogName",
      "The name of catalog %s is blank. Leave name out to use the enum's name, or write one."),
  BLANK_REMEDY(
      "BlankRemedy",
      "Remedy step %d of %s is blank. Remove the step, or say what to do."),
  STATUS_OUT_OF_RANGE(
      "StatusOutOfRange",
      "Status %d of %s is not an HTTP error status. Use 400 to 599, or 0 to inherit the status of"
          + " the code named in refines."),
  INHERITED_STATUS_WITHOUT_REFINES(
      "InheritedStatusWithoutRefines",
      "%s inherits its status (status 0) but names no code to inherit it from. Set status to a"
          + " value from 400 to 599, or name the refined code with refines = \"...\"."),
  INHERITED_STATUS_FROM_CATEGORY(
      "InheritedStatusFromCategory",
      "%s inherits its status from %s, which is a category covering %s. Set a status in that"
          + " range."),
  CATEGORY_RANGE(
      "CategoryRange",
      "Category %s covers %d to %d. A category's range lies within 400 to 599, with from not"
          + " above to."),
  CATEGORY_OVERLAP(
      "CategoryOverlap",
      "Category %s (%s) overlaps %s (%s) without one lying inside the other. Make the ranges"
          + " nest, or keep them apart."),
  INVALID_WIRE_CODE(
      "InvalidWireCode",
      "Wire code \"%s\" of %s contains %s. Write the code exactly as the API sends it, without"
          + " whitespace or control characters."),
  DUPLICATE_WIRE_CODE(
      "DuplicateWireCode",
      "Wire code \"%s\" of %s is already the code of %s. Each entry of a catalog needs its own"
          + " wire code: set code = \"...\" on one of them."),
  SHADOWED_WIRE_CODE(
      "ShadowedWireCode",
      "Wire code \"%s\" of %s is already the code of %s, which %s does not refine. Add refines ="
          + " \"%s\" to override that code, or choose another wire code."),
  DUPLICATE_CLASS_NAME(
      "DuplicateClassName",
      "%s and %s would both generate %s. Rename one of the constants."),
  TYPE_CLASH(
      "TypeClash",
      "%s would generate %s, which clashes with the existing type %s. %s"),
  RESERVED_NAME(
      "ReservedName",
      "%s would generate the handler method %s, which every handler already declares for"
          + " unknown errors. Rename the constant, for example with code = \"%s\" to keep its"
          + " wire code."),
  UNKNOWN_REFINEMENT(
      "UnknownRefinement",
      "%s refines \"%s\", which is no constant of %s or its ancestors.%s Name a constant,"
          + " optionally qualified by its enum, like \"HttpError.CONFLICT\"."),
  REFINEMENT_CYCLE(
      "RefinementCycle",
      "%s is part of a refinement cycle: %s. A code cannot specialize itself; remove refines"
          + " from one of them."),
  STATUS_CLASS_MISMATCH(
      "StatusClassMismatch",
      "%s has status %d but refines %s, which has status %d: a %s code cannot specialize a %s"
          + " code. Refine a code of the same class, or correct the status."),
  STATUS_OUTSIDE_CATEGORY(
      "StatusOutsideCategory",
      "%s has status %d but refines category %s, which covers %s. Refine a category that holds"
          + " the status, or correct the status."),
  AMBIGUOUS_REFINEMENT(
      "AmbiguousRefinement",
      "%s has status %d, which %s stands for with %s. Say which one %s specializes with refines"
          + " = \"...\"."),
  PARENT_NOT_CATALOG(
      "ParentNotCatalog",
      "Parent %s of catalog %s is not an @ErrorCatalog enum. Name a catalog enum, such as"
          + " dev.errata.http.HttpError, or remove parent."),
  PARENT_CYCLE(
      "ParentCycle",
      "The parents of catalog %s form a cycle: %s. A catalog cannot extend itself; remove parent"
          + " from one of them."),
  PARENT_HAS_ERRORS(
      "ParentHasErrors",
      "Parent catalog %s has errors%s. Nothing is generated for %s until they are fixed."),
  PARENT_NOT_GENERATED(
      "ParentNotGenerated",
      "Parent catalog %s has no generated %s. Compile %s with the Errata processor on the"
          + " annotation processor path."),
  PARENT_NOT_FOUND(
      "ParentNotFound",
      "The parent of catalog %s cannot be resolved: catalog %s from the classpath names parent %s,"
          + " which is not on the classpath. Put it on the classpath, next to %2$s."),
  MALFORMED_JSON_POINTER(
      "MalformedJsonPointer",
      "%s \"%s\" of catalog %s is not an RFC 6901 JSON Pointer: %s. Write it like"
          + " \"/error/code\"."),
  BLANK_JSON_POINTER(
      "BlankJsonPointer",
      "%s of catalog %s is blank: an empty pointer names the whole body, which is never a code or"
          + " a message. Remove the entry, or leave %s out to inherit the parent's pointers."),
  DUPLICATE_JSON_POINTER(
      "DuplicateJsonPointer",
      "%s \"%s\" of catalog %s repeats entry %d. Pointers are tried in order, so a repeated one"
          + " is never reached: remove it from %s."),
  DUPLICATE_STATUS_STAND_IN(
      "DuplicateStatusStandIn",
      "%s says it stands for status %d, and so does %s. One code per status and catalog stands"
          + " for it: remove standsForStatus from one of them."),
  STAND_IN_CLASHES_WITH_OVERRIDE(
      "StandInClashesWithOverride",
      "%s says it stands for status %d, but %s already does: it overrides %s (same status, same"
          + " wire code \"%s\"). Remove standsForStatus, or give %s a wire code of its own."),
  INACCESSIBLE_MEMBERS(
      "InaccessibleMembers",
      "%s is private, so the exception generated for %s cannot refer to it. Make it package-private"
          + " or public."),
  UNSUPPORTED_MEMBER_TYPE(
      "UnsupportedMemberType",
      "Member %s of %s has type %s, which a member cannot have. Use String, int, long, boolean (or"
          + " Integer, Long, Boolean), BigDecimal, Instant, OffsetDateTime, URI, an enum, or a List of"
          + " one of these."),
  INVALID_MEMBER_NAME(
      "InvalidMemberName",
      "Member %s of %s has the wire name \"%s\", which %s. Leave name out to use the component's"
          + " name, or write the name exactly as the API sends it."),
  RESERVED_MEMBER_NAME(
      "ReservedMemberName",
      "Member %s of %s has the wire name \"%s\", which every problem Errata serves already uses"
          + " (%s). Rename the component, or give it another wire name with @Member(name = \"...\")."),
  DUPLICATE_MEMBER_NAME(
      "DuplicateMemberName",
      "Members %s and %s of %s both have the wire name \"%s\". Give one of them another name with"
          + " @Member(name = \"...\")."),
  MALFORMED_MEMBER_POINTER(
      "MalformedMemberPointer",
      "Pointer \"%s\" of member %s of %s is not an RFC 6901 JSON Pointer: %s. Write it like"
          + " \"/error/decline_code\", or leave it out to read the member at the root."),
  MEMBER_ACCESSOR_CLASH(
      "MemberAccessorClash",
      "Member %s of %s would generate the accessor %s(), which %s. Rename the component; @Member(name"
          + " = \"%s\") keeps its wire name."),
  REDECLARED_MEMBER_TYPE(
      "RedeclaredMemberType",
      "Member %s of %s has type %s, but %s, which %s refines, declares member \"%s\" with type %s. A"
          + " refining code keeps the types of the members it inherits: use %s, or another wire name."),
  MALFORMED_DOCS_URL(
      "MalformedDocsUrl",
      "Docs URL \"%s\" of %s is not usable: %s. Write an absolute http or https URL; {code} and"
          + " {status} are replaced by the wire code and the status."),
  GENERATED_TYPE_TAKEN(
      "GeneratedTypeTaken",
      "%s would generate %s, which catalog %s in the same package generates too. %s"),
  CANNOT_WRITE(
      "CannotWrite",
      "Errata could not write %s for catalog %s: %s"),
  INTERNAL_ERROR(
      "InternalError",
      "Errata could not process %s because of an internal error. Please report it with this"
          + " trace:%n%s");

  private final String id;
  private final String format;

  Message(String id, String format) {
    this.id = id;
    this.format = format;
  }

  /** The stable ID, such as {@code DuplicateWireCode}. */
  public String id() {
    return id;
  }

  /**
   * The advice {@link #GENERATED_TYPE_TAKEN} ends with.
   *
   * @param wireCode the wire code of the constant whose exception is taken; {@code null} for the
   *     enum's own catalog and handler classes
   */
  public static String takenAdvice(String wireCode) {
    return wireCode == null
        ? "Rename the enum, or move one catalog to a package of its own."
        : "Rename the constant (code = \"" + wireCode + "\" keeps its wire code), or move one catalog to a"
            + " package of its own.";
  }

  /** The message text, prefixed with its ID: {@code [Errata/DuplicateWireCode] ...}. */
  public String format(Object... args) {
    return "[Errata/" + id + "] " + String.format(Locale.ROOT, format, args);
  }
}
