package dev.errata.runtime;

import dev.errata.ReportedError;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one scan found in a JSON error body, in raw form; {@link ErrorDecoder} picks the wire
 * code and message from it by precedence. One instance per decode, filled by {@link
 * JsonErrorScanner}; fields stay {@code null} (numbers {@link #NONE}) when absent.
 */
final class ScannedBody {

  static final int NONE = Integer.MIN_VALUE;

  /** Most entries of an {@code errors} list kept in details; the rest are counted, not kept. */
  static final int MAX_ERRORS = 50;

  /** Longest string kept from a body (codes, messages, ids, paths); longer ones are cut with "…". */
  static final int MAX_VALUE_LENGTH = 1024;

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
  String firstErrorCode;
  String firstErrorMessage;

  // The "errors" entry being read
  private boolean inEntry;
  String entryExtensionCode;
  String entryCode;
  String entryType;
  String entryMessage;
  String entryDetail;
  String entryTitle;
  String entryPath;
  private StringBuilder entryPathBuilder;

  // Values at the catalog's pointers
  String pointerCode;
  String pointerMessage;

  /** Whether the body was a JSON object at all. */
  boolean json;

  /** Whether an entry of an errors list begins; false once {@link #MAX_ERRORS} are kept. */
  boolean beginEntry() {
    errorCount++;
    if (errorCount > MAX_ERRORS) {
      return false;
    }
    inEntry = true;
    entryExtensionCode = entryCode = entryType = entryMessage = entryDetail = entryTitle = entryPath = null;
    entryPathBuilder = null;
    return true;
  }

  void endEntry() {
    if (!inEntry) {
      return;
    }
    inEntry = false;
    String path = entryPathBuilder != null ? capped(entryPathBuilder.toString()) : entryPath;
    String code = firstOf(entryExtensionCode, entryCode, entryType);
    String message = firstOf(entryMessage, entryDetail, entryTitle);
    if (errors == null) {
      errors = new ArrayList<>(4);
      firstErrorCode = code;
      firstErrorMessage = message;
    }
    errors.add(new ReportedError(orEmpty(code), orEmpty(message), orEmpty(path)));
  }

  /** A list entry that is a bare string (or a field's message in an {@code errors} object). */
  void addMessageEntry(String message, String path) {
    errorCount++;
    if (errorCount > MAX_ERRORS) {
      return;
    }
    if (errors == null) {
      errors = new ArrayList<>(4);
      firstErrorMessage = message;
    }
    errors.add(new ReportedError("", orEmpty(message), orEmpty(path)));
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
    if (entryPathBuilder == null) {
      entryPathBuilder = new StringBuilder(32);
    }
    return entryPathBuilder;
  }

  static String capped(String s) {
    return s.length() <= MAX_VALUE_LENGTH ? s : s.substring(0, MAX_VALUE_LENGTH) + "…";
  }

  static String firstOf(String a, String b, String c) {
    return a != null ? a : b != null ? b : c;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
