package dev.errata.examples.flows;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.Catalog;
import dev.errata.CatalogException;
import dev.errata.ErrorDetails;
import dev.errata.ReportedError;
import dev.errata.examples.CatalogChecks;
import dev.errata.examples.SeedCatalogTest;
import dev.errata.examples.SeedRow;
import dev.errata.http.BadGatewayException;
import dev.errata.http.BadRequestException;
import dev.errata.http.ClientErrorException;
import dev.errata.http.FailedDependencyException;
import dev.errata.http.ForbiddenException;
import dev.errata.http.InternalServerErrorException;
import dev.errata.http.NotFoundException;
import dev.errata.http.TooManyRequestsException;
import dev.errata.http.UnauthorizedException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The GraphQL flow API: one code per status of its reference table, and the API's own codes
 * refining them.
 */
class FlowErrorTest extends SeedCatalogTest {

  private static final FlowErrorCatalog CATALOG = FlowErrorCatalog.INSTANCE;

  /**
   * Codes in declaration order: each status of the reference table, overriding the HTTP code of
   * that status (same wire code), followed by the API's own codes that refine it.
   */
  static final List<SeedRow> ROWS = List.of(
      new SeedRow("BAD_REQUEST", 400, "Invalid Request",
          InvalidRequestException.class, BadRequestException.class, false),
      new SeedRow("PAYLOAD_SCHEMA_MISMATCH", 400, "Payload Schema Mismatch",
          PayloadSchemaMismatchException.class, InvalidRequestException.class, false),
      new SeedRow("UNAUTHORIZED", 401, "Unauthenticated",
          UnauthenticatedException.class, UnauthorizedException.class, false),
      new SeedRow("INVALID_API_KEY", 401, "Invalid API Key",
          InvalidApiKeyException.class, UnauthenticatedException.class, false),
      new SeedRow("FORBIDDEN", 403, "Access Denied",
          AccessDeniedException.class, ForbiddenException.class, false),
      new SeedRow("PROJECT_MISMATCH", 403, "Project Mismatch",
          ProjectMismatchException.class, AccessDeniedException.class, false),
      new SeedRow("NOT_FOUND", 404, "Resource Not Found",
          ResourceNotFoundException.class, NotFoundException.class, false),
      new SeedRow("FLOW_NOT_FOUND", 404, "Flow Not Found",
          FlowNotFoundException.class, ResourceNotFoundException.class, false),
      new SeedRow("FLOW_NOT_DEPLOYED", 404, "Flow Not Deployed",
          FlowNotDeployedException.class, FlowNotFoundException.class, false),
      new SeedRow("FLOW_RUN_FAILED", 424, "Flow Run Failed",
          FlowRunFailedException.class, FailedDependencyException.class, false),
      new SeedRow("TOO_MANY_REQUESTS", 429, "Limit Exceeded",
          LimitExceededException.class, TooManyRequestsException.class, true),
      new SeedRow("RATE_LIMITED", 429, "Rate Limited",
          RateLimitedException.class, LimitExceededException.class, true),
      new SeedRow("INTERNAL_SERVER_ERROR", 500, "Internal Error",
          InternalErrorException.class, InternalServerErrorException.class, true));

  @Override
  protected Catalog catalog() {
    return CATALOG;
  }

  @Override
  protected Class<? extends Enum<?>> catalogEnum() {
    return FlowError.class;
  }

  @Override
  protected List<SeedRow> rows() {
    return ROWS;
  }

  @Test
  void bareStatusesOfTheTableCreateTheStatusCodesNotTheirRefinements() {
    CatalogChecks.assertStatusResolves(CATALOG, 400, InvalidRequestException.class);
    CatalogChecks.assertStatusResolves(CATALOG, 401, UnauthenticatedException.class);
    CatalogChecks.assertStatusResolves(CATALOG, 403, AccessDeniedException.class);
    CatalogChecks.assertStatusResolves(CATALOG, 404, ResourceNotFoundException.class);
    CatalogChecks.assertStatusResolves(CATALOG, 429, LimitExceededException.class);
    CatalogChecks.assertStatusResolves(CATALOG, 500, InternalErrorException.class);
  }

  @Test
  void statusesTheTableDoesNotListFallBackToHttp() {
    CatalogChecks.assertStatusResolves(CATALOG, 502, BadGatewayException.class);
    // FLOW_RUN_FAILED is one particular 424 with a code of its own, so it does not stand for 424.
    CatalogChecks.assertStatusResolves(CATALOG, 424, FailedDependencyException.class);
    CatalogChecks.assertStatusResolves(CATALOG, 422, dev.errata.http.UnprocessableContentException.class);
    CatalogChecks.assertStatusResolves(CATALOG, 499, ClientErrorException.class);
  }

  @Test
  void graphQlCodeWithStatus200TakesTheCatalogsStatus() {
    ErrorDetails details = ErrorDetails.builder()
        .status(200)
        .code("FLOW_NOT_DEPLOYED")
        .message("Flow 'triage' has no deployed version")
        .addError(new ReportedError("FLOW_NOT_DEPLOYED", "Flow 'triage' has no deployed version", ""))
        .build();

    CatalogException e = CATALOG.create("FLOW_NOT_DEPLOYED", 200, details);

    assertThat(e).isInstanceOf(FlowNotDeployedException.class);
    assertThat(e.status()).isEqualTo(404);
    assertThat(e.details().status()).isEqualTo(200);
    // One catch clause can be as broad or as narrow as the caller needs.
    assertThat(e).isInstanceOf(FlowNotFoundException.class);
    assertThat(e).isInstanceOf(ResourceNotFoundException.class);
    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e).isInstanceOf(ClientErrorException.class);
  }

  @Test
  void failedRunIsNotRetriedThoughItComesWith200() {
    CatalogException e = CATALOG.create("FLOW_RUN_FAILED", 200, CatalogChecks.response(200, "FLOW_RUN_FAILED"));

    assertThat(e).isInstanceOf(FlowRunFailedException.class);
    assertThat(e.status()).isEqualTo(424);
    assertThat(e.isRetryable()).isFalse();
  }

  @Test
  void docsUrlTemplateNamesTheCode() {
    assertThat(CATALOG.definition("PROJECT_MISMATCH").orElseThrow().docsUrl())
        .isEqualTo("https://flows.example.com/docs/errors#PROJECT_MISMATCH");
    assertThat(CATALOG.definition("NOT_FOUND").orElseThrow().docsUrl())
        .isEqualTo("https://flows.example.com/docs/errors#NOT_FOUND");
  }

  @Test
  void handlerFallsBackThroughRefinementsToHttpMethods() {
    FlowErrorHandler<String> handler = new FlowErrorHandler<>() {
      @Override
      public String onError(CatalogException e) {
        return "other";
      }

      @Override
      public String onFlowNotFound(FlowNotFoundException e) {
        return "check the flow id";
      }

      @Override
      public String onNotFound(NotFoundException e) {
        return "check the url";
      }

      @Override
      public String onUnauthorized(UnauthorizedException e) {
        return "check the key";
      }

      @Override
      public String onRateLimited(RateLimitedException e) {
        return "back off";
      }
    };

    assertThat(dispatch("FLOW_NOT_DEPLOYED", handler)).isEqualTo("check the flow id");
    assertThat(dispatch("FLOW_NOT_FOUND", handler)).isEqualTo("check the flow id");
    assertThat(dispatch("NOT_FOUND", handler)).isEqualTo("check the url");
    assertThat(dispatch("INVALID_API_KEY", handler)).isEqualTo("check the key");
    assertThat(dispatch("RATE_LIMITED", handler)).isEqualTo("back off");
    assertThat(dispatch("PROJECT_MISMATCH", handler)).isEqualTo("other");
    // An HTTP code the flows catalog does not refine reaches the HTTP handler method.
    assertThat(dispatch("GONE", handler)).isEqualTo("other");
    assertThat(CATALOG.dispatch(CATALOG.create(null, 404, CatalogChecks.response(404, null)), handler))
        .isEqualTo("check the url");
  }

  @Test
  void constantOfTakesTheNearestConstantOfTheCatalog() {
    CatalogException deployed = CATALOG.create("FLOW_NOT_DEPLOYED", 404, CatalogChecks.response(404, null));
    CatalogException gone = CATALOG.create(null, 410, CatalogChecks.response(410, null));

    assertThat(CATALOG.constantOf(deployed)).hasValue(FlowError.FLOW_NOT_DEPLOYED);
    assertThat(CATALOG.constantOf(gone)).isEmpty();
  }

  private static String dispatch(String code, FlowErrorHandler<String> handler) {
    return CATALOG.dispatch(CATALOG.create(code, 200, CatalogChecks.response(200, code)), handler);
  }
}
