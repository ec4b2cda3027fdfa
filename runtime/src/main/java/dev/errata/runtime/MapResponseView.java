package dev.errata.runtime;

import java.io.InputStream;
import java.util.Collection;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/** A {@link ResponseView} over a header map, for the stacks that hand headers over as one. */
final class MapResponseView implements ResponseView {

  private final int status;
  private final Map<String, ? extends Collection<String>> headers;
  private final @Nullable InputStream body;
  private final long knownLength;

  MapResponseView(int status, @Nullable Map<String, ? extends Collection<String>> headers, @Nullable InputStream body, long knownLength) {
    this.status = status;
    this.headers = headers == null ? Map.of() : headers;
    this.body = body;
    this.knownLength = knownLength;
  }

  @Override
  public int status() {
    return status;
  }

  @Override
  public void forEachHeader(BiConsumer<String, String> action) {
    headers.forEach((name, values) -> {
      // HttpURLConnection reports its status line under a null name; it is not a header.
      if (name != null && values != null) {
        for (String value : values) {
          if (value != null) {
            action.accept(name, value);
          }
        }
      }
    });
  }

  @Override
  public long contentLength() {
    return knownLength >= 0 ? knownLength : ResponseView.super.contentLength();
  }

  @Override
  public @Nullable InputStream body() {
    return body;
  }

  @Override
  public String toString() {
    return "ResponseView[" + status + "]";
  }

  /** A plain decimal Content-Length, else -1. */
  static long parseLength(@Nullable String value) {

    if (value == null) {
      return -1;
    }
    String digits = value.trim();
    if (digits.isEmpty() || digits.length() > 18) {
      return -1; // 18 digits cannot overflow a long
    }
    long n = 0;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
