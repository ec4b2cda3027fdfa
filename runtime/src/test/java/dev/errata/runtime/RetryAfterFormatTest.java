package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryAfterFormatTest {

  @Test
  void formatsWholeSecondsRoundedUp() {
    assertThat(RetryAfter.format(Duration.ofSeconds(7))).isEqualTo("7");
    assertThat(RetryAfter.format(Duration.ofMillis(1500))).isEqualTo("2");
    assertThat(RetryAfter.format(Duration.ofNanos(1))).isEqualTo("1");
    assertThat(RetryAfter.format(Duration.ZERO)).isEqualTo("0");
    assertThat(RetryAfter.format(Duration.ofSeconds(-3))).isEqualTo("0");
  }

  @Test
  void whatItFormatsParsesBack() {
    assertThat(RetryAfter.parse(RetryAfter.format(Duration.ofSeconds(120)), Clock.systemUTC()))
        .hasValue(Duration.ofSeconds(120));
  }
}
