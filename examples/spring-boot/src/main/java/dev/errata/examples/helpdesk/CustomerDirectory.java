package dev.errata.examples.helpdesk;

import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * The customer directory API, where the helpdesk looks up who opens a ticket. Spring implements
 * this interface: it is the client of the HTTP service group {@value #GROUP} (see {@link
 * UpstreamClients}), whose address, API key and error catalog are properties. An error response
 * arrives as the exception of {@link DirectoryError}, such as {@code CustomerNotFoundException}.
 */
@HttpExchange("/directory/v2")
public interface CustomerDirectory {

  /** The name of the HTTP service group, as in {@code spring.http.serviceclient.directory.*}. */
  String GROUP = "directory";

  /** A customer as the directory describes one. */
  record Customer(String id, String name, List<String> emails) {}

  /** The customer with the id {@code id}. */
  @GetExchange("/customers/{id}")
  Customer customer(@PathVariable("id") String id);
}
