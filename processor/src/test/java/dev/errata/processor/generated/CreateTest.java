package dev.errata.processor.generated;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.CatalogException;
import dev.errata.ErrorDefinition;
import dev.errata.ErrorDetails;
import dev.errata.GeneratedCatalog;
import dev.errata.processor.fixtures.platform.MaintenanceException;
import dev.errata.processor.fixtures.platform.PlatformCatalog;
import dev.errata.processor.fixtures.platform.RelationConflictException;
import dev.errata.processor.fixtures.platform.ResourceLockedException;
import dev.errata.processor.fixtures.platform.TeapotException;
import dev.errata.processor.fixtures.web.ClientErrorException;
import dev.errata.processor.fixtures.web.ConflictException;
import dev.errata.processor.fixtures.web.GatewayErrorException;
import dev.errata.processor.fixtures.web.NotFoundException;
import dev.errata.processor.fixtures.web.ServerErrorException;
import dev.errata.processor.fixtures.web.TooManyRequestsException;
import dev.errata.processor.fixtures.web.WebCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code create} resolves wire code, then status, then category, then the catch-all. */
class CreateTest {

  private static final PlatformCatalog PLATFORM = PlatformCatalog.INSTANCE;

  private static CatalogException create(String code, int status) {
    return PLATFORM.create(code, status, ErrorDetails.builder().status(status).code(code).build());
  }

  @Test
  void knownCodeOfTheCatalogItselfGivesItsException() {
    CatalogException e = create("RelationConflict", 409);

    assertThat(e).isInstanceOf(RelationConflictException.class);
    assertThat(e).isInstanceOf(ConflictException.class);
    assertThat(e.code()).isEqualTo("RelationConflict");
    assertThat(e.definition().catalog()).isEqualTo("Acme Platform API");
  }

  @Test
  void knownCodeWinsOverAConflictingStatus() {
    assertThat(create("RelationConflict", 400)).isInstanceOf(RelationConflictException.class);
  }

  @Test
  void ancestorsCodesAreKnownToo() {
    CatalogException e = create("TOO_MANY_REQUESTS", 429);

    assertThat(e).isInstanceOf(TooManyRequestsException.class);
    assertThat(e.definition().catalog()).isEqualTo("Web");
  }

  @ParameterizedTest(name = "unknown code, status {0} -> {1}")
  @CsvSource({
    // The catalog overrides the parent's code for the status (same wire code).
    "404, dev.errata.processor.fixtures.platform.NotFoundException",
    // The catalog defines a status no ancestor has a code for.
    "418, dev.errata.processor.fixtures.platform.TeapotException",
    // The catalog's codes of these statuses are particular errors, not the status: the parent's code.
    "401, dev.errata.processor.fixtures.web.UnauthorizedException",
    "409, dev.errata.processor.fixtures.web.ConflictException",
    "503, dev.errata.processor.fixtures.web.ServiceUnavailableException",
    // Only the parent knows the status.
    "429, dev.errata.processor.fixtures.web.TooManyRequestsException",
    // Nobody stands for the status: the narrowest category holding it.
    "422, dev.errata.processor.fixtures.web.ClientErrorException",
    "451, dev.errata.processor.fixtures.web.ClientErrorException",
    "502, dev.errata.processor.fixtures.web.GatewayErrorException",
    "599, dev.errata.processor.fixtures.web.ServerErrorException",
  })
  void unknownCodeResolvesByStatusThenCategory(int status, String exceptionClass) {
    assertThat(create("NoSuchCode", status).getClass().getName()).isEqualTo(exceptionClass);
  }

  @Test
  void missingCodeIsLikeAnUnknownOne() {
    assertThat(PLATFORM.create(null, 429, ErrorDetails.empty())).isInstanceOf(TooManyRequestsException.class);
    assertThat(PLATFORM.create("", 429, ErrorDetails.empty())).isInstanceOf(TooManyRequestsException.class);
  }

  @Test
  void anOverridingCodeTakesThePlaceOfTheParentsCode() {
    CatalogException byCode = create("NOT_FOUND", 404);

    assertThat(byCode).isInstanceOf(dev.errata.processor.fixtures.platform.NotFoundException.class);
    assertThat(byCode).isInstanceOf(NotFoundException.class);
    assertThat(byCode.definition().remedy()).containsExactly("Check the workspace the identifier belongs to.");
    assertThat(WebCatalog.INSTANCE.create("NOT_FOUND", 404, ErrorDetails.empty()).getClass()).isEqualTo(NotFoundException.class);
  }

  @ParameterizedTest(name = "status {0}")
  @CsvSource({"0", "200", "302", "600", "-1"})
  void unknownEverythingGivesThePlainCatchAll(int status) {
    CatalogException e = create("NoSuchCode", status);

    assertThat(e.getClass()).isEqualTo(CatalogException.class);
    assertThat(e.definition().kind()).isEqualTo(ErrorDefinition.Kind.UNKNOWN);
    assertThat(e.definition().catalog()).isEqualTo("Acme Platform API");
    assertThat(e.definition()).isSameInstanceAs(PLATFORM.unknownDefinition());
    assertThat(e.isRetryable()).isFalse();
  }

  @Test
  void aCategoryIsNeverSkippedForTheCatchAll() {
    assertThat(create("NoSuchCode", 400 + 99)).isInstanceOf(ClientErrorException.class);
    assertThat(create("NoSuchCode", 500)).isInstanceOf(ServerErrorException.class);
  }

  @Test
  void theParentCatalogAloneDoesNotKnowTheChildsCodes() {
    CatalogException e = WebCatalog.INSTANCE.create("RelationConflict", 409, ErrorDetails.empty());

    assertThat(e.getClass()).isEqualTo(ConflictException.class);
  }

  @Test
  void resolveNamesTheDefinitionCreateWouldUse() {
    assertThat(PLATFORM.resolve("ResourceLocked", 0)).isEqualTo(PLATFORM.definition("ResourceLocked").orElseThrow());
    assertThat(PLATFORM.resolve(null, 502).name()).isEqualTo("GATEWAY_ERROR");
    assertThat(PLATFORM.resolve("NoSuchCode", 404).catalog()).isEqualTo("Acme Platform API");
    assertThat(PLATFORM.resolve("x", 200).kind()).isEqualTo(ErrorDefinition.Kind.UNKNOWN);
  }

  @ParameterizedTest(name = "code {0}, status {1}")
  @CsvSource({"ResourceLocked, 0", ", 429", "NoSuchCode, 451", "NoSuchCode, 404", "NOT_FOUND, 404", "x, 200"})
  void createMakesTheExceptionOfTheDefinitionResolveNames(String code, int status) {
    ErrorDefinition resolved = PLATFORM.resolve(code, status);

    CatalogException made = PLATFORM.create(code, status, ErrorDetails.empty(), false);

    assertThat(made.definition()).isSameInstanceAs(resolved);
  }

  @Test
  void aStackTraceStartsAtTheExceptionsFactoryThenTheCatalogsTableThenCreateThenItsCaller() {
    StackTraceElement[] trace = PLATFORM.create("Teapot", 418, ErrorDetails.empty(), true).getStackTrace();

    assertThat(trace[0].getClassName()).isEqualTo(TeapotException.class.getName());
    assertThat(trace[0].getMethodName()).isEqualTo("create");
    assertThat(trace[1].getClassName()).isEqualTo(PlatformCatalog.class.getName());
    assertThat(trace[1].getMethodName()).isEqualTo("newException");
    assertThat(trace[2].getClassName()).isEqualTo(GeneratedCatalog.class.getName());
    assertThat(trace[2].getMethodName()).isEqualTo("create");
    assertThat(trace[3].getMethodName()).isEqualTo("aStackTraceStartsAtTheExceptionsFactoryThenTheCatalogsTableThenCreateThenItsCaller");
  }

  @Test
  void stackTracesAreCapturedUnlessAskedNotTo() {
    CatalogException with = PLATFORM.create("Teapot", 418, ErrorDetails.empty());
    CatalogException without = PLATFORM.create("Teapot", 418, ErrorDetails.empty(), false);

    assertThat(with.getStackTrace()).isNotEmpty();
    assertThat(without.getStackTrace()).isEmpty();
    assertThat(without).isInstanceOf(TeapotException.class);
  }

  @Test
  void detailsTravelWithTheException() {
    ErrorDetails details = ErrorDetails.builder().status(503).code("Maintenance").message("back at noon").requestId("r-1").build();

    CatalogException e = PLATFORM.create("Maintenance", 503, details);

    assertThat(e).isInstanceOf(MaintenanceException.class);
    assertThat(e.details()).isSameInstanceAs(details);
    assertThat(e.getMessage()).isEqualTo("Down for Maintenance (503 Maintenance): back at noon [request r-1]");
  }

  @Test
  void inheritedStatusAndRetryAdvice() {
    CatalogException e = create("ResourceLocked", 409);

    assertThat(e).isInstanceOf(ResourceLockedException.class);
    assertThat(e).isInstanceOf(RelationConflictException.class);
    assertThat(e.definition().status()).isEqualTo(409);
    assertThat(e.isRetryable()).isTrue();
    assertThat(create("RelationConflict", 409).isRetryable()).isFalse();
  }

  @Test
  void retryAdviceIsInheritedFromTheCategory() {
    assertThat(WebCatalog.INSTANCE.create("GATEWAY_TIMEOUT", 504, ErrorDetails.empty()).isRetryable()).isTrue();
    assertThat(WebCatalog.INSTANCE.create("INTERNAL_SERVER_ERROR", 500, ErrorDetails.empty()).isRetryable()).isFalse();
    assertThat(create(null, 502)).isInstanceOf(GatewayErrorException.class);
  }
}
