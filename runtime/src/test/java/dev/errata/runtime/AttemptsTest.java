package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.CatalogException;
import dev.errata.runtime.fixture.TestCatalogs;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One call's attempts, counted against the policy's retry advisor. */
class AttemptsTest {

  private static final ErrorDecoder DECODER = ErrorDecoder.builder(TestCatalogs.PLATFORM).build();
  private static final CatalogException UNAVAILABLE = DECODER.decode(503, Map.of(), null);
  private static final CatalogException NOT_FOUND = DECODER.decode(404, Map.of(), null);

  private static Attempts attempts(int maxAttempts) {
    RetryAdvisor advisor = RetryAdvisor.builder().maxAttempts(maxAttempts).baseDelay(Duration.ofMillis(1)).build();
    return ClientPolicy.builder(DECODER).retry(advisor).build().attempts(RequestView.of("GET"));
  }

  @Test
  void theFirstAttemptIsMadeAndEachRetryCountsAnother() {
    Attempts attempts = attempts(3);

    assertThat(attempts.made()).isEqualTo(1);
    assertThat(attempts.next(UNAVAILABLE).retry()).isTrue();
    assertThat(attempts.made()).isEqualTo(2);
    assertThat(attempts.next(UNAVAILABLE).retry()).isTrue();
    assertThat(attempts.made()).isEqualTo(3);
    assertThat(attempts.next(UNAVAILABLE).retry()).isFalse();
    assertThat(attempts.made()).isEqualTo(3);
  }

  @Test
  void adviceNotToRetryCountsNothing() {
    Attempts attempts = attempts(3);

    assertThat(attempts.next(NOT_FOUND).retry()).isFalse();
    assertThat(attempts.made()).isEqualTo(1);
  }

  @Test
  void withoutRetriesTheFirstFailureIsTheLast() {
    Attempts attempts = ClientPolicy.of(DECODER).attempts(RequestView.of("GET"));

    assertThat(attempts.next(UNAVAILABLE).retry()).isFalse();
    assertThat(attempts.made()).isEqualTo(1);
  }
}
