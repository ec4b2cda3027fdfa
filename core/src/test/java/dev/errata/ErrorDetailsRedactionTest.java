package dev.errata;

import static com.google.common.truth.Truth.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ErrorDetails#toString()} hides credentials whoever built the details. */
class ErrorDetailsRedactionTest {

  @Test
  void toStringHidesCredentialHeadersGivenUnredacted() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Authorization", List.of("Bearer sk_live_secret_1"));
    headers.put("set-cookie", List.of("sid=secret_2", "theme=dark"));
    headers.put("X-Api-Key", List.of("secret_3"));
    headers.put("WWW-Authenticate", List.of("Bearer realm=\"api\""));
    headers.put("X-Request-Id", List.of("req_1"));

    String text = ErrorDetails.builder().status(401).headers(headers).build().toString();

    assertThat(text).doesNotContain("secret");
    assertThat(text).contains("Authorization=[[redacted]]");
    assertThat(text).contains("set-cookie=[[redacted]]");
    assertThat(text).contains("WWW-Authenticate=[Bearer realm=\"api\"]");
    assertThat(text).contains("headers={Authorization=[[redacted]], set-cookie=[[redacted]], X-Api-Key=[[redacted]], "
        + "WWW-Authenticate=[Bearer realm=\"api\"], X-Request-Id=[req_1]}");
  }

  @Test
  void theRuleErrsTowardsHiding() {
    for (String name : List.of("Proxy-Authorization", "X-Auth-Token", "Cookie", "X-Session-Id", "X-Client-Secret",
        "X-Hub-Signature-256", "aws-access-key", "X-Password", "X-Credentials")) {
      assertThat(CredentialHeaders.isCredential(name)).isTrue();
    }
    for (String name : List.of("Content-Type", "X-Request-Id", "WWW-Authenticate", "Proxy-Authenticate", "Retry-After")) {
      assertThat(CredentialHeaders.isCredential(name)).isFalse();
    }
    assertThat(CredentialHeaders.isCredential(null)).isFalse();
  }
}
