package dev.errata.runtime;

import dev.errata.ReportedError;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything one scan found in a JSON error body, in raw form; {@link Precedence} says which of
 * it is the wire code and the message. One instance per decode, filled by {@link
 * JsonErrorScanner}; fields stay {@code null} (numbers {@link #NONE}) when absent.
 */
final class ScannedBody {

  static final int NONE = Integer.MIN_VALUE;

  /** Most entries of an {@code errors} list kept in details; the rest are counted, not kept. */
  static final int MAX_ERRORS = 50;

  /** Longest string kept from a body (codes, messages, ids, paths); longer ones are cut with "…". */
  static final int MAX_VALUE_LENGTH = 1024;

  private static final String[] NO_VALUES = new String[0];

  // Root members
  @Nullable String code;
  int codeNumber = NONE;
  @Nullable String codeAlias; // errorCode / error_code
  @Nullable String type;
  @Nullable String title;
  int status = NONE;
  @Nullable String detail;
  @Nullable String instance;
  @Nullable String message;
  @Nullable String oauthError; // "error": "invalid_grant"
  @Nullable String errorDescription;
  @Nullable String requestId;
  @Nullable Boolean retryable; // a problem's "retryable" member, as Errata's servers write it

  // Members of an "error": {...} object
  @Nullable String errorCode;
  int errorCodeNumber = NONE;
  @Nullable String errorMessage;
  @Nullable String errorStatus; // Google style: "status": "NOT_FOUND"
  int errorStatusNumber = NONE;
  @Nullable String errorType;

  // The "errors" list
  int errorCount;
  @Nullable List<ReportedError> errors;
  /** The first entry of the list that was read whole (or a bare string entry's message). */
  @Nullable Entry firstEntry;
  private @Nullable Entry entry;

  /** Values at the catalog's pointers, index by index; {@code null} where a pointer found nothing. */
  final @Nullable String[] pointerCodes;
  final @Nullable String[] pointerMessages;

  /** Values at the places of the catalog's members; {@code null} when it declares none. */
  final @Nullable FoundMembers members;

  /** A non-JSON body's one-line summary (an HTML title, a text's first line). */
  @Nullable String textSummary;

  /** Whether the body was a JSON object at all. */
  boolean json;

  ScannedBody(BodyPointers pointers) {
    this.pointerCodes = pointers.codeCount() == 0 ? NO_VALUES : new String[pointers.codeCount()];
    this.pointerMessages = pointers.messageCount() == 0 ? NO_VALUES : new String[pointers.messageCount()];
    this.members = pointers.members().count() == 0 ? null : new FoundMembers(pointers.members());
  }

  /** What one entry of an {@code errors} list said. */
  static final class Entry {
    @Nullable String extensionCode;
    @Nullable String code;
    @Nullable String type;
    @Nullable String message;
    @Nullable String detail;
    @Nullable String title;
    @Nullable String path;
    private @Nullable StringBuilder pathBuilder;
  }

  /** The entry being read, or {@code null} between entries. */
  @Nullable Entry entry() {
    return entry;
  }

  /** Whether an entry of an errors list begins; false once {@link #MAX_ERRORS} are kept. */
  boolean beginEntry() {
    errorCount++;
    if (errorCount > MAX_ERRORS) {
      return false;
    }
    entry = new Entry();
    return true;
  }

  void endEntry() {
    Entry e = entry;
    if (e == null) {
      return;
    }
    entry = null;
    if (e.pathBuilder != null) {
      e.path = capped(e.pathBuilder.toString());
    }
    add(e);
  }

  /** A list entry that is a bare string (or a field's message in an {@code errors} object). */
  void addMessageEntry(String message, @Nullable String path) {
    errorCount++;
    if (errorCount > MAX_ERRORS) {
      return;
    }
    Entry e = new Entry();
    e.message = message;
    e.path = path;
    add(e);
  }

  private void add(Entry e) {
    if (errors == null) {
      errors = new ArrayList<>(4);
      firstEntry = e;
    }
    errors.add(new ReportedError(
        orEmpty(Precedence.WireCode.ofEntry(e)), orEmpty(Precedence.Message.ofEntry(e)), orEmpty(e.path)));
  }

  /** Appends one GraphQL path segment: {@code hero}, {@code friends}, {@code 1} → {@code hero.friends[1]}. */
  void appendPathName(String name) {
    StringBuilder p = pathBuilder();
    if (p.length() > 0) {
      p.append('.');
    }
    p.append(name);
  }

  void appendPathIndex(String index) {
    pathBuilder().append('[').append(index).append(']');
  }

  private StringBuilder pathBuilder() {
    if (entry.pathBuilder == null) {
      entry.pathBuilder = new StringBuilder(32);
    }
    return entry.pathBuilder;
  }

  static String capped(String s) {
    return s.length() <= MAX_VALUE_LENGTH ? s : s.substring(0, MAX_VALUE_LENGTH) + "…";
  }

  private static String orEmpty(@Nullable String s) {

    return s == null ? "" : s;
  }
}
