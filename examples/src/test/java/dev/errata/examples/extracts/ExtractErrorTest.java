package dev.errata.examples.extracts;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.Catalog;
import dev.errata.CatalogException;
import dev.errata.examples.CatalogChecks;
import dev.errata.examples.OverridingSeedCatalogTest;
import dev.errata.examples.SeedRow;
import dev.errata.http.BadGatewayException;
import dev.errata.http.BadRequestException;
import dev.errata.http.ForbiddenException;
import dev.errata.http.GatewayTimeoutException;
import dev.errata.http.InternalServerErrorException;
import dev.errata.http.NotFoundException;
import dev.errata.http.RequestTimeoutException;
import dev.errata.http.ServerErrorException;
import dev.errata.http.ServiceUnavailableException;
import dev.errata.http.TooManyRequestsException;
import dev.errata.http.UnauthorizedException;
import dev.errata.http.UriTooLongException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The data-extraction FAQ: ten statuses, each a code overriding the HTTP code of its status. */
class ExtractErrorTest extends OverridingSeedCatalogTest {

  private static final ExtractErrorCatalog CATALOG = ExtractErrorCatalog.INSTANCE;

  /** The FAQ's rows: "try again later" for 429, 500, 502, 503; a 504 asks for less data instead. */
  static final List<SeedRow> ROWS = List.of(
      new SeedRow("BAD_REQUEST", 400, "Bad Request",
          ExtractBadRequestException.class, BadRequestException.class, false),
      new SeedRow("UNAUTHORIZED", 401, "Incorrect Authentication",
          ExtractUnauthorizedException.class, UnauthorizedException.class, false),
      new SeedRow("FORBIDDEN", 403, "Insufficient Permissions",
          ExtractForbiddenException.class, ForbiddenException.class, false),
      new SeedRow("NOT_FOUND", 404, "Not Found",
          ExtractNotFoundException.class, NotFoundException.class, false),
      new SeedRow("URI_TOO_LONG", 414, "URI Too Long",
          ExtractUriTooLongException.class, UriTooLongException.class, false),
      new SeedRow("TOO_MANY_REQUESTS", 429, "Too Many Requests",
          ExtractTooManyRequestsException.class, TooManyRequestsException.class, true),
      new SeedRow("INTERNAL_SERVER_ERROR", 500, "Internal Server Error",
          ExtractInternalServerErrorException.class, InternalServerErrorException.class, true),
      new SeedRow("BAD_GATEWAY", 502, "Bad Gateway",
          ExtractBadGatewayException.class, BadGatewayException.class, true),
      new SeedRow("SERVICE_UNAVAILABLE", 503, "Service Unavailable",
          ExtractServiceUnavailableException.class, ServiceUnavailableException.class, true),
      new SeedRow("GATEWAY_TIMEOUT", 504, "Gateway Timeout",
          ExtractGatewayTimeoutException.class, GatewayTimeoutException.class, false));

  @Override
  protected Catalog catalog() {
    return CATALOG;
  }

  @Override
  protected Class<? extends Enum<?>> catalogEnum() {
    return ExtractError.class;
  }

  @Override
  protected List<SeedRow> rows() {
    return ROWS;
  }

  @Test
  void gatewayTimeoutOverridesTheHttpRetryAdvice() {
    CatalogException e = CATALOG.create(null, 504, CatalogChecks.response(504, null));

    assertThat(e).isInstanceOf(GatewayTimeoutException.class);
    assertThat(e.definition().parent().orElseThrow().retryable()).isTrue();
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.definition().remedy().get(0)).contains("less data");
  }

  @Test
  void statusesTheFaqDoesNotListFallBackToHttp() {
    CatalogChecks.assertStatusResolves(CATALOG, 408, RequestTimeoutException.class);
    CatalogChecks.assertStatusResolves(CATALOG, 599, ServerErrorException.class);
  }

  @Test
  void docsUrlTemplateNamesTheStatus() {
    assertThat(CATALOG.definition("URI_TOO_LONG").orElseThrow().docsUrl())
        .isEqualTo("https://extracts.example.com/docs/api-error-codes#414");
  }

  @Test
  void handlerFallsBackToHttpMethods() {
    ExtractErrorHandler<String> handler = new ExtractErrorHandler<>() {
      @Override
      public String onError(CatalogException e) {
        return "other";
      }

      @Override
      public String onExtractUriTooLong(ExtractUriTooLongException e) {
        return "use a custom report";
      }

      @Override
      public String onExtractGatewayTimeout(ExtractGatewayTimeoutException e) {
        return "reduce the backfill";
      }

      @Override
      public String onServerError(ServerErrorException e) {
        return "run later";
      }
    };

    assertThat(dispatch(414, handler)).isEqualTo("use a custom report");
    assertThat(dispatch(504, handler)).isEqualTo("reduce the backfill");
    assertThat(dispatch(503, handler)).isEqualTo("run later");
    assertThat(dispatch(500, handler)).isEqualTo("run later");
    assertThat(dispatch(401, handler)).isEqualTo("other");
  }

  @Test
  void constantOfNamesTheCatalogConstant() {
    assertThat(CATALOG.constantOf(CATALOG.create(null, 414, CatalogChecks.response(414, null))))
        .hasValue(ExtractError.EXTRACT_URI_TOO_LONG);
  }

  private static String dispatch(int status, ExtractErrorHandler<String> handler) {
    return CATALOG.dispatch(CATALOG.create(null, status, CatalogChecks.response(status, null)), handler);
  }
}
