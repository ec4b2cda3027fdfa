package dev.errata.examples.helpdesk;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.errata.CatalogException;
import dev.errata.examples.helpdesk.CustomerDirectory.Customer;
import dev.errata.http.NotFoundException;
import dev.errata.runtime.ErrorDecoder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The ticket controller in a {@code @WebMvcTest} slice, its customer directory a mock that throws
 * errors decoded from the directory's responses, as the real client would. Nothing in the test
 * configures Errata: Boot's slice brings Errata's server auto-configuration along, and with it the
 * helpdesk's {@code application.properties}, the translations of {@link DirectoryErrors} (imported)
 * and the application's catch-all advice (a slice keeps advice beans).
 */
@WebMvcTest(TicketController.class)
@Import(DirectoryErrors.class)
class TicketControllerSliceTest {

  private static final ErrorDecoder DIRECTORY = ErrorDecoder.builder(DirectoryErrorCatalog.INSTANCE).build();

  @Autowired MockMvc mvc;
  @MockitoBean CustomerDirectory directory;

  @Test
  void aTicketForAKnownCustomerIsOpened() throws Exception {
    when(directory.customer("c-1001")).thenReturn(new Customer("c-1001", "Ada Lovelace", List.of("ada@example.com")));

    open("{\"customer\":\"c-1001\",\"subject\":\"Export fails\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.customerName").value("Ada Lovelace"))
        .andExpect(jsonPath("$.replyTo").value("ada@example.com"));
  }

  @Test
  void aBodyThatFailsValidationIsInvalidRequestAndNeverReachesTheDirectory() throws Exception {
    open("{\"customer\":\"c-1001\",\"subject\":\"\"}")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("InvalidRequest"))
        .andExpect(jsonPath("$.errors[0].path").value("subject"))
        .andExpect(jsonPath("$.errors[0].code").value("NotBlank"));
    verify(directory, never()).customer(anyString());
  }

  @Test
  void aReplyAddressNotOnRecordIsInvalidRequestWithTheHandlersFieldError() throws Exception {
    when(directory.customer("c-1001")).thenReturn(new Customer("c-1001", "Ada Lovelace", List.of("ada@example.com")));

    open("{\"customer\":\"c-1001\",\"subject\":\"Export fails\",\"replyTo\":\"eve@example.net\"}")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("InvalidRequest"))
        .andExpect(jsonPath("$.errors.length()").value(1))
        .andExpect(jsonPath("$.errors[0].code").value("UnknownReplyAddress"))
        .andExpect(jsonPath("$.errors[0].path").value("replyTo"));
  }

  @Test
  void directorysCustomerNotFoundIsTheHelpdesksUnknownCustomer() throws Exception {
    when(directory.customer("c-4040")).thenThrow(directoryError(404, Map.of(),
        "{\"error\":{\"code\":\"CustomerNotFound\",\"message\":\"No customer 'c-4040' in tenant-acme\"}}"));

    open("{\"customer\":\"c-4040\",\"subject\":\"Export fails\"}")
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("UnknownCustomer"))
        .andExpect(jsonPath("$.instance").value("/helpdesk/tickets"));
  }

  @Test
  void directorysShardMaintenanceIsTheHelpdesks503WithItsOwnWait() throws Exception {
    when(directory.customer("c-9001")).thenThrow(directoryError(503, Map.of("Retry-After", List.of("600")),
        "{\"error\":{\"code\":\"ShardMaintenance\",\"message\":\"Shard dir-shard-9.internal is being rebalanced\"}}"));

    open("{\"customer\":\"c-9001\",\"subject\":\"Export fails\"}")
        .andExpect(status().isServiceUnavailable())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(header().string("Retry-After", "30"))
        .andExpect(jsonPath("$.code").value("CustomerRecordsUnavailable"))
        .andExpect(jsonPath("$.retryable").value(true));
  }

  @Test
  void aDirectory404WhoseCodeTheCatalogDoesNotKnowIsNoUnknownCustomerButABadGateway() throws Exception {
    // The directory's gateway answers a route it does not have; its error page lists no such code.
    CatalogException routeNotFound = directoryError(404, Map.of(),
        "{\"error\":{\"code\":\"RouteNotFound\",\"message\":\"No route for /directory/v2/customers on dir-gw-2.internal\"}}");
    assertThat(routeNotFound.getClass()).isEqualTo(NotFoundException.class);
    when(directory.customer("c-1001")).thenThrow(routeNotFound);

    open("{\"customer\":\"c-1001\",\"subject\":\"Export fails\"}")
        .andExpect(status().isBadGateway())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("BAD_GATEWAY"))
        .andExpect(jsonPath("$.detail").value(
            "A gateway or proxy in front of the server got an invalid response from the upstream server it passed the request to."));
  }

  @Test
  void anythingElseIsLeftToTheApplicationsCatchAll() throws Exception {
    when(directory.customer("c-1001")).thenThrow(new IllegalStateException("connection pool exhausted"));

    open("{\"customer\":\"c-1001\",\"subject\":\"Export fails\"}")
        .andExpect(status().isInternalServerError())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(content().string("{\"detail\":\"Unexpected error\"}"));
  }

  private ResultActions open(String json) throws Exception {
    return mvc.perform(post("/helpdesk/tickets").contentType(MediaType.APPLICATION_JSON).content(json));
  }

  /** What the real client throws for this response of the directory: decoded, so {@code fromResponse()}. */
  private static CatalogException directoryError(int status, Map<String, List<String>> headers, String body) {
    return DIRECTORY.decode(status, headers, body.getBytes(UTF_8));
  }
}
