package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.ErrorDetails;
import dev.errata.http.NotFoundException;
import dev.errata.http.TooManyRequestsException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A rendered problem response is an immutable value. */
class ProblemResponseTest {

  private static ProblemResponse limited(Duration wait) {
    return ProblemRenderer.render(new TooManyRequestsException(ErrorDetails.builder().retryAfter(wait).build()));
  }

  @Test
  void itsBodyLengthIsTheLengthOfItsBody() {
    ProblemResponse problem = ProblemRenderer.render(new NotFoundException("Order 42 does not exist."));

    assertThat(problem.bodyLength()).isEqualTo(problem.body().length);
    assertThat(problem.bodyLength()).isGreaterThan(0);
  }

  @Test
  void itsBodyCannotBeChangedThroughWhatItHandsOut() {
    ProblemResponse problem = ProblemRenderer.render(new NotFoundException("Order 42 does not exist."));
    byte[] body = problem.body();

    body[0] = 'X';

    assertThat(problem.body()[0]).isEqualTo((byte) '{');
  }

  @Test
  void responsesThatSendTheSameAreEqual() {
    ProblemResponse one = limited(Duration.ofSeconds(7));
    ProblemResponse same = limited(Duration.ofSeconds(7));

    assertThat(one).isEqualTo(same);
    assertThat(one.hashCode()).isEqualTo(same.hashCode());
    assertThat(one).isNotEqualTo(limited(Duration.ofSeconds(8)));
    assertThat(one).isNotEqualTo(ProblemRenderer.render(new NotFoundException("Order 42 does not exist.")));
    assertThat(one.equals(null)).isFalse();
    assertThat(one.equals(new String(one.body(), StandardCharsets.UTF_8))).isFalse();
  }
}
