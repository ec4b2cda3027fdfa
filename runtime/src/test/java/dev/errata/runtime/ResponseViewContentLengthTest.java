package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The stated length of a response: a plain decimal Content-Length, else unknown (-1). */
class ResponseViewContentLengthTest {

  private static long stated(String contentLength) {
    return ResponseView.of(502, Map.of("content-length", List.of(contentLength)), new ByteArrayInputStream(new byte[0]))
        .contentLength();
  }

  @Test
  void aDecimalLengthIsRead() {
    assertThat(stated("0")).isEqualTo(0);
    assertThat(stated("9")).isEqualTo(9);
    assertThat(stated("1024")).isEqualTo(1024);
    assertThat(stated(" 350 ")).isEqualTo(350);
    assertThat(stated("999999999999999999")).isEqualTo(999_999_999_999_999_999L);
  }

  @Test
  void anythingElseIsUnknown() {
    assertThat(stated("")).isEqualTo(-1);
    assertThat(stated("  ")).isEqualTo(-1);
    assertThat(stated("-1")).isEqualTo(-1);
    assertThat(stated("+5")).isEqualTo(-1);
    assertThat(stated("12a")).isEqualTo(-1);
    assertThat(stated("1/2")).isEqualTo(-1);
    assertThat(stated("4:")).isEqualTo(-1);
    assertThat(stated("1e3")).isEqualTo(-1);
    assertThat(stated("1000000000000000000")).isEqualTo(-1);
  }

  @Test
  void theHeaderIsFoundInAnyCase() {
    for (String name : List.of("Content-Length", "CONTENT-LENGTH", "content-length")) {
      assertThat(ResponseView.of(502, Map.of(name, List.of("12")), new ByteArrayInputStream(new byte[0])).contentLength())
          .isEqualTo(12);
    }
  }

  @Test
  void noContentLengthIsUnknown() {
    assertThat(ResponseView.of(502, Map.of(), new ByteArrayInputStream(new byte[0])).contentLength()).isEqualTo(-1);
    assertThat(ResponseView.of(502, null, new ByteArrayInputStream(new byte[0])).contentLength()).isEqualTo(-1);
  }

  @Test
  void aBodyInMemoryStatesItsOwnLength() {
    assertThat(ResponseView.of(502, Map.of("Content-Length", List.of("99")), new byte[7]).contentLength()).isEqualTo(7);
  }
}
