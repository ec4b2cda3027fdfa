package dev.errata.spring.server;

import dev.errata.CatalogException;
import org.springframework.http.ProblemDetail;

/**
 * Adds to the problem details of an error before they are sent, for example an extension member
 * of the application's own: {@code (problem, error) -> problem.setProperty("service", "orders")}.
 *
 * <p>Every customizer bean is called, in their order ({@code @Order}, {@code Ordered}), after the
 * problem holds Errata's members and the {@code MessageSource}'s texts.
 */
@FunctionalInterface
public interface ErrataProblemCustomizer {

  /**
   * Changes {@code problem}, the details about to be sent for {@code error}.
   *
   * @param problem the problem details, to change in place
   * @param error the error being served: the one raised, or what stands for an error decoded from
   *     another service's response (see {@link UpstreamErrorTranslator}); under the default policy
   *     that is a {@code BadGatewayException} whose cause is the decoded error
   */
  void customize(ProblemDetail problem, CatalogException error);
}
