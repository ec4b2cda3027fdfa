package dev.errata.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Coverage-guided fuzzing of {@link RetryAfter}: any header value, against any clock, gives a
 * wait that is never negative, or nothing; delay-seconds and every HTTP-date form of any instant
 * from 1970 to 9999 read back exactly.
 *
 * <p>Input layout: the clock's epoch second, the date's epoch second (both 0 to {@value
 * #LAST_SECOND}) and a delay (0 to 10^18 - 1) from the end; the rest is the header value, UTF-8.
 */
class RetryAfterFuzzTest {

  /** 9999-12-31T23:59:59Z: HTTP-dates have four-digit years. */
  static final long LAST_SECOND = 253_402_300_799L;

  static final long MAX_DELAY = 999_999_999_999_999_999L;

  private static final Pattern DELAY_SECONDS = Pattern.compile("[0-9]{1,18}");

  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter RFC_850 =
      DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC);

  @FuzzTest(maxDuration = "10m")
  void parse(FuzzedDataProvider data) {
    long now = data.consumeLong(0, LAST_SECOND);
    long at = data.consumeLong(0, LAST_SECOND);
    long delay = data.consumeLong(0, MAX_DELAY);
    String value = new String(data.consumeRemainingAsBytes(), UTF_8);
    Clock clock = Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC);

    Optional<Duration> parsed = RetryAfter.parse(value, clock);
    assertNotNull(parsed);
    parsed.ifPresent(wait -> assertFalse(wait.isNegative(), "negative wait " + wait + " for " + value));
    String trimmed = value.trim();
    if (DELAY_SECONDS.matcher(trimmed).matches()) {
      assertEquals(Optional.of(Duration.ofSeconds(Long.parseLong(trimmed))), parsed, value);
    }

    assertEquals(Optional.of(Duration.ofSeconds(delay)), RetryAfter.parse(" " + delay + " ", clock));

    Instant date = Instant.ofEpochSecond(at);
    Optional<Duration> wait = Optional.of(Duration.ofSeconds(Math.max(0, at - now)));
    assertEquals(wait, RetryAfter.parse(IMF_FIXDATE.format(date), clock), IMF_FIXDATE.format(date));
    assertEquals(wait, RetryAfter.parse(ASCTIME.format(date), clock), ASCTIME.format(date));
    int year = date.atZone(ZoneOffset.UTC).getYear();
    if (year < 2070) { // two-digit years read as 1970 to 2069
      assertEquals(wait, RetryAfter.parse(RFC_850.format(date), clock), RFC_850.format(date));
    }
  }

  static void writeSeeds(Path resources) {
    long now = 784_111_770L; // 1994-11-06T08:49:30Z, seven seconds before the RFC 9110 example
    List<String> values = List.of("120", "0", " 30 ", "000000000000000042", "999999999999999999",
        "9223372036854775808", "-5", "1.5", "Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT",
        "Sun Nov  6 08:49:37 1994", "sun, 06 nov 1994 08:51:30 gmt", "Thursday, 01-Jan-70 00:00:00 GMT",
        "Fri, 31 Dec 9999 23:59:59 GMT", "Mon, 30 Feb 2026 00:00:00 GMT", "soon", "");
    for (int i = 0; i < values.size(); i++) {
      byte[] input = new FuzzSeeds()
          .number(now, 0, LAST_SECOND)
          .number(now + 7 * i, 0, LAST_SECOND)
          .number(i * 1000L, 0, MAX_DELAY)
          .finish(values.get(i).getBytes(UTF_8));
      FuzzSeeds.write(resources, RetryAfterFuzzTest.class, "parse", "value-" + i, input);
    }
  }
}
