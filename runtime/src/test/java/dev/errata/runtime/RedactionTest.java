package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.CatalogException;
import dev.errata.runtime.fixture.TestBodies;
import dev.errata.runtime.fixture.TestCatalogs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No credential a response carries may show up anywhere an error goes. */
class RedactionTest {

  private static final Map<String, String> SECRETS = new LinkedHashMap<>();

  static {
    SECRETS.put("Authorization", "Bearer sk_live_secret_0001");
    SECRETS.put("proxy-authorization", "Basic c2VjcmV0XzAwMDI=");
    SECRETS.put("Cookie", "sid=secret_0003");
    SECRETS.put("Set-Cookie", "sid=secret_0004; HttpOnly");
    SECRETS.put("X-Api-Key", "secret_0005");
    SECRETS.put("api-key", "secret_0006");
    SECRETS.put("X-Auth-Token", "secret_0007");
    SECRETS.put("X-Amz-Security-Token", "secret_0008");
    SECRETS.put("X-Session-Id", "secret_0009");
    SECRETS.put("X-Client-Secret", "secret_0010");
    SECRETS.put("X-Goog-Api-Key", "secret_0011");
    SECRETS.put("X-Webhook-Signature", "secret_0012");
    SECRETS.put("X-Internal-Route", "secret_0013"); // only redacted because the builder names it
  }

  private static Map<String, List<String>> headers() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    SECRETS.forEach((name, value) -> headers.put(name, List.of(value)));
    headers.put("Content-Type", List.of("application/problem+json"));
    headers.put("WWW-Authenticate", List.of("Bearer error=\"invalid_token\""));
    headers.put("X-Request-Id", List.of("req_visible_1"));
    return headers;
  }

  @Test
  void noCredentialReachesAnythingAnErrorShows() throws Exception {
    ErrorDecoder decoder =
        ErrorDecoder.builder(TestCatalogs.PLATFORM).redactHeaders("x-internal-route").build();

    CatalogException e = decoder.decode(409, headers(), TestBodies.read("problem.json"));

    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    String problem = new String(ProblemRenderer.render(e).body(), StandardCharsets.UTF_8);
    String serialized = serialize(e);
    for (String shown : List.of(e.getMessage(), e.toString(), e.details().toString(),
        e.details().headers().toString(), trace.toString(), problem, serialized)) {
      for (String secret : SECRETS.values()) {
        assertThat(shown).doesNotContain(secret);
      }
    }
    for (String name : SECRETS.keySet()) {
      assertThat(e.details().headers().get(name)).containsExactly(HeaderRedactor.REDACTED);
    }
    assertThat(e.details().header("www-authenticate")).hasValue("Bearer error=\"invalid_token\"");
    assertThat(e.details().header("content-type")).hasValue("application/problem+json");
    assertThat(e.details().requestId()).hasValue("req_visible_1");
    assertThat(problem).doesNotContain("req_visible_1");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "authorization", "AUTHORIZATION", "Proxy-Authorization", "cookie", "set-cookie", "X-API-KEY",
    "x-apikey", "X-Api_Key", "x-access-token", "X-Refresh-Token", "x-csrf-token", "client-secret",
    "X-Password", "x-passwd", "JSESSIONID", "X-Credentials", "X-Hub-Signature-256", "X-Auth-User",
    "Authentication-Info", "x-amz-security-token", "aws-access-key"
  })
  void sensitiveNamesAreRecognized(String name) {
    assertThat(HeaderRedactor.standard().isSensitive(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Content-Type", "X-Request-Id", "Retry-After", "WWW-Authenticate", "proxy-authenticate",
    "X-RateLimit-Remaining", "Location", "ETag", "traceparent"
  })
  void ordinaryNamesAreKept(String name) {
    assertThat(HeaderRedactor.standard().isSensitive(name)).isFalse();
  }

  @Test
  void redactCopiesOnlyWhenNeeded() {
    Map<String, List<String>> clean = Map.of("Content-Type", List.of("text/plain"));

    assertThat(HeaderRedactor.standard().redact(clean)).isSameInstanceAs(clean);
    assertThat(HeaderRedactor.standard().redact(Map.of("Cookie", List.of("a=b"))))
        .containsExactly("Cookie", List.of(HeaderRedactor.REDACTED));
    assertThat(HeaderRedactor.withNames(List.of("X-Tenant")).isSensitive("x-tenant")).isTrue();
    assertThat(HeaderRedactor.withNames(List.of(" x-tenant ")).isSensitive("X-TENANT")).isTrue();
    assertThat(HeaderRedactor.withNames(List.of("X-Tenant")).isSensitive("X-Tenant-Id")).isFalse();
    assertThat(HeaderRedactor.standard().isSensitive(null)).isFalse();
  }

  private static String serialize(Object o) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isInstanceOf(CatalogException.class);
    }
    return bytes.toString(StandardCharsets.ISO_8859_1);
  }
}
