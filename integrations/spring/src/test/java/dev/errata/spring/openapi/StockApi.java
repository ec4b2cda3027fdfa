package dev.errata.spring.openapi;

import dev.errata.http.ClientErrorException;
import dev.errata.spring.shop.OutOfStockException;
import dev.errata.spring.shop.RateLimitedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Errors declared on the class apply to every handler of the controller. */
@RestController
@ErrataResponses(RateLimitedException.class)
public class StockApi {

  /** The application's own refinement of a generated exception, with no code of its own. */
  public static class SoldOutException extends OutOfStockException {
    private static final long serialVersionUID = 1L;

    public SoldOutException(String message) {
      super(message);
    }
  }

  /** A hand-written subclass, and a category that stands for many statuses and gets no response. */
  @GetMapping("/stock/{sku}")
  public String stock(@PathVariable("sku") String sku) throws SoldOutException, ClientErrorException {
    throw new SoldOutException("Item " + sku + " is sold out.");
  }
}
