package dev.errata.examples.helpdesk;

import dev.errata.ErrorDetails;
import dev.errata.ReportedError;
import dev.errata.examples.helpdesk.CustomerDirectory.Customer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Opens support tickets for the customers of the customer directory. A body that fails its
 * constraints is Spring's validation error, which Errata answers as the helpdesk's {@code
 * InvalidRequest}; the one check constraints cannot make, whether the reply address is the
 * customer's, throws the same error with a field error built here. The directory's errors
 * propagate, for {@link DirectoryErrors} and Errata to decide what of them is told.
 */
@RestController
public class TicketController {

  /** A ticket as a client opens it; without {@code replyTo}, replies go to the customer's first address. */
  public record NewTicket(@NotBlank String customer, @NotBlank @Size(max = 80) String subject, @Email String replyTo) {}

  /** An opened ticket. */
  public record Ticket(String id, String customer, String customerName, String subject, String replyTo) {}

  private final CustomerDirectory directory;
  private final AtomicInteger lastNumber = new AtomicInteger(1000);

  /** A controller that looks customers up in {@code directory}. */
  public TicketController(CustomerDirectory directory) {
    this.directory = directory;
  }

  /** Opens {@code ticket} for its customer. */
  @PostMapping("/helpdesk/tickets")
  @ResponseStatus(HttpStatus.CREATED)
  public Ticket open(@Valid @RequestBody NewTicket ticket) {
    Customer customer = directory.customer(ticket.customer());
    String replyTo = replyAddress(ticket, customer);
    return new Ticket("T-" + lastNumber.incrementAndGet(), customer.id(), customer.name(), ticket.subject(), replyTo);
  }

  // Replies may go only to an address the directory has for the customer: anything else would
  // let anyone who knows a customer id read that customer's support answers.
  private static String replyAddress(NewTicket ticket, Customer customer) {
    if (ticket.replyTo() == null) {
      return customer.emails().isEmpty() ? null : customer.emails().get(0);
    }
    if (!customer.emails().contains(ticket.replyTo())) {
      throw new InvalidRequestException(ErrorDetails.builder()
          .message("The ticket names a reply address the customer does not have.")
          .addError(new ReportedError("UnknownReplyAddress", "Replies go only to an address on the customer's record.", "replyTo"))
          .build());
    }
    return ticket.replyTo();
  }
}
