package dev.errata;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogExceptionDetailTest {

  private static final ErrorDefinition NOT_FOUND =
      new ErrorDefinition(
          "Test", "NOT_FOUND", "NOT_FOUND", 404, "Not Found", "The resource does not exist.",
          List.of(), false, "", Optional.empty());

  private static final class NotFound extends CatalogException {
    private static final long serialVersionUID = 1L;

    NotFound(ErrorDetails details, String message) {
      super(NOT_FOUND, details, message, null, false);
    }
  }

  @Test
  void messageGivenAtConstructionIsTheDetail() {
    NotFound e = new NotFound(ErrorDetails.builder().message("from the server").build(), "Order 42");
    assertThat(e.detail()).hasValue("Order 42");
  }

  @Test
  void serverMessageIsTheDetailWhenNoneWasGiven() {
    NotFound e = new NotFound(ErrorDetails.builder().message("from the server").build(), null);
    assertThat(e.detail()).hasValue("from the server");
    assertThat(e.getMessage()).contains("from the server");
  }

  @Test
  void noDetailFallsBackToNothingNotToTheDescription() {
    NotFound e = new NotFound(ErrorDetails.empty(), null);
    assertThat(e.detail()).isEmpty();
    assertThat(e.getMessage()).contains("The resource does not exist.");
  }
}
