package dev.errata.runtime;

import dev.errata.ErrorDetails;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * What the decoder takes from response headers, gathered in one walk: the content type and
 * encoding, the Retry-After wait and the request id. The same walk begins the error's details with every
 * header, a credential's value already redacted, so no secret is ever held.
 *
 * <p>Request id headers are ranked by {@link Precedence.RequestId}.
 */
final class ResponseHeaders implements BiConsumer<String, String> {

  private static final int MAX_ID_LENGTH = 200;

  @Nullable String contentType;
  @Nullable String contentEncoding;
  @Nullable Duration retryAfter;
  @Nullable String requestId;
  /** The error's details so far: the headers, a credential's values redacted. */
  final ErrorDetails.Builder details = ErrorDetails.builder();
  private @Nullable String retryAfterValue;
  private Precedence.@Nullable RequestId requestIdSource;
  private @Nullable Set<String> redactedNames; // made for the first credential header, which most errors lack

  private final HeaderNames names;

  private ResponseHeaders(HeaderNames names) {
    this.names = names;
  }

  static ResponseHeaders read(ResponseView response, HeaderNames names, Clock clock) {
    ResponseHeaders h = new ResponseHeaders(names);
    response.forEachHeader(h);
    h.retryAfter = RetryAfter.parseOrNull(h.retryAfterValue, clock);
    return h;
  }

  /** Takes one header value of the walk. */
  @Override
  public void accept(@Nullable String name, @Nullable String value) {
    if (name == null || value == null) {
      return;
    }
    HeaderNames.Kind kind = names.kindOf(name);
    if (kind.role() == HeaderNames.Role.SENSITIVE) {
      // One redacted value per header: not even how many values it had is kept.
      if (redactedNames == null) {
        redactedNames = new HashSet<>(2);
      }
      if (redactedNames.add(name.toLowerCase(Locale.ROOT))) {
        details.addHeader(name, HeaderRedactor.REDACTED);
      }
      return;
    }
    details.addHeader(name, value);
    switch (kind.role()) {
      case CONTENT_TYPE -> contentType = first(contentType, value);
      case CONTENT_ENCODING -> contentEncoding = first(contentEncoding, value);
      case RETRY_AFTER -> retryAfterValue = first(retryAfterValue, value);
      case REQUEST_ID -> offerRequestId(kind.requestId(), value);
      default -> { }
    }
  }

  private void offerRequestId(Precedence.RequestId source, String value) {
    if (requestIdSource != null && requestIdSource.compareTo(source) <= 0) {
      return;
    }
    String id = source.idIn(value);
    String v = id == null ? "" : id.trim();
    if (!v.isEmpty() && v.length() <= MAX_ID_LENGTH) {
      requestId = v;
      requestIdSource = source;
    }
  }

  private static String first(@Nullable String kept, String value) {

    return kept != null ? kept : value;
  }
}
