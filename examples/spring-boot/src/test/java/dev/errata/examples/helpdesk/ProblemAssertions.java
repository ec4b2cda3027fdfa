package dev.errata.examples.helpdesk;

import static com.google.common.truth.Truth.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Assertions on the helpdesk's answers over real HTTP. */
final class ProblemAssertions {

  private ProblemAssertions() {}

  /** Asserts the helpdesk's own problem details for {@code code}, about the request's path. */
  static JsonNode assertHelpdeskError(HttpResponse<String> response, int status, String code, String detail) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = RunningHelpdesk.json(response);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("type").asString()).isEqualTo("https://helpdesk.example.com/errors/" + code);
    assertThat(problem.get("code").asString()).isEqualTo(code);
    assertThat(problem.get("detail").asString()).isEqualTo(detail);
    assertThat(problem.get("instance").asString()).isEqualTo(response.request().uri().getPath());
    return problem;
  }

  /** Asserts the 502 that says nothing of the upstream's error. */
  static JsonNode assertBadGateway(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = RunningHelpdesk.json(response);
    assertThat(problem.get("status").asInt()).isEqualTo(502);
    assertThat(problem.get("code").asString()).isEqualTo("BAD_GATEWAY");
    assertThat(problem.get("instance").asString()).isEqualTo(response.request().uri().getPath());
    return problem;
  }

  /** Asserts that no header or body of {@code response} holds any of {@code secrets}. */
  static void assertTellsNone(HttpResponse<String> response, List<String> secrets) {
    String everything = response.headers().map() + "\n" + response.body();
    for (String secret : secrets) {
      assertThat(everything).doesNotContain(secret);
    }
  }

  /** The texts of a JSON array of strings. */
  static List<String> texts(JsonNode array) {
    return array.valueStream().map(JsonNode::asString).toList();
  }

  /** Each entry of a problem's {@code errors} as its path, a space and its code, such as {@code "replyTo Email"}. */
  static List<String> pathsAndCodes(JsonNode errors) {
    return errors.valueStream().map(error -> error.get("path").asString() + " " + error.get("code").asString()).toList();
  }
}
