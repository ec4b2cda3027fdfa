package dev.errata;

import static com.google.common.truth.Truth.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FromResponseTest {

  private static final ErrorDefinition GONE = new ErrorDefinition(
      "Shop", "ORDER_GONE", "OrderGone", 410, "Order Gone", "The order was archived.",
      List.of(), false, "", Optional.empty());

  private static final class OrderGoneException extends CatalogException {
    private static final long serialVersionUID = 1L;

    OrderGoneException(ErrorDetails details) {
      super(GONE, details, null, null, true);
    }
  }

  @Test
  void detailsAnApplicationBuildsAreItsOwn() {
    ErrorDetails own = ErrorDetails.builder().status(410).code("OrderGone").message("order 7").build();

    assertThat(own.fromResponse()).isFalse();
    assertThat(ErrorDetails.empty().fromResponse()).isFalse();
    assertThat(new OrderGoneException(own).fromResponse()).isFalse();
  }

  @Test
  void theMarkIsSetOnlyOnPurposeAndSurvivesCopies() {
    ErrorDetails decoded = ErrorDetails.builder().status(410).fromResponse().build();

    assertThat(decoded.fromResponse()).isTrue();
    assertThat(decoded.toBuilder().status(404).message("copied").build().fromResponse()).isTrue();
    assertThat(new OrderGoneException(decoded).fromResponse()).isTrue();
    assertThat(decoded).isNotEqualTo(ErrorDetails.builder().status(410).build());
    assertThat(decoded.toString()).isEqualTo("ErrorDetails{status=410, fromResponse}");
  }

  @Test
  void theMarkSurvivesSerialization() throws Exception {
    CatalogException decoded = new OrderGoneException(
        ErrorDetails.builder().status(410).code("OrderGone").fromResponse().build());
    CatalogException own = new OrderGoneException(ErrorDetails.builder().status(410).build());

    assertThat(roundTrip(decoded).fromResponse()).isTrue();
    assertThat(roundTrip(decoded).details()).isEqualTo(decoded.details());
    assertThat(roundTrip(own).fromResponse()).isFalse();
  }

  private static CatalogException roundTrip(CatalogException e) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (CatalogException) in.readObject();
    }
  }
}
