package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.runtime.HeaderNames.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A decoder's header names: classified once per spelling, under that decoder's redaction rule. */
class HeaderNamesTest {

  @Test
  void aNameSeenAgainHasTheKindItHadInEverySpelling() {
    HeaderNames names = new HeaderNames(HeaderRedactor.standard());

    for (int round = 0; round < 2; round++) {
      for (String spelling : List.of("Retry-After", "retry-after", "RETRY-AFTER")) {
        assertThat(names.kindOf(spelling).role()).isEqualTo(Role.RETRY_AFTER);
      }
      assertThat(names.kindOf("Authorization").role()).isEqualTo(Role.SENSITIVE);
      assertThat(names.kindOf("X-Request-Id").role()).isEqualTo(Role.REQUEST_ID);
      assertThat(names.kindOf("Vary").role()).isEqualTo(Role.OTHER);
    }
  }

  @Test
  void eachDecoderRemembersUnderItsOwnRule() {
    HeaderNames standard = new HeaderNames(HeaderRedactor.standard());
    HeaderNames internal = new HeaderNames(HeaderRedactor.withNames(List.of("X-Internal-Route")));

    assertThat(standard.kindOf("X-Internal-Route").role()).isEqualTo(Role.OTHER);
    assertThat(internal.kindOf("X-Internal-Route").role()).isEqualTo(Role.SENSITIVE);
    assertThat(standard.kindOf("X-Internal-Route").role()).isEqualTo(Role.OTHER);
  }

  @Test
  void namesPastTheMemoryAreStillClassified() {
    HeaderNames names = new HeaderNames(HeaderRedactor.standard());
    for (int i = 0; i < HeaderNames.MAX_REMEMBERED + 10; i++) {
      assertThat(names.kindOf("X-Noise-" + i).role()).isEqualTo(Role.OTHER);
    }

    assertThat(names.kindOf("X-Auth-Token").role()).isEqualTo(Role.SENSITIVE);
    assertThat(names.kindOf("x-auth-token").role()).isEqualTo(Role.SENSITIVE);
    assertThat(names.kindOf("Content-Encoding").role()).isEqualTo(Role.CONTENT_ENCODING);
  }
}
