package dev.errata.examples.helpdesk;

import static com.google.common.truth.Truth.assertThat;
import static dev.errata.examples.helpdesk.ProblemAssertions.assertBadGateway;
import static dev.errata.examples.helpdesk.ProblemAssertions.assertHelpdeskError;
import static dev.errata.examples.helpdesk.ProblemAssertions.assertTellsNone;
import static dev.errata.examples.helpdesk.ProblemAssertions.pathsAndCodes;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.ReportedError;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.spring.client.ErrataResponseErrorHandler;
import java.io.IOException;
import java.time.Instant;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Tickets over real HTTP: the customer directory's answers and errors, validation, and the
 * application's catch-all advice, which leaves every catalog error to Errata.
 */
class TicketServiceTest extends RunningHelpdesk {

  @Test
  void aTicketForAKnownCustomerIsOpened() throws IOException, InterruptedException {
    HttpResponse<String> response = post("/helpdesk/tickets", "{\"customer\":\"c-1001\",\"subject\":\"Export fails\"}");

    assertThat(response.statusCode()).isEqualTo(201);
    JsonNode ticket = json(response);
    assertThat(ticket.get("id").asString()).matches("T-\\d+");
    assertThat(ticket.get("customerName").asString()).isEqualTo("Ada Lovelace");
    assertThat(ticket.get("replyTo").asString()).isEqualTo("ada@example.com");
  }

  @Test
  void aBodyThatFailsValidationIsTheHelpdesksInvalidRequestWithOneEntryPerField()
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        post("/helpdesk/tickets", "{\"customer\":\" \",\"subject\":\"Export fails\",\"replyTo\":\"ada\"}");

    JsonNode problem = assertHelpdeskError(response, 400, "InvalidRequest", "Invalid request content.");
    // In the order the validator found them, which is no particular one.
    assertThat(pathsAndCodes(problem.get("errors"))).containsExactly("customer NotBlank", "replyTo Email");
    problem.get("errors").forEach(error -> assertThat(error.get("message").asString()).isNotEmpty());
  }

  @Test
  void anUnreadableBodyIsTheHelpdesksInvalidRequestToo() throws IOException, InterruptedException {
    HttpResponse<String> response = post("/helpdesk/tickets", "{\"customer\":");

    JsonNode problem = assertHelpdeskError(
        response, 400, "InvalidRequest", "The request body is missing or could not be read.");
    assertThat(problem.has("errors")).isFalse();
  }

  @Test
  void aReplyAddressNotOnTheCustomersRecordIsAFieldErrorBuiltByTheHandler() throws IOException, InterruptedException {
    HttpResponse<String> response = post("/helpdesk/tickets",
        "{\"customer\":\"c-1001\",\"subject\":\"Export fails\",\"replyTo\":\"eve@example.net\"}");

    JsonNode problem = assertHelpdeskError(
        response, 400, "InvalidRequest", "The ticket names a reply address the customer does not have.");
    JsonNode error = problem.get("errors").get(0);
    assertThat(problem.get("errors").size()).isEqualTo(1);
    assertThat(error.get("code").asString()).isEqualTo("UnknownReplyAddress");
    assertThat(error.get("message").asString()).isEqualTo("Replies go only to an address on the customer's record.");
    assertThat(error.get("path").asString()).isEqualTo("replyTo");
  }

  @Test
  void aClientOfTheHelpdeskGetsTheFieldErrorsBackInTheTypedException() {
    RestClient client = RestClient.builder().baseUrl(helpdesk().toString())
        .apply(ErrataResponseErrorHandler.of(ErrorDecoder.builder(HelpdeskErrorCatalog.INSTANCE).build()))
        .build();

    InvalidRequestException invalid = assertThrows(InvalidRequestException.class,
        () -> client.post().uri("/helpdesk/tickets")
            .body(Map.of("customer", "c-1001", "subject", "Export fails", "replyTo", "eve@example.net"))
            .retrieve().body(String.class));
    assertThat(invalid.details().errors()).containsExactly(
        new ReportedError("UnknownReplyAddress", "Replies go only to an address on the customer's record.", "replyTo"));
  }

  @Test
  void directorysCustomerNotFoundIsTranslatedIntoTheHelpdesksUnknownCustomer() throws IOException, InterruptedException {
    HttpResponse<String> response = post("/helpdesk/tickets", "{\"customer\":\"c-4040\",\"subject\":\"Export fails\"}");

    assertHelpdeskError(response, 404, "UnknownCustomer", "No customer has the id this ticket names.");
    assertThat(response.body()).doesNotContain("CustomerNotFound");
    assertTellsNone(response, CustomerDirectoryFake.SECRETS);
  }

  @Test
  void directorysShardMaintenanceIsTheHelpdesksOwn503WithItsOwnRetryAfter() throws IOException, InterruptedException {
    HttpResponse<String> response = post("/helpdesk/tickets", "{\"customer\":\"c-9001\",\"subject\":\"Export fails\"}");

    JsonNode problem = assertHelpdeskError(response, 503, "CustomerRecordsUnavailable",
        "Customer records cannot be read at the moment; tickets can be opened again shortly.");
    assertThat(problem.get("retryable").asBoolean()).isTrue();
    // The helpdesk's wait, not the directory's 600 seconds, and the same time as its member.
    assertThat(response.headers().allValues("Retry-After")).containsExactly("30");
    Instant availableAt = Instant.parse(problem.get("available_at").asString());
    assertThat(availableAt).isGreaterThan(Instant.now());
    assertThat(availableAt).isAtMost(Instant.now().plusSeconds(31));
    assertThat(response.body()).doesNotContain("ShardMaintenance");
    assertTellsNone(response, CustomerDirectoryFake.SECRETS);
  }

  @Test
  void untranslatedDirectoryErrorIsABadGatewayThatTellsNothingOfTheDirectory() throws IOException, InterruptedException {
    HttpResponse<String> response = post("/helpdesk/tickets", "{\"customer\":\"c-1002\",\"subject\":\"Export fails\"}");

    JsonNode problem = assertBadGateway(response);
    // A suspended account stays suspended: no retry, no Retry-After.
    assertThat(problem.get("retryable").asBoolean()).isFalse();
    assertThat(response.headers().firstValue("Retry-After")).isEmpty();
    assertThat(response.body()).doesNotContain("AccountSuspended");
    assertThat(response.body()).doesNotContain("403");
    assertTellsNone(response, CustomerDirectoryFake.SECRETS);
  }

  @Test
  void anUnexpectedFailureIsLeftToTheApplicationsCatchAll() throws IOException, InterruptedException {
    HttpResponse<String> response = post("/helpdesk/tickets", "{\"customer\":\"c-1003\",\"subject\":\"Export fails\"}");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.body()).isEqualTo("{\"detail\":\"Unexpected error\"}");
  }
}
