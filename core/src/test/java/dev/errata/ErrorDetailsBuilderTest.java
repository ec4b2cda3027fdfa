package dev.errata;

import static com.google.common.truth.Truth.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What goes into {@link ErrorDetails.Builder} comes out of {@link ErrorDetails}. */
class ErrorDetailsBuilderTest {

  private static final ReportedError BLANK = new ReportedError("NotBlank", "must not be blank", "email");
  private static final ReportedError RANGE = new ReportedError("Range", "must be at most 10", "quantity");

  @Test
  void everythingGivenIsReadBack() {
    ErrorDetails details = ErrorDetails.builder()
        .status(429).code("RATE_LIMITED").message("slow down").requestId("r1").retryAfter(Duration.ofSeconds(2))
        .retryable(false).type("https://example.com/rate").instance("/bots/1").addError(BLANK)
        .headers(Map.of("Retry-After", List.of("2"))).body("{\"code\":\"RATE_LIMITED\"}", true).build();

    assertThat(details.status()).isEqualTo(429);
    assertThat(details.code()).hasValue("RATE_LIMITED");
    assertThat(details.message()).hasValue("slow down");
    assertThat(details.requestId()).hasValue("r1");
    assertThat(details.retryAfter()).hasValue(Duration.ofSeconds(2));
    assertThat(details.retryable()).hasValue(false);
    assertThat(details.type()).hasValue("https://example.com/rate");
    assertThat(details.instance()).hasValue("/bots/1");
    assertThat(details.errors()).containsExactly(BLANK);
    assertThat(details.header("retry-after")).hasValue("2");
    assertThat(details.body()).hasValue("{\"code\":\"RATE_LIMITED\"}");
    assertThat(details.bodyTruncated()).isTrue();
  }

  @Test
  void errorsReplacesThoseAddedBefore() {
    ErrorDetails details = ErrorDetails.builder().addError(BLANK).errors(List.of(RANGE, BLANK)).build();

    assertThat(details.errors()).containsExactly(RANGE, BLANK).inOrder();
  }

  @Test
  void onlyABodyCanBeTruncated() {
    assertThat(ErrorDetails.builder().body("{}", false).build().bodyTruncated()).isFalse();
    assertThat(ErrorDetails.builder().body(null, true).build().bodyTruncated()).isFalse();
    assertThat(ErrorDetails.builder().body("{}", true).body(null, true).build().bodyTruncated()).isFalse();
  }

  @Test
  void detailsAreEqualOnlyToDetailsThatSayTheSame() {
    ErrorDetails details = ErrorDetails.builder().status(404).code("NotFound").build();

    assertThat(details.equals(details)).isTrue();
    assertThat(details.equals(ErrorDetails.builder().status(404).code("NotFound").build())).isTrue();
    assertThat(details.equals(ErrorDetails.builder().status(404).code("Gone").build())).isFalse();
    assertThat(details.equals(null)).isFalse();
    assertThat(details.equals("ErrorDetails{status=404, code=NotFound}")).isFalse();
  }
}
