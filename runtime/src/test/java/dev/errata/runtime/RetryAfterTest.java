package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.CatalogException;
import dev.errata.runtime.fixture.TestCatalogs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {

  // Seven seconds before the RFC 9110 example date.
  private static final Clock CLOCK = Clock.fixed(Instant.parse("1994-11-06T08:49:30Z"), ZoneOffset.UTC);

  @ParameterizedTest(name = "\"{0}\" → {1}s")
  @CsvSource(
      delimiter = '|',
      value = {
        "120|120",
        "0|0",
        " 30 |30",
        "000000000000000042|42",
        "Sun, 06 Nov 1994 08:49:37 GMT|7",
        "Sunday, 06-Nov-94 08:49:37 GMT|7",
        "Sun Nov  6 08:49:37 1994|7",
        "sun, 06 nov 1994 08:51:30 gmt|120",
        "Sat, 05 Nov 1994 08:49:37 GMT|0",
        "Thursday, 01-Jan-70 00:00:00 GMT|0",
      })
  void understandsBothForms(String value, long seconds) {
    assertThat(RetryAfter.parse(value, CLOCK)).hasValue(Duration.ofSeconds(seconds));
  }

  @ParameterizedTest(name = "\"{0}\" is ignored")
  @ValueSource(strings = {
    "", " ", "-5", "+5", "1.5", "12abc", "soon", "0x10", "9999999999999999999", "99999999999999999999999",
    "Sun, 32 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 25:49:37 GMT", "06 Nov 1994", "Sun Nov 6",
    "Sun, 06 Nov 1994 08:49:37 PST-ish", "\u0000"
  })
  void ignoresGarbage(String value) {
    assertThat(RetryAfter.parse(value, CLOCK)).isEmpty();
  }

  @Test
  void nullIsAbsent() {
    assertThat(RetryAfter.parse(null, CLOCK)).isEmpty();
  }

  @Test
  void decoderParsesTheHeaderAgainstItsClock() {
    ErrorDecoder decoder = ErrorDecoder.builder(TestCatalogs.HTTP).clock(CLOCK).build();

    CatalogException date = decoder.decode(
        503, Map.of("RETRY-AFTER", List.of("Sun, 06 Nov 1994 08:49:37 GMT")), null);
    CatalogException seconds = decoder.decode(429, Map.of("retry-after", List.of("3")), null);
    CatalogException garbage = decoder.decode(429, Map.of("Retry-After", List.of("later")), null);

    assertThat(date.retryAfter()).hasValue(Duration.ofSeconds(7));
    assertThat(date.details().header("retry-after")).hasValue("Sun, 06 Nov 1994 08:49:37 GMT");
    assertThat(seconds.retryAfter()).hasValue(Duration.ofSeconds(3));
    assertThat(garbage.retryAfter()).isEmpty();
  }
}
