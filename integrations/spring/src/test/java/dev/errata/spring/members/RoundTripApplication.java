package dev.errata.spring.members;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A Boot service whose handler raises an error with a member of every type. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(RoundTripApplication.ValuesController.class)
public class RoundTripApplication {

  /** What the handler raises, and what every client must read back. */
  static final RoundTripError.Values VALUES = new RoundTripError.Values(
      "naïve ✓ \"quoted\"",
      -42,
      Integer.MAX_VALUE,
      1L << 40,
      Long.MIN_VALUE,
      true,
      false,
      new BigDecimal("12345678901234567890.125"),
      Instant.parse("2026-03-01T10:15:30.123456789Z"),
      OffsetDateTime.of(2026, 3, 1, 11, 15, 30, 0, ZoneOffset.ofHoursMinutes(5, 30)),
      URI.create("https://docs.example.com/a%20b?x=1#frag"),
      RoundTripError.Stage.SHIPPED,
      List.of("a", "", "c"),
      List.of(1, -2, 3),
      List.of(1L << 40, 0L),
      List.of(false, true),
      List.of(new BigDecimal("0.10"), BigDecimal.ONE),
      List.of(Instant.parse("2026-01-01T00:00:00Z"), Instant.EPOCH),
      List.of(OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-8))),
      List.of(URI.create("https://a.example"), URI.create("/relative/path")),
      List.of(RoundTripError.Stage.PACKED, RoundTripError.Stage.SHIPPED),
      "insufficient_funds");

  /** The handler. */
  @RestController
  static class ValuesController {

    @GetMapping("/values")
    String values() {
      throw new ValuesRejectedException("Refused.", VALUES);
    }
  }
}
