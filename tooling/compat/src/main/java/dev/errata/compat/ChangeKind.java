package dev.errata.compat;

/**
 * Every kind of change the check reports, with its severity and the reason for it. This enum is
 * the one place where the classification is decided; {@code docs/evolution.md} explains it and a
 * test keeps the two in step.
 */
public enum ChangeKind {

  // A whole catalog.

  CATALOG_ADDED("added", Severity.COMPATIBLE,
      "A new catalog only adds classes; nothing that existed changes."),
  CATALOG_REMOVED("removed", Severity.BREAKING,
      "Its catalog class, handler interface and exceptions disappear: code that names them no longer"
          + " compiles, and its codes are no longer decoded."),
  PARENT_CHANGED("parent-changed", Severity.BREAKING,
      "The catalog inherits other codes, its handler extends another interface and its exceptions"
          + " may refine other classes: catch clauses written for the old parent's exceptions change"
          + " meaning, and codes only the old parent knew are no longer decoded."),
  CATALOG_NAME_CHANGED("name-changed", Severity.COMPATIBLE,
      "Only the display name, shown on reference pages, changes."),
  CATALOG_CLASS_CHANGED("catalog-class-changed", Severity.BREAKING,
      "Code that names the generated catalog class, for example to build a decoder from its"
          + " INSTANCE, no longer compiles."),
  HANDLER_CHANGED("handler-changed", Severity.BREAKING,
      "Classes that implement the generated handler interface no longer compile."),
  CODE_POINTER_REMOVED("code-pointer-removed", Severity.BREAKING,
      "A client built with the new version no longer looks where servers of the old version put"
          + " the wire code: their responses decode by status only, and catch clauses of specific"
          + " codes stop firing."),
  CODE_POINTERS_REORDERED("code-pointers-reordered", Severity.BEHAVIOURAL,
      "The decoder tries the pointers in another order, so a response that carries a code at"
          + " several of them may decode to another code."),
  CODE_POINTER_ADDED("code-pointer-added", Severity.COMPATIBLE,
      "The decoder tries the new pointer only after the old ones, so every response that"
          + " decoded to a known code still does."),
  CODE_POINTER_DETECTION_CHANGED("code-pointer-detection-changed", Severity.BEHAVIOURAL,
      "The decoder switches between detecting the wire code by itself and reading declared"
          + " pointers, so it looks for the code in other places than before."),
  MESSAGE_POINTERS_CHANGED("message-pointers-changed", Severity.COMPATIBLE,
      "Only the text of exception messages is read from elsewhere; which exception a response"
          + " decodes to stays the same."),

  // One code or category of a catalog.

  CODE_ADDED("added", Severity.COMPATIBLE,
      "Responses with the new wire code decoded before to the code it refines; they now decode"
          + " to a subclass of that code's exception, which existing catch clauses and handler"
          + " methods still receive."),
  CODE_ADDED_UNDER_OTHER_STATUS("added-under-other-status", Severity.BEHAVIOURAL,
      "The new code refines a code of another status: responses with its wire code decoded"
          + " before by their status, and now decode to an exception outside that status's"
          + " hierarchy, so a catch of the status's exception may stop catching them."),
  CODE_REMOVED("removed", Severity.BREAKING,
      "Its exception class and handler method disappear, so code that names them no longer"
          + " compiles; responses with its wire code decode to a less specific exception."),
  CODE_RENAMED("renamed", Severity.BREAKING,
      "The generated names follow the constant: its exception class and handler method get new"
          + " names, and code that names the old ones no longer compiles."),
  EXCEPTION_RENAMED("exception-renamed", Severity.BREAKING,
      "catch clauses and handler code that name the old exception class no longer compile."),
  KIND_CHANGED("kind-changed", Severity.BREAKING,
      "A code that becomes a category, or the reverse, changes which responses decode to it and"
          + " its place in the exception hierarchy."),
  WIRE_CODE_CHANGED("code-changed", Severity.BREAKING,
      "Clients decode by wire code: a client built with the new version no longer recognizes the"
          + " old code from servers not yet updated, and older clients do not recognize the new"
          + " one; both fall back to the status's exception."),
  STATUS_CLASS_CHANGED("status-class-changed", Severity.BREAKING,
      "The error moves between client errors (4xx) and server errors (5xx): catch clauses of"
          + " ClientErrorException or ServerErrorException, retry policies, alerts and error budgets"
          + " that go by the status class treat it the other way."),
  STATUS_CHANGED("status-changed", Severity.BEHAVIOURAL,
      "The code stays in its status class and keeps its exception, but servers answer with"
          + " another status: clients, proxies, caches and metrics that look at the number see the"
          + " difference."),
  RANGE_CHANGED("range-changed", Severity.BEHAVIOURAL,
      "The category covers other statuses, so a response with a status no code names may decode"
          + " to another category."),
  REFINES_CHANGED("refines-changed", Severity.BREAKING,
      "Its exception extends another class: a catch clause of the old parent's exception no"
          + " longer catches it, or one of the new parent's starts to, and its handler method falls"
          + " back to another method."),
  RETRYABLE_CHANGED("retryable-changed", Severity.BEHAVIOURAL,
      "Everything compiles as before, but isRetryable() and the retry advice flip: clients now"
          + " retry what they gave up on, or give up on what they retried."),
  STANDS_FOR_STATUS_CHANGED("stands-for-status-changed", Severity.BEHAVIOURAL,
      "Unknown wire codes and bare responses of its status decode to another exception than"
          + " before."),
  DOCS_URL_CHANGED("docs-url-changed", Severity.BREAKING,
      "Servers send the docs URL as the problem's type, which RFC 9457 makes the identifier of a"
          + " problem: clients that match on type stop recognizing the error, and published links"
          + " break unless the old address redirects."),
  DOCS_URL_REMOVED("docs-url-removed", Severity.BREAKING,
      "Servers send about:blank instead of the old docs URL as the problem's type, so clients"
          + " that match on type stop recognizing the error."),
  DOCS_URL_ADDED("docs-url-added", Severity.BEHAVIOURAL,
      "The problem's type changes from about:blank to the new link: clients that matched"
          + " about:blank together with the status see a new type."),
  TITLE_CHANGED("title-changed", Severity.COMPATIBLE,
      "Text for people: no program should depend on it."),
  DESCRIPTION_CHANGED("description-changed", Severity.COMPATIBLE,
      "Text for people: no program should depend on it."),
  REMEDY_CHANGED("remedy-changed", Severity.COMPATIBLE,
      "Text for people: no program should depend on it."),
  PROPERTY_CHANGED("property-changed", Severity.BEHAVIOURAL,
      "A property this version of the check does not know changed between the versions; review"
          + " what it means before releasing.");

  private final String label;
  private final Severity severity;
  private final String reason;

  ChangeKind(String label, Severity severity, String reason) {
    this.label = label;
    this.severity = severity;
    this.reason = reason;
  }

  /** The label that ends a change's id, such as {@code removed}. */
  public String label() {
    return label;
  }

  /** How this kind of change affects users. */
  public Severity severity() {
    return severity;
  }

  /** Why it has that severity, in words a user of the catalog understands. */
  public String reason() {
    return reason;
  }
}
