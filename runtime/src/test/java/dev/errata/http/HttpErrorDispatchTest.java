package dev.errata.http;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.CatalogException;
import dev.errata.ErrorDefinition;
import dev.errata.ErrorDetails;
import dev.errata.runtime.fixture.platform.PlatformErrorCatalog;
import org.junit.jupiter.api.Test;

/**
 * The HTTP catalog's {@code dispatch} and {@code constantOf}: every standard error reaches the
 * handler method of its own code, else of its category, else {@code onError}.
 */
class HttpErrorDispatchTest {

  private static final HttpErrorCatalog HTTP = HttpErrorCatalog.INSTANCE;

  /** Writes only what it must, and the two categories. */
  private static final HttpErrorHandler<String> BY_CATEGORY = new HttpErrorHandler<>() {
    @Override
    public String onError(CatalogException e) {
      return "error";
    }

    @Override
    public String onClientError(ClientErrorException e) {
      return "client " + e.code();
    }

    @Override
    public String onServerError(ServerErrorException e) {
      return "server " + e.code();
    }
  };

  private static CatalogException errorOf(HttpError constant) {
    ErrorDefinition definition = HTTP.definition(constant);
    return HTTP.create(definition.code(), definition.status(), ErrorDetails.empty());
  }

  @Test
  void everyStandardErrorIsItsOwnConstant() {
    for (HttpError constant : HttpError.values()) {
      assertThat(HTTP.constantOf(errorOf(constant))).hasValue(constant);
    }
  }

  @Test
  void everyStandardErrorFallsBackToTheMethodOfItsCategory() {
    for (HttpError constant : HttpError.values()) {
      CatalogException e = errorOf(constant);
      String category = e.definition().status() < 500 ? "client " : "server ";

      assertThat(HTTP.dispatch(e, BY_CATEGORY)).isEqualTo(category + constant.name());
    }
  }

  @Test
  void theMethodOfTheCodeWinsOverItsCategory() {
    HttpErrorHandler<String> handler = new HttpErrorHandler<>() {
      @Override
      public String onError(CatalogException e) {
        return "error";
      }

      @Override
      public String onNotFound(NotFoundException e) {
        return "not found";
      }
    };

    assertThat(HTTP.dispatch(errorOf(HttpError.NOT_FOUND), handler)).isEqualTo("not found");
    assertThat(HTTP.dispatch(errorOf(HttpError.GONE), handler)).isEqualTo("error");
  }

  @Test
  void anErrorOfAChildCatalogReachesTheMethodOfTheCodeItRefines() {
    CatalogException relation = PlatformErrorCatalog.INSTANCE.create("RelationConflict", 409, ErrorDetails.empty());

    assertThat(HTTP.constantOf(relation)).hasValue(HttpError.CONFLICT);
    assertThat(HTTP.dispatch(relation, BY_CATEGORY)).isEqualTo("client RelationConflict");
  }

  @Test
  void anUnknownErrorIsNoConstantAndGoesToOnError() {
    CatalogException unknown = HTTP.create(null, 302, ErrorDetails.empty());

    assertThat(HTTP.constantOf(unknown)).isEmpty();
    assertThat(HTTP.dispatch(unknown, BY_CATEGORY)).isEqualTo("error");
  }

  @Test
  void aStatusWithoutACodeUpTo499IsAClientErrorAndUpTo599AServerError() {
    assertThat(HTTP.create(null, 499, ErrorDetails.empty())).isInstanceOf(ClientErrorException.class);
    assertThat(HTTP.create(null, 499, ErrorDetails.empty()).code()).isEqualTo("CLIENT_ERROR");
    assertThat(HTTP.create(null, 599, ErrorDetails.empty()).code()).isEqualTo("SERVER_ERROR");
    assertThat(HTTP.create(null, 600, ErrorDetails.empty()).code()).isEqualTo(ErrorDefinition.UNKNOWN_CODE);
    assertThat(HTTP.create(null, 399, ErrorDetails.empty()).code()).isEqualTo(ErrorDefinition.UNKNOWN_CODE);
  }
}
