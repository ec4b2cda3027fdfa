package dev.errata;

import static com.google.common.truth.Truth.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemberValuesTest {

  enum Reason { EXPIRED, STOLEN }

  private static ErrorDetails with(String name, Object value) {
    return ErrorDetails.builder().member(name, value).build();
  }

  @Test
  void aMissingMemberReadsEmpty() {
    ErrorDetails none = ErrorDetails.empty();

    assertThat(MemberValues.string(none, "m")).isEmpty();
    assertThat(MemberValues.integer(none, "m")).isEmpty();
    assertThat(MemberValues.longInteger(none, "m")).isEmpty();
    assertThat(MemberValues.bool(none, "m")).isEmpty();
    assertThat(MemberValues.decimal(none, "m")).isEmpty();
    assertThat(MemberValues.instant(none, "m")).isEmpty();
    assertThat(MemberValues.offsetDateTime(none, "m")).isEmpty();
    assertThat(MemberValues.uri(none, "m")).isEmpty();
    assertThat(MemberValues.enumValue(none, "m", Reason.class)).isEmpty();
    assertThat(MemberValues.strings(none, "m")).isEmpty();
  }

  @Test
  void eachTypeReadsItsOwnJsonType() {
    assertThat(MemberValues.string(with("m", "text"), "m")).hasValue("text");
    assertThat(MemberValues.integer(with("m", 42), "m").getAsInt()).isEqualTo(42);
    assertThat(MemberValues.longInteger(with("m", 1L << 40), "m").getAsLong()).isEqualTo(1L << 40);
    assertThat(MemberValues.bool(with("m", false), "m")).hasValue(false);
    assertThat(MemberValues.decimal(with("m", new BigDecimal("12.30")), "m")).hasValue(new BigDecimal("12.30"));
    assertThat(MemberValues.decimal(with("m", 7), "m")).hasValue(BigDecimal.valueOf(7));
    assertThat(MemberValues.instant(with("m", "2026-03-01T10:15:30Z"), "m"))
        .hasValue(Instant.parse("2026-03-01T10:15:30Z"));
    assertThat(MemberValues.instant(with("m", "2026-03-01T11:15:30+01:00"), "m"))
        .hasValue(Instant.parse("2026-03-01T10:15:30Z"));
    assertThat(MemberValues.offsetDateTime(with("m", "2026-03-01T11:15:30+01:00"), "m"))
        .hasValue(OffsetDateTime.of(2026, 3, 1, 11, 15, 30, 0, ZoneOffset.ofHours(1)));
    assertThat(MemberValues.uri(with("m", "https://example.com/a"), "m")).hasValue(URI.create("https://example.com/a"));
    assertThat(MemberValues.enumValue(with("m", "STOLEN"), "m", Reason.class)).hasValue(Reason.STOLEN);
  }

  @Test
  void anotherJsonTypeReadsEmpty() {
    assertThat(MemberValues.string(with("m", 1), "m")).isEmpty();
    assertThat(MemberValues.integer(with("m", "1"), "m")).isEmpty();
    assertThat(MemberValues.bool(with("m", "true"), "m")).isEmpty();
    assertThat(MemberValues.decimal(with("m", "1.5"), "m")).isEmpty();
    assertThat(MemberValues.instant(with("m", 1_700_000_000L), "m")).isEmpty();
    assertThat(MemberValues.uri(with("m", List.of("https://example.com")), "m")).isEmpty();
    assertThat(MemberValues.enumValue(with("m", 0), "m", Reason.class)).isEmpty();
  }

  @Test
  void aValueTheTypeCannotHoldReadsEmpty() {
    assertThat(MemberValues.integer(with("m", 1L << 40), "m")).isEmpty();
    assertThat(MemberValues.integer(with("m", new BigDecimal("1.5")), "m")).isEmpty();
    assertThat(MemberValues.longInteger(with("m", new BigInteger("99999999999999999999")), "m")).isEmpty();
    assertThat(MemberValues.longInteger(with("m", new BigDecimal("1e400")), "m")).isEmpty();
    assertThat(MemberValues.instant(with("m", "yesterday"), "m")).isEmpty();
    assertThat(MemberValues.offsetDateTime(with("m", "2026-13-01T00:00:00Z"), "m")).isEmpty();
    assertThat(MemberValues.uri(with("m", "a b"), "m")).isEmpty();
    assertThat(MemberValues.enumValue(with("m", "LOST"), "m", Reason.class)).isEmpty();
    assertThat(MemberValues.enumValue(with("m", "stolen"), "m", Reason.class)).isEmpty();
  }

  @Test
  void aWholeNumberWithAZeroFractionIsAnInteger() {
    assertThat(MemberValues.integer(with("m", new BigDecimal("3.0")), "m").getAsInt()).isEqualTo(3);
    assertThat(MemberValues.integer(with("m", (long) Integer.MIN_VALUE), "m").getAsInt()).isEqualTo(Integer.MIN_VALUE);
    assertThat(MemberValues.integer(with("m", Integer.MAX_VALUE + 1L), "m")).isEmpty();
  }

  @Test
  void aListDropsTheElementsThatDoNotReadAndKeepsTheOthers() {
    ErrorDetails details = with("m", List.of("https://a.example", 3, "not a uri", "https://b.example"));

    assertThat(MemberValues.uris(details, "m"))
        .containsExactly(URI.create("https://a.example"), URI.create("https://b.example")).inOrder();
    assertThat(MemberValues.integers(with("m", List.of(1, 1L << 40, 2)), "m")).containsExactly(1, 2).inOrder();
    assertThat(MemberValues.longIntegers(with("m", List.of(1L << 40, "x")), "m")).containsExactly(1L << 40);
    assertThat(MemberValues.bools(with("m", List.of(true, "false")), "m")).containsExactly(true);
    assertThat(MemberValues.decimals(with("m", List.of(1, new BigDecimal("0.5"))), "m"))
        .containsExactly(BigDecimal.ONE, new BigDecimal("0.5")).inOrder();
    assertThat(MemberValues.instants(with("m", List.of("2026-01-01T00:00:00Z", "no")), "m"))
        .containsExactly(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(MemberValues.offsetDateTimes(with("m", List.of("2026-01-01T00:00:00+02:00")), "m"))
        .containsExactly(OffsetDateTime.parse("2026-01-01T00:00:00+02:00"));
    assertThat(MemberValues.enumValues(with("m", List.of("EXPIRED", "LOST")), "m", Reason.class))
        .containsExactly(Reason.EXPIRED);
    assertThat(MemberValues.strings(with("m", List.of("a", true)), "m")).containsExactly("a");
  }

  @Test
  void aMemberThatIsNoListReadsAsTheEmptyList() {
    assertThat(MemberValues.strings(with("m", "a"), "m")).isEmpty();
  }

  @Test
  void jsonFormOfJavaValues() {
    assertThat(MemberValues.json(Instant.parse("2026-03-01T10:15:00Z"))).isEqualTo("2026-03-01T10:15:00Z");
    assertThat(MemberValues.json(OffsetDateTime.of(2026, 3, 1, 11, 15, 0, 0, ZoneOffset.ofHours(1))))
        .isEqualTo("2026-03-01T11:15:00+01:00");
    assertThat(MemberValues.json(URI.create("https://example.com"))).isEqualTo("https://example.com");
    assertThat(MemberValues.json(Reason.EXPIRED)).isEqualTo("EXPIRED");
    assertThat(MemberValues.json(3)).isEqualTo(3);
    assertThat(MemberValues.json(null)).isNull();
    assertThat(MemberValues.json(Arrays.asList(Reason.STOLEN, null, Reason.EXPIRED)))
        .isEqualTo(List.of("STOLEN", "EXPIRED"));
  }

  @Test
  void whatIsRaisedReadsBackAsItWas() {
    OffsetDateTime at = OffsetDateTime.of(2026, 3, 1, 11, 15, 0, 5_000_000, ZoneOffset.ofHours(-5));
    Instant reset = Instant.parse("2026-03-01T10:15:00.123Z");
    ErrorDetails details = ErrorDetails.builder()
        .members(Map.of("at", MemberValues.json(at), "reset", MemberValues.json(reset))).build();

    assertThat(MemberValues.offsetDateTime(details, "at")).hasValue(at);
    assertThat(MemberValues.instant(details, "reset")).hasValue(reset);
  }
}
