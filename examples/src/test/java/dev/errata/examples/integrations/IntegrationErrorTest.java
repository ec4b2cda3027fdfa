package dev.errata.examples.integrations;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.Catalog;
import dev.errata.CatalogException;
import dev.errata.examples.CatalogChecks;
import dev.errata.examples.OverridingSeedCatalogTest;
import dev.errata.examples.SeedRow;
import dev.errata.http.BadGatewayException;
import dev.errata.http.BadRequestException;
import dev.errata.http.ClientErrorException;
import dev.errata.http.ConflictException;
import dev.errata.http.ForbiddenException;
import dev.errata.http.GatewayTimeoutException;
import dev.errata.http.InternalServerErrorException;
import dev.errata.http.NotFoundException;
import dev.errata.http.NotImplementedException;
import dev.errata.http.RequestTimeoutException;
import dev.errata.http.ServiceUnavailableException;
import dev.errata.http.TooManyRequestsException;
import dev.errata.http.UnauthorizedException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The integrations page: ten statuses, each a code overriding the HTTP code of its status. */
class IntegrationErrorTest extends OverridingSeedCatalogTest {

  private static final IntegrationErrorCatalog CATALOG = IntegrationErrorCatalog.INSTANCE;

  /** The page's rows: status, name, and retry as the page advises it (408, 429 and 5xx retry). */
  static final List<SeedRow> ROWS = List.of(
      new SeedRow("BAD_REQUEST", 400, "Bad Request",
          IntegrationBadRequestException.class, BadRequestException.class, false),
      new SeedRow("UNAUTHORIZED", 401, "Unauthorized",
          IntegrationUnauthorizedException.class, UnauthorizedException.class, false),
      new SeedRow("FORBIDDEN", 403, "Forbidden",
          IntegrationForbiddenException.class, ForbiddenException.class, false),
      new SeedRow("NOT_FOUND", 404, "Not Found",
          IntegrationNotFoundException.class, NotFoundException.class, false),
      new SeedRow("REQUEST_TIMEOUT", 408, "Request Timeout",
          IntegrationRequestTimeoutException.class, RequestTimeoutException.class, true),
      new SeedRow("TOO_MANY_REQUESTS", 429, "Too Many Requests",
          IntegrationTooManyRequestsException.class, TooManyRequestsException.class, true),
      new SeedRow("INTERNAL_SERVER_ERROR", 500, "Internal Server Error",
          IntegrationInternalServerErrorException.class, InternalServerErrorException.class, true),
      new SeedRow("BAD_GATEWAY", 502, "Bad Gateway",
          IntegrationBadGatewayException.class, BadGatewayException.class, true),
      new SeedRow("SERVICE_UNAVAILABLE", 503, "Service Unavailable",
          IntegrationServiceUnavailableException.class, ServiceUnavailableException.class, true),
      new SeedRow("GATEWAY_TIMEOUT", 504, "Gateway Timeout",
          IntegrationGatewayTimeoutException.class, GatewayTimeoutException.class, true));

  @Override
  protected Catalog catalog() {
    return CATALOG;
  }

  @Override
  protected Class<? extends Enum<?>> catalogEnum() {
    return IntegrationError.class;
  }

  @Override
  protected List<SeedRow> rows() {
    return ROWS;
  }

  @Test
  void statusesThePageDoesNotListFallBackToHttp() {
    CatalogChecks.assertStatusResolves(CATALOG, 409, ConflictException.class);
    CatalogChecks.assertStatusResolves(CATALOG, 418, ClientErrorException.class);
    CatalogChecks.assertStatusResolves(CATALOG, 501, NotImplementedException.class);
  }

  @Test
  void linksToTheStatusOnThePlatformsErrorPage() {
    assertThat(CATALOG.definition("TOO_MANY_REQUESTS").orElseThrow().docsUrl())
        .isEqualTo("https://automation.example.com/docs/errors/integrations#429");
  }

  @Test
  void handlerFallsBackToHttpMethods() {
    IntegrationErrorHandler<String> handler = new IntegrationErrorHandler<>() {
      @Override
      public String onError(CatalogException e) {
        return "other";
      }

      @Override
      public String onIntegrationUnauthorized(IntegrationUnauthorizedException e) {
        return "re-authorize";
      }

      @Override
      public String onServerError(dev.errata.http.ServerErrorException e) {
        return "retry later";
      }

      @Override
      public String onTooManyRequests(TooManyRequestsException e) {
        return "slow down";
      }
    };

    assertThat(dispatch(401, handler)).isEqualTo("re-authorize");
    assertThat(dispatch(429, handler)).isEqualTo("slow down");
    assertThat(dispatch(502, handler)).isEqualTo("retry later");
    assertThat(dispatch(504, handler)).isEqualTo("retry later");
    assertThat(dispatch(501, handler)).isEqualTo("retry later");
    assertThat(dispatch(404, handler)).isEqualTo("other");
  }

  @Test
  void constantOfNamesTheCatalogConstant() {
    assertThat(CATALOG.constantOf(CATALOG.create(null, 408, CatalogChecks.response(408, null))))
        .hasValue(IntegrationError.INTEGRATION_REQUEST_TIMEOUT);
    assertThat(CATALOG.constantOf(CATALOG.create(null, 409, CatalogChecks.response(409, null)))).isEmpty();
  }

  private static String dispatch(int status, IntegrationErrorHandler<String> handler) {
    return CATALOG.dispatch(CATALOG.create(null, status, CatalogChecks.response(status, null)), handler);
  }
}
