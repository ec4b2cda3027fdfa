package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.runtime.fixture.TestCatalogs;
import org.junit.jupiter.api.Test;

/** What a {@link ClientPolicy} decides from the status line and the content type alone. */
class ClientPolicyTest {

  private static final ErrorDecoder DECODER = ErrorDecoder.builder(TestCatalogs.PLATFORM).maxReadBytes(4096).build();
  private static final ClientPolicy DEFAULTS = ClientPolicy.of(DECODER);
  private static final ClientPolicy GRAPHQL = ClientPolicy.builder(DECODER).graphQl(true).maxGraphQlBytes(2048).build();

  @Test
  void theDefaultsLetNothingPassReadNoSuccessAndNeverRetry() {
    assertThat(DEFAULTS.decoder()).isSameInstanceAs(DECODER);
    assertThat(DEFAULTS.passThrough()).isEqualTo(PassThrough.none());
    assertThat(DEFAULTS.graphQl()).isFalse();
    assertThat(DEFAULTS.maxGraphQlBytes()).isEqualTo(ClientPolicy.DEFAULT_MAX_GRAPHQL_BYTES);
    assertThat(DEFAULTS.retries()).isFalse();
    assertThat(DEFAULTS.retry().maxAttempts()).isEqualTo(1);
    assertThat(DEFAULTS.needsInterception()).isFalse();
  }

  @Test
  void aCopyThroughTheBuilderKeepsEverything() {
    ClientPolicy policy = ClientPolicy.builder(DECODER).passThrough(PassThrough.codes("CardDeclined")).graphQl(true)
        .maxGraphQlBytes(4096).retry(RetryAdvisor.defaults()).build();

    ClientPolicy copy = policy.toBuilder().build();

    assertThat(copy.decoder()).isSameInstanceAs(DECODER);
    assertThat(copy.passThrough()).isEqualTo(PassThrough.codes("CardDeclined"));
    assertThat(copy.graphQl()).isTrue();
    assertThat(copy.maxGraphQlBytes()).isEqualTo(4096);
    assertThat(copy.retry()).isSameInstanceAs(policy.retry());
    assertThat(policy.toBuilder().graphQl(false).build().graphQl()).isFalse();
  }

  @Test
  void theGraphQlCapIsAtLeastOneKibibyte() {
    assertThat(ClientPolicy.builder(DECODER).maxGraphQlBytes(1024).build().maxGraphQlBytes()).isEqualTo(1024);
    assertThrows(IllegalArgumentException.class, () -> ClientPolicy.builder(DECODER).maxGraphQlBytes(1023));
  }

  @Test
  void aClientInterceptsOnlyToRetryToReadABodyTwiceOrToFailASuccess() {
    assertThat(DEFAULTS.toBuilder().retry(RetryAdvisor.defaults()).build().needsInterception()).isTrue();
    assertThat(DEFAULTS.toBuilder().graphQl(true).build().needsInterception()).isTrue();
    assertThat(DEFAULTS.toBuilder().passThrough(PassThrough.codes("CardDeclined")).build().needsInterception()).isTrue();
    assertThat(DEFAULTS.toBuilder().passThrough(PassThrough.statuses(404)).build().needsInterception()).isFalse();
  }

  @Test
  void every4xxAnd5xxIsAnErrorUnlessItsStatusPasses() {
    ClientPolicy policy = DEFAULTS.toBuilder().passThrough(PassThrough.statuses(404)).build();

    assertThat(policy.isError(399)).isFalse();
    assertThat(policy.isError(400)).isTrue();
    assertThat(policy.isError(599)).isTrue();
    assertThat(policy.isError(600)).isFalse();
    assertThat(policy.isError(404)).isFalse();
  }

  @Test
  void aSuccessIsLookedIntoOnlyInGraphQlMode() {
    assertThat(DEFAULTS.looksInto(200)).isFalse();
    assertThat(DEFAULTS.looksInto(400)).isTrue();
    assertThat(DEFAULTS.looksInto(599)).isTrue();
    assertThat(DEFAULTS.looksInto(399)).isFalse();
    assertThat(DEFAULTS.looksInto(600)).isFalse();
    assertThat(GRAPHQL.looksInto(199)).isFalse();
    assertThat(GRAPHQL.looksInto(200)).isTrue();
    assertThat(GRAPHQL.looksInto(299)).isTrue();
    assertThat(GRAPHQL.looksInto(300)).isFalse();
  }

  @Test
  void onlyA2xxLabelledJsonHasItsBodyCheckedAndOnlyInGraphQlMode() {
    assertThat(GRAPHQL.checksBody(200, "application/json")).isTrue();
    assertThat(GRAPHQL.checksBody(299, "application/graphql-response+json; charset=utf-8")).isTrue();
    assertThat(GRAPHQL.checksBody(200, "application/problem+json")).isTrue();
    assertThat(GRAPHQL.checksBody(200, "application/vnd.api+json")).isTrue();
    assertThat(GRAPHQL.checksBody(200, "application/octet-stream")).isFalse();
    assertThat(GRAPHQL.checksBody(200, "text/html")).isFalse();
    assertThat(GRAPHQL.checksBody(200, null)).isFalse();
    assertThat(GRAPHQL.checksBody(199, "application/json")).isFalse();
    assertThat(GRAPHQL.checksBody(300, "application/json")).isFalse();
    assertThat(DEFAULTS.checksBody(200, "application/json")).isFalse();
  }

  @Test
  void theReadLimitIsOneByteMoreThanTheCapOfWhatIsRead() {
    assertThat(DEFAULTS.readLimit(500, "text/html")).isEqualTo(4097);
    assertThat(GRAPHQL.readLimit(200, "application/json")).isEqualTo(2049);
    assertThat(GRAPHQL.readLimit(200, "text/html")).isEqualTo(0);
    assertThat(DEFAULTS.readLimit(200, "application/json")).isEqualTo(0);
    assertThat(DEFAULTS.toBuilder().passThrough(PassThrough.statuses(404)).build().readLimit(404, "application/json"))
        .isEqualTo(0);
  }
}
