package dev.errata.examples.helpdesk;

import dev.errata.examples.helpdesk.CustomerDirectory.Customer;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Opens support tickets for the customers of the customer directory. The directory's errors
 * propagate, for {@link DirectoryErrors} and Errata to decide what of them is told.
 */
@RestController
public class TicketController {

  /** A ticket as a client opens it. */
  public record NewTicket(String customer, String subject) {}

  /** An opened ticket; replies go to the customer's first address. */
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
  public Ticket open(@RequestBody NewTicket ticket) {
    Customer customer = directory.customer(ticket.customer());
    String replyTo = customer.emails().isEmpty() ? null : customer.emails().get(0);
    return new Ticket("T-" + lastNumber.incrementAndGet(), customer.id(), customer.name(), ticket.subject(), replyTo);
  }
}
