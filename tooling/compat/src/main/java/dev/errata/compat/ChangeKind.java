package dev.errata.compat;

/**
 * Every kind of change the check reports: what it is, the least severity it has, and why. This
 * enum is the one place where that is decided; {@code docs/evolution.md} explains it and a test
 * keeps the two in step.
 *
 * <p>The severity of a reported change is its kind's {@link #floor()} or worse: the check decodes
 * the responses each version can tell apart with both versions, and a change that moves a
 * response is as severe as that move (see {@link MovedResponse}). A change whose kind is not
 * {@link #decidedByDecoding()} keeps its floor.
 */
public enum ChangeKind {

  // A whole catalog.

  CATALOG_ADDED("added", Severity.COMPATIBLE, false,
      "A new catalog only adds classes; nothing that existed changes."),
  CATALOG_REMOVED("removed", Severity.BREAKING, false,
      "Its catalog class, handler interface and exceptions disappear: code that names them no longer"
          + " compiles, and its codes are no longer decoded."),
  PARENT_CHANGED("parent-changed", Severity.BREAKING, true,
      "The catalog extends another catalog: its handler extends another interface, whose methods"
          + " overriding handlers may no longer find, and codes only the old parent knew decode"
          + " otherwise."),
  CATALOG_NAME_CHANGED("name-changed", Severity.COMPATIBLE, false,
      "Only the display name, shown on reference pages, changes."),
  CATALOG_CLASS_CHANGED("catalog-class-changed", Severity.BREAKING, false,
      "Code that names the generated catalog class, for example to build a decoder from its"
          + " INSTANCE, no longer compiles."),
  HANDLER_CHANGED("handler-changed", Severity.BREAKING, false,
      "Classes that implement the generated handler interface no longer compile."),
  CODE_POINTER_REMOVED("code-pointer-removed", Severity.COMPATIBLE, true,
      "The decoder no longer reads the wire code where the removed pointer points, so a body whose"
          + " code is only there decodes by its other places or by its status."),
  CODE_POINTERS_REORDERED("code-pointers-reordered", Severity.COMPATIBLE, true,
      "The decoder tries the pointers in another order, so a body with known codes at two of them"
          + " decodes to the other one."),
  CODE_POINTER_ADDED("code-pointer-added", Severity.COMPATIBLE, true,
      "The decoder reads the new pointer before the places it detects by itself, so a body with a"
          + " known code there and another known code elsewhere decodes to the pointer's."),
  CODE_POINTER_DETECTION_CHANGED("code-pointer-detection-changed", Severity.COMPATIBLE, true,
      "The catalog switched between declaring pointers and leaving every place to detection, so the"
          + " decoder reads the wire code in another order."),
  MESSAGE_POINTERS_CHANGED("message-pointers-changed", Severity.COMPATIBLE, false,
      "Only the text of exception messages is read from elsewhere; which exception a response"
          + " decodes to stays the same."),
  ANCESTORS_CHANGED("ancestors-changed", Severity.COMPATIBLE, true,
      "A catalog this one extends, from another artifact such as errata-runtime's HTTP catalog, is"
          + " another version in this build, so responses that resolve through its codes may decode"
          + " otherwise. That catalog's own check says what changed in it."),
  DECODING_CHANGED("decoding-changed", Severity.COMPATIBLE, true,
      "Responses decode to other exceptions through several changes together, none of which the"
          + " check can name alone."),

  // One code or category of a catalog.

  CODE_ADDED("added", Severity.COMPATIBLE, true,
      "Responses with the new wire code decoded before by their status: to the code that stands"
          + " for it, else to its category. Compatible when the new exception extends that one, so"
          + " every catch that fired still fires."),
  CODE_ADDED_UNDER_OTHER_STATUS("added-under-other-status", Severity.COMPATIBLE, true,
      "The new code refines a code of another status. Responses with its wire code decoded before"
          + " by their status, and now decode to an exception under the other status's."),
  CODE_REMOVED("removed", Severity.BREAKING, false,
      "Its exception class and handler method disappear, so code that names them no longer"
          + " compiles; responses with its wire code decode to a less specific exception."),
  CODE_RENAMED("renamed", Severity.BREAKING, false,
      "The generated names follow the constant: its exception class and handler method get new"
          + " names, and code that names the old ones no longer compiles."),
  EXCEPTION_RENAMED("exception-renamed", Severity.BREAKING, false,
      "catch clauses and handler code that name the old exception class no longer compile."),
  KIND_CHANGED("kind-changed", Severity.COMPATIBLE, true,
      "A code that becomes a category, or the reverse, is reached by other responses: by its"
          + " status range instead of its wire code and status, or the other way round."),
  WIRE_CODE_CHANGED("code-changed", Severity.COMPATIBLE, true,
      "Clients decode by wire code: a client of one version does not know the code a server of the"
          + " other version sends, and decodes it by its status."),
  STATUS_CLASS_CHANGED("status-class-changed", Severity.BEHAVIOURAL, true,
      "Servers answer the error with a status of the other class (4xx or 5xx): status(), retry"
          + " policies, alerts and error budgets that go by the status class treat it the other way."),
  STATUS_CHANGED("status-changed", Severity.BEHAVIOURAL, true,
      "Servers answer the error with another status: status() and whatever looks at the number"
          + " (proxies, caches, metrics) see the difference, and bare responses of either status may"
          + " resolve otherwise."),
  RANGE_CHANGED("range-changed", Severity.COMPATIBLE, true,
      "The category covers other statuses, so a response with a status no code names may decode"
          + " to another category."),
  REFINES_CHANGED("refines-changed", Severity.COMPATIBLE, true,
      "Its exception extends another class: catch clauses of classes it no longer extends stop"
          + " catching it, and those of classes it now extends start to."),
  RETRYABLE_CHANGED("retryable-changed", Severity.BEHAVIOURAL, true,
      "isRetryable() and the retry advice flip: clients now retry what they gave up on, or give"
          + " up on what they retried."),
  STANDS_FOR_STATUS_CHANGED("stands-for-status-changed", Severity.COMPATIBLE, true,
      "Responses of its status without a known wire code (bare, HTML, unknown codes) decode to"
          + " another exception than before."),
  DOCS_URL_CHANGED("docs-url-changed", Severity.BEHAVIOURAL, true,
      "The exception reports another documentation link, and servers send it as the problem's"
          + " type. The decoder reads a problem's code, not its link, so no response decodes"
          + " otherwise; published links break unless the old address redirects."),
  DOCS_URL_REMOVED("docs-url-removed", Severity.BEHAVIOURAL, true,
      "The exception reports no documentation link any more, and servers send about:blank as the"
          + " problem's type."),
  DOCS_URL_ADDED("docs-url-added", Severity.BEHAVIOURAL, true,
      "The exception reports a documentation link, and servers send it as the problem's type"
          + " instead of about:blank."),
  TITLE_CHANGED("title-changed", Severity.BEHAVIOURAL, true,
      "The exception reports another title, which its message starts with: logs, alerts and"
          + " screens that show or match it change."),
  DESCRIPTION_CHANGED("description-changed", Severity.COMPATIBLE, false,
      "Text for people, on the reference page and in Javadoc."),
  REMEDY_CHANGED("remedy-changed", Severity.BEHAVIOURAL, true,
      "The exception reports other steps to take, which applications may show to their users."),
  // One member of a code; the subject is the constant and the member's wire name.

  MEMBER_ADDED("member-added", Severity.COMPATIBLE, false,
      "The exception gains an accessor. A client of the old version ignores the member, and one of"
          + " the new version reads it as empty from a server that does not send it yet."),
  MEMBER_REMOVED("member-removed", Severity.BREAKING, false,
      "Its accessor disappears, so code that calls it no longer compiles, and servers of the new"
          + " version no longer send what clients of the old one read."),
  MEMBER_RETYPED("member-retyped", Severity.BREAKING, false,
      "Its accessor returns another type, so code that uses it no longer compiles, and a client of"
          + " one version reads what a server of the other sends as empty."),
  MEMBER_POINTER_CHANGED("member-pointer-changed", Severity.BREAKING, false,
      "Clients read the member at another place in the body: a client of one version finds nothing"
          + " where the API, as the other version describes it, puts the value."),
  MEMBER_ACCESSOR_RENAMED("member-accessor-renamed", Severity.BREAKING, false,
      "The accessor follows the record component's name: code that calls the old name no longer"
          + " compiles."),
  MEMBER_VALUES_CHANGED("member-values-changed", Severity.BEHAVIOURAL, false,
      "An enum member takes other values: a client reads a value only the other version knows as"
          + " empty."),
  MEMBER_DESCRIPTION_CHANGED("member-description-changed", Severity.COMPATIBLE, false,
      "Text for people, on the reference page, in OpenAPI and in Javadoc."),

  PROPERTY_CHANGED("property-changed", Severity.BEHAVIOURAL, true,
      "A property this version of the check does not know changed between the versions; review"
          + " what it means before releasing.");

  private final String label;
  private final Severity floor;
  private final boolean decidedByDecoding;
  private final String reason;

  ChangeKind(String label, Severity floor, boolean decidedByDecoding, String reason) {
    this.label = label;
    this.floor = floor;
    this.decidedByDecoding = decidedByDecoding;
    this.reason = reason;
  }

  /** The label that ends a change's id, such as {@code removed}. */
  public String label() {
    return label;
  }

  /** The least severity a change of this kind has, whatever it does to responses. */
  public Severity floor() {
    return floor;
  }

  /** Whether the responses the change moves can make it more severe than its floor. */
  public boolean decidedByDecoding() {
    return decidedByDecoding;
  }

  /** What the change does, in words a user of the catalog understands. */
  public String reason() {
    return reason;
  }
}
