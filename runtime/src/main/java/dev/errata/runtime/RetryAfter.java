package dev.errata.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Parses the Retry-After header (RFC 9110 §10.2.3) into how long to wait from now.
 *
 * <p>Both forms are understood: delay-seconds ({@code 120}) and an HTTP-date, in the preferred
 * IMF-fixdate form ({@code Sun, 06 Nov 1994 08:49:37 GMT}) and the obsolete RFC 850 ({@code
 * Sunday, 06-Nov-94 08:49:37 GMT}) and asctime ({@code Sun Nov  6 08:49:37 1994}) forms that
 * recipients must still accept. A date in the past means "now" ({@link Duration#ZERO}). Anything
 * else (negative numbers, numbers too large for a {@code long}, garbage) is ignored, as if the
 * header were absent. Capping the wait is the caller's business (see {@link RetryAdvisor}).
 */
public final class RetryAfter {

  private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter.RFC_1123_DATE_TIME;

  // Two-digit years: 70-99 are 19xx and 00-69 are 20xx, the usual reading of RFC 850 dates.
  private static final DateTimeFormatter RFC_850 =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("EEEE, dd-MMM-")
          .appendValueReduced(ChronoField.YEAR, 2, 2, 1970)
          .appendPattern(" HH:mm:ss 'GMT'")
          .toFormatter(Locale.US)
          .withZone(ZoneOffset.UTC);

  private static final DateTimeFormatter ASCTIME =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("EEE MMM ppd HH:mm:ss yyyy")
          .toFormatter(Locale.US)
          .withZone(ZoneOffset.UTC);

  private RetryAfter() {}

  /**
   * The Retry-After value (delay-seconds) announcing {@code wait}, rounded up to whole seconds so
   * that a client never comes back too early; a negative wait announces 0.
   */
  public static String format(Duration wait) {
    if (wait.isNegative()) {
      return "0";
    }
    return Long.toString(wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
  }

  /** The wait a Retry-After value asks for, measured from {@code clock}'s now; empty when unusable. */
  public static Optional<Duration> parse(@Nullable String value, Clock clock) {
    return Optional.ofNullable(parseOrNull(value, clock));
  }

  static @Nullable Duration parseOrNull(@Nullable String value, Clock clock) {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    if (v.isEmpty()) {
      return null;
    }
    char first = v.charAt(0);
    if (first >= '0' && first <= '9') {
      return seconds(v);
    }
    Instant at = date(v);
    if (at == null) {
      return null;
    }
    Duration wait = Duration.between(clock.instant(), at);
    return wait.isNegative() ? Duration.ZERO : wait;
  }

  private static @Nullable Duration seconds(String v) {
    // 1*DIGIT; 18 digits always fit in a long, more would overflow or be absurd.
    if (v.length() > 18) {
      return null;
    }
    long seconds = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      seconds = seconds * 10 + (c - '0');
    }
    return Duration.ofSeconds(seconds);
  }

  private static @Nullable Instant date(String v) {

    DateTimeFormatter format =
        v.indexOf(',') < 0 ? ASCTIME : v.indexOf('-') >= 0 ? RFC_850 : IMF_FIXDATE;
    try {
      return format.parse(v, Instant::from);
    } catch (DateTimeParseException | ArithmeticException garbage) {
      return null;
    }
  }
}
