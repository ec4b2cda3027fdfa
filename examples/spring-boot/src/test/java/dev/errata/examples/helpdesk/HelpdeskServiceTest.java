package dev.errata.examples.helpdesk;

import static com.google.common.truth.Truth.assertThat;
import static dev.errata.examples.helpdesk.ProblemAssertions.assertBadGateway;
import static dev.errata.examples.helpdesk.ProblemAssertions.assertHelpdeskError;
import static dev.errata.examples.helpdesk.ProblemAssertions.assertTellsNone;
import static dev.errata.examples.helpdesk.ProblemAssertions.texts;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.runtime.ErrorDecoder;
import dev.errata.spring.client.ErrataResponseErrorHandler;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** The helpdesk's bots over real HTTP: its own errors, the bot platform's errors, and successes. */
class HelpdeskServiceTest extends RunningHelpdesk {

  @Test
  void ownErrorIsServedAsTheHelpdesksProblemDetails() throws IOException, InterruptedException {
    HttpResponse<String> response = post("/helpdesk/bots/support/questions", "{\"text\":\"  \"}");

    JsonNode problem = assertHelpdeskError(response, 422, "EmptyQuestion", "The question's text is empty.");
    assertThat(problem.get("title").asString()).isEqualTo("Empty Question");
    assertThat(texts(problem.get("remedy"))).containsExactly(
        "Put the question into the text member of the JSON body.", "Send the request again.").inOrder();
    assertThat(problem.get("retryable").asBoolean()).isFalse();
  }

  @Test
  void aClientOfTheHelpdeskDecodesItsErrorBackToTheTypedException() {
    RestClient client = RestClient.builder().baseUrl(helpdesk().toString())
        .apply(ErrataResponseErrorHandler.of(ErrorDecoder.builder(HelpdeskErrorCatalog.INSTANCE).build()))
        .build();

    EmptyQuestionException empty = assertThrows(EmptyQuestionException.class,
        () -> client.post().uri("/helpdesk/bots/support/questions").body(Map.of("text", ""))
            .retrieve().body(String.class));
    assertThat(empty.details().message()).hasValue("The question's text is empty.");
    assertThrows(UnknownBotException.class,
        () -> client.get().uri("/helpdesk/bots/billing").retrieve().body(String.class));
  }

  @Test
  void platformsResourceNotFoundIsTranslatedIntoTheHelpdesksUnknownBot() throws IOException, InterruptedException {
    for (HttpResponse<String> response : List.of(
        get("/helpdesk/bots/billing"), post("/helpdesk/bots/billing/questions", "{\"text\":\"Hello?\"}"))) {
      JsonNode problem = assertHelpdeskError(response, 404, "UnknownBot", "The helpdesk has no bot by this name.");
      assertThat(texts(problem.get("remedy"))).containsExactly(
          "Check the spelling of the bot's name: names are lowercase, such as support.");
      assertThat(response.body()).doesNotContain("ResourceNotFound");
      assertTellsNone(response, BotPlatformFake.SECRETS);
    }
  }

  @Test
  void untranslatedPlatformErrorIsABadGatewayThatTellsNothingOfThePlatformButWhenToRetry()
      throws IOException, InterruptedException {
    HttpResponse<String> response = post("/helpdesk/bots/sales/questions", "{\"text\":\"Can I get a quote?\"}");

    JsonNode problem = assertBadGateway(response);
    // The platform's 429 may succeed later: the 502 says so, with the platform's wait.
    assertThat(problem.get("retryable").asBoolean()).isTrue();
    assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
    // The platform's code, status, message and other headers stay behind.
    assertThat(response.body()).doesNotContain("RateLimited");
    assertThat(response.body()).doesNotContain("429");
    assertThat(response.body()).doesNotContain("600 of 600");
    // Nor its members: what is left of its quota and when it resets are the platform's data.
    assertThat(response.body()).doesNotContain("remaining");
    assertThat(response.body()).doesNotContain("reset_at");
    assertThat(response.headers().map().keySet().stream().map(String::toLowerCase).toList())
        .containsNoneOf("set-cookie", "x-request-id");
    assertTellsNone(response, BotPlatformFake.SECRETS);
  }

  @Test
  void successfulCallsPassThePlatformsAnswersOn() throws IOException, InterruptedException {
    HttpResponse<String> bot = get("/helpdesk/bots/support");
    assertThat(bot.statusCode()).isEqualTo(200);
    assertThat(json(bot).get("id").asString()).isEqualTo("support");
    assertThat(json(bot).get("name").asString()).isEqualTo("Support desk");

    HttpResponse<String> answer = post("/helpdesk/bots/support/questions", "{\"text\":\"When is the desk open?\"}");
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(json(answer).get("bot").asString()).isEqualTo("support");
    assertThat(json(answer).get("text").asString())
        .isEqualTo("The support desk is staffed from 8:00 to 18:00 UTC, Monday to Friday.");
  }
}
