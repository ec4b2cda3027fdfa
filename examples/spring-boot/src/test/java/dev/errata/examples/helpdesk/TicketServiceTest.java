package dev.errata.examples.helpdesk;

import static com.google.common.truth.Truth.assertThat;
import static dev.errata.examples.helpdesk.ProblemAssertions.assertBadGateway;
import static dev.errata.examples.helpdesk.ProblemAssertions.assertHelpdeskError;
import static dev.errata.examples.helpdesk.ProblemAssertions.assertTellsNone;

import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Tickets over real HTTP: the customer directory's answers and errors. */
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
    // The helpdesk's wait, not the directory's 600 seconds.
    assertThat(response.headers().allValues("Retry-After")).containsExactly("30");
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
}
