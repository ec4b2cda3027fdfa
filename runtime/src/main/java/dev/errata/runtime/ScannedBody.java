package dev.errata.runtime;

import dev.errata.ReportedError;
import java.util.ArrayList;
import java.util.List;

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
  String code;
  int codeNumber = NONE;
  String codeAlias; // errorCode / error_code
  String type;
  String title;
  int status = NONE;
  String detail;
  String instance;
  String message;
  String oauthError; // "error": "invalid_grant"
  String errorDescription;
  String requestId;
  Boolean retryable; // a problem's "retryable" member, as Errata's servers write it

  // Members of an "error": {...} object
  String errorCode;
  int errorCodeNumber = NONE;
  String errorMessage;
  String errorStatus; // Google style: "status": "NOT_FOUND"
  int errorStatusNumber = NONE;
  String errorType;

  // The "errors" list
  int errorCount;
  List<ReportedError> errors;
  /** The first entry of the list that was read whole (or a bare string entry's message). */
  Entry firstEntry;
  private Entry entry;

  /** Values at the catalog's pointers, index by index; {@code null} where a pointer found nothing. */
  final String[] pointerCodes;
  final String[] pointerMessages;

  /** A non-JSON body's one-line summary (an HTML title, a text's first line). */
  String textSummary;

  /** Whether the body was a JSON object at all. */
  boolean json;

  ScannedBody(int codePointers, int messagePointers) {
    this.pointerCodes = codePointers == 0 ? NO_VALUES : new String[codePointers];
    this.pointerMessages = messagePointers == 0 ? NO_VALUES : new String[messagePointers];
  }

  /** What one entry of an {@code errors} list said. */
  static final class Entry {
    String extensionCode;
    String code;
    String type;
    String message;
    String detail;
    String title;
    String path;
    private StringBuilder pathBuilder;
  }

  /** The entry being read, or {@code null} between entries. */
  Entry entry() {
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
  void addMessageEntry(String message, String path) {
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

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
