package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.http.InternalServerErrorException;
import dev.errata.runtime.fixture.TestCatalogs;
import dev.errata.runtime.fixture.platform.RelationConflictException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ClientPolicy#judge}: the verdict on a response, and the body it still owes the caller. */
class ClientPolicyJudgeTest {

  private static final ErrorDecoder DECODER = ErrorDecoder.builder(TestCatalogs.PLATFORM).maxReadBytes(4096).build();
  private static final ClientPolicy DEFAULTS = ClientPolicy.of(DECODER);
  private static final ClientPolicy GRAPHQL = ClientPolicy.builder(DECODER).graphQl(true).maxGraphQlBytes(2048).build();

  private static final String CONFLICT = "{\"code\":\"RelationConflict\",\"message\":\"bot b1 belongs to ws 2\"}";
  private static final String GRAPHQL_ERRORS = "{\"errors\":[{\"message\":\"no\",\"extensions\":{\"code\":\"RelationConflict\"}}]}";

  private static ResponseView json(int status, String body) {
    return ResponseView.of(status, Map.of("Content-Type", List.of("application/json")), body.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void anErrorResponseFailsWithTheCatalogsExceptionAndStillHasItsBody() throws IOException {
    Verdict verdict = DEFAULTS.judge(json(409, CONFLICT));

    assertThat(verdict.passed()).isFalse();
    assertThat(verdict.error()).isInstanceOf(RelationConflictException.class);
    assertThat(verdict.error().details().message()).hasValue("bot b1 belongs to ws 2");
    assertThat(verdict.bodyRead()).isTrue();
    assertThat(text(verdict.body())).isEqualTo(CONFLICT);
  }

  @Test
  void anErrorResponseWithoutABodyFailsByItsStatus() throws IOException {
    Verdict verdict = DEFAULTS.judge(ResponseView.of(500, null, (byte[]) null));

    assertThat(verdict.error()).isInstanceOf(InternalServerErrorException.class);
    assertThat(verdict.bodyRead()).isTrue();
    assertThat(text(verdict.body())).isEmpty();
  }

  @Test
  void aCodeThatPassesHandsTheWholeBodyOnReadPartAndUnreadRest() throws IOException {
    ClientPolicy policy = DEFAULTS.toBuilder().passThrough(PassThrough.codes("RelationConflict")).build();
    String body = CONFLICT + " ".repeat(10_000);

    Verdict verdict = policy.judge(ResponseView.of(409, null, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));

    assertThat(verdict.passed()).isTrue();
    assertThat(verdict.error()).isNull();
    assertThat(verdict.bodyRead()).isTrue();
    assertThat(text(verdict.body())).isEqualTo(body);
  }

  @Test
  void aResponsePassesByTheCatalogCodeItDecodesToAsWellAsByItsWireCode() throws IOException {
    String declined = "{\"code\":\"CardDeclined\"}";

    assertThat(DEFAULTS.toBuilder().passThrough(PassThrough.codes("CONFLICT")).build().judge(json(409, declined)).passed())
        .isTrue();
    assertThat(DEFAULTS.toBuilder().passThrough(PassThrough.codes("CardDeclined")).build().judge(json(409, declined))
        .passed()).isTrue();
    assertThat(DEFAULTS.toBuilder().passThrough(PassThrough.codes("GONE")).build().judge(json(409, declined)).passed())
        .isFalse();
  }

  @Test
  void aStatusThatPassesIsLeftUnread() throws IOException {
    ClientPolicy policy = DEFAULTS.toBuilder().passThrough(PassThrough.statuses(409)).build();
    ByteArrayInputStream body = new ByteArrayInputStream(CONFLICT.getBytes(StandardCharsets.UTF_8));

    Verdict verdict = policy.judge(ResponseView.of(409, null, body));

    assertThat(verdict.passed()).isTrue();
    assertThat(verdict.bodyRead()).isFalse();
    assertThat(verdict.body()).isNull();
    assertThat(body.available()).isEqualTo(CONFLICT.length());
  }

  @Test
  void aSuccessIsLeftUnreadOutsideGraphQlMode() throws IOException {
    ByteArrayInputStream body = new ByteArrayInputStream(GRAPHQL_ERRORS.getBytes(StandardCharsets.UTF_8));

    Verdict verdict = DEFAULTS.judge(ResponseView.of(200, Map.of("Content-Type", List.of("application/json")), body));

    assertThat(verdict.passed()).isTrue();
    assertThat(verdict.bodyRead()).isFalse();
    assertThat(body.available()).isEqualTo(GRAPHQL_ERRORS.length());
  }

  @Test
  void inGraphQlModeASuccessWithErrorsFails() throws IOException {
    Verdict verdict = GRAPHQL.judge(json(200, GRAPHQL_ERRORS));

    assertThat(verdict.passed()).isFalse();
    assertThat(verdict.error()).isInstanceOf(RelationConflictException.class);
    assertThat(text(verdict.body())).isEqualTo(GRAPHQL_ERRORS);
  }

  @Test
  void inGraphQlModeASuccessWithoutErrorsPassesWithItsWholeBody() throws IOException {
    String data = "{\"data\":{\"bot\":{\"name\":\"" + "b".repeat(5000) + "\"}}}";

    Verdict verdict = GRAPHQL.judge(json(200, data));

    assertThat(verdict.passed()).isTrue();
    assertThat(verdict.bodyRead()).isTrue();
    assertThat(text(verdict.body())).isEqualTo(data);
  }

  @Test
  void judgeReadsNoMoreThanTheReadLimit() {
    CountingStream errorBody = new CountingStream();
    DEFAULTS.judge(ResponseView.of(500, null, errorBody));
    CountingStream graphQlBody = new CountingStream();
    GRAPHQL.judge(ResponseView.of(200, Map.of("Content-Type", List.of("application/json")), graphQlBody));

    assertThat(errorBody.read).isEqualTo(DEFAULTS.readLimit(500, null));
    assertThat(graphQlBody.read).isEqualTo(GRAPHQL.readLimit(200, "application/json"));
  }

  /** An endless body of spaces that counts what was read of it. */
  private static final class CountingStream extends InputStream {
    long read;

    @Override
    public int read() {
      read++;
      return ' ';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      Arrays.fill(b, off, off + len, (byte) ' ');
      read += len;
      return len;
    }
  }
}
