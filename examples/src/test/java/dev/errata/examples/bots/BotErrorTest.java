package dev.errata.examples.bots;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.errata.Catalog;
import dev.errata.CatalogException;
import dev.errata.examples.CatalogChecks;
import dev.errata.examples.SeedCatalogTest;
import dev.errata.examples.SeedRow;
import dev.errata.http.BadRequestException;
import dev.errata.http.ConflictException;
import dev.errata.http.ContentTooLargeException;
import dev.errata.http.InternalServerErrorException;
import dev.errata.http.MethodNotAllowedException;
import dev.errata.http.NotFoundException;
import dev.errata.http.ServiceUnavailableException;
import dev.errata.http.TooManyRequestsException;
import dev.errata.runtime.ErrorDecoder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bot platform API: all 24 error types of its page, in the page's order. */
class BotErrorTest extends SeedCatalogTest {

  private static final BotErrorCatalog CATALOG = BotErrorCatalog.INSTANCE;

  /** Type, status and display name as the page lists them; the superclass shows the refinement. */
  static final List<SeedRow> ROWS = List.of(
      new SeedRow("Unauthorized", 401, "Unauthorized",
          UnauthorizedException.class, dev.errata.http.UnauthorizedException.class, false),
      new SeedRow("Forbidden", 403, "Forbidden",
          ForbiddenException.class, dev.errata.http.ForbiddenException.class, false),
      new SeedRow("PayloadTooLarge", 413, "Payload Too Large",
          PayloadTooLargeException.class, ContentTooLargeException.class, false),
      new SeedRow("InvalidPayload", 400, "Invalid Payload",
          InvalidPayloadException.class, BadRequestException.class, false),
      new SeedRow("UnsupportedMediaType", 415, "Unsupported Media Type",
          UnsupportedMediaTypeException.class, dev.errata.http.UnsupportedMediaTypeException.class, false),
      new SeedRow("MethodNotFound", 405, "Method Not Found",
          MethodNotFoundException.class, MethodNotAllowedException.class, false),
      new SeedRow("ResourceNotFound", 404, "Resource Not Found",
          ResourceNotFoundException.class, NotFoundException.class, false),
      new SeedRow("InvalidJsonSchema", 400, "Invalid JSON Schema",
          InvalidJsonSchemaException.class, InvalidPayloadException.class, false),
      new SeedRow("InvalidDataFormat", 400, "Invalid Data Format",
          InvalidDataFormatException.class, InvalidPayloadException.class, false),
      new SeedRow("InvalidIdentifier", 400, "Invalid Identifier",
          InvalidIdentifierException.class, InvalidPayloadException.class, false),
      new SeedRow("RelationConflict", 409, "Relation Conflict",
          RelationConflictException.class, ConflictException.class, false),
      new SeedRow("ReferenceConstraint", 409, "Reference Constraint",
          ReferenceConstraintException.class, ConflictException.class, false),
      new SeedRow("ReferenceNotFound", 400, "Reference Not Found",
          ReferenceNotFoundException.class, InvalidPayloadException.class, false),
      new SeedRow("InvalidQuery", 400, "Invalid Query",
          InvalidQueryException.class, BadRequestException.class, false),
      new SeedRow("Runtime", 400, "Runtime",
          RuntimeFailureException.class, BadRequestException.class, false),
      new SeedRow("AlreadyExists", 409, "Already Exists",
          AlreadyExistsException.class, ConflictException.class, false),
      new SeedRow("RateLimited", 429, "Rate Limited",
          RateLimitedException.class, TooManyRequestsException.class, true),
      new SeedRow("PaymentRequired", 402, "Payment Required",
          PaymentRequiredException.class, dev.errata.http.PaymentRequiredException.class, false),
      new SeedRow("QuotaExceeded", 403, "Quota Exceeded",
          QuotaExceededException.class, ForbiddenException.class, false),
      new SeedRow("LimitExceeded", 413, "Limit Exceeded",
          LimitExceededException.class, ContentTooLargeException.class, false),
      new SeedRow("BreakingChanges", 400, "Breaking Changes",
          BreakingChangesException.class, InvalidPayloadException.class, false),
      new SeedRow("ResourceLockedConflict", 409, "Resource Locked Conflict",
          ResourceLockedConflictException.class, ConflictException.class, true),
      new SeedRow("Unknown", 500, "Unknown",
          UnknownException.class, InternalServerErrorException.class, true),
      new SeedRow("Internal", 500, "Internal",
          InternalException.class, InternalServerErrorException.class, true));

  @Override
  protected Catalog catalog() {
    return CATALOG;
  }

  @Override
  protected Class<? extends Enum<?>> catalogEnum() {
    return BotError.class;
  }

  @Override
  protected List<SeedRow> rows() {
    return ROWS;
  }

  @Test
  void thePageHas24Types() {
    assertThat(ROWS).hasSize(24);
  }

  @Test
  void statusCountsMatchThePage() {
    assertThat(countOf(400)).isEqualTo(8);
    assertThat(countOf(409)).isEqualTo(4);
    assertThat(countOf(403)).isEqualTo(2);
    assertThat(countOf(413)).isEqualTo(2);
    assertThat(countOf(500)).isEqualTo(2);
    for (int status : new int[] {401, 402, 404, 405, 415, 429}) {
      assertThat(countOf(status)).isEqualTo(1);
    }
  }

  @Test
  void aRateLimitSaysWhatIsLeftAndWhenTheWindowResets() {
    CatalogException e = ErrorDecoder.builder(CATALOG).build().decode(429, Map.of(), """
        {"code": 429, "type": "RateLimited", "message": "600 of 600 messages sent this minute",
         "remaining": 0, "reset_at": "2026-05-04T10:16:00Z"}""".getBytes(UTF_8));

    RateLimitedException limited = (RateLimitedException) e;
    assertThat(limited.remaining().getAsInt()).isEqualTo(0);
    assertThat(limited.resetAt()).hasValue(Instant.parse("2026-05-04T10:16:00Z"));
  }

  @Test
  void bodyPointersReadTheTypeAndTheMessage() {
    assertThat(CATALOG.codePointers()).containsExactly("/type");
    assertThat(CATALOG.messagePointers()).containsExactly("/message");
  }

  @Test
  void bareStatusCreatesTheHttpExceptionEveryTypeOfThatStatusExtends() {
    // Every type is one particular error with a wire code of its own: none stands for a status.
    CatalogChecks.assertStatusResolves(CATALOG, 400, BadRequestException.class);
    CatalogChecks.assertStatusResolves(CATALOG, 401, dev.errata.http.UnauthorizedException.class);
    CatalogChecks.assertStatusResolves(CATALOG, 402, dev.errata.http.PaymentRequiredException.class);
    CatalogChecks.assertStatusResolves(CATALOG, 403, dev.errata.http.ForbiddenException.class);
    CatalogChecks.assertStatusResolves(CATALOG, 404, NotFoundException.class);
    CatalogChecks.assertStatusResolves(CATALOG, 405, MethodNotAllowedException.class);
    CatalogChecks.assertStatusResolves(CATALOG, 409, ConflictException.class);
    CatalogChecks.assertStatusResolves(CATALOG, 413, ContentTooLargeException.class);
    CatalogChecks.assertStatusResolves(CATALOG, 415, dev.errata.http.UnsupportedMediaTypeException.class);
    CatalogChecks.assertStatusResolves(CATALOG, 429, TooManyRequestsException.class);
    CatalogChecks.assertStatusResolves(CATALOG, 500, InternalServerErrorException.class);
    CatalogChecks.assertStatusResolves(CATALOG, 503, ServiceUnavailableException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void typeExtendsTheExceptionABareStatusCreates(SeedRow row) {
    CatalogException bare = CATALOG.create(null, row.status(), CatalogChecks.response(row.status(), null));

    assertThat(bare).isNotInstanceOf(row.exception());
    assertWithMessage("%s extends %s", row.exception().getSimpleName(), bare.getClass().getName())
        .that(bare.getClass().isAssignableFrom(row.exception()))
        .isTrue();
  }

  @Test
  void catchingAnHttpExceptionCatchesTheTypesRefiningIt() {
    CatalogException relation = create("RelationConflict", 409);
    CatalogException schema = create("InvalidJsonSchema", 400);
    CatalogException quota = create("QuotaExceeded", 403);

    assertThat(relation).isInstanceOf(ConflictException.class);
    assertThat(schema).isInstanceOf(InvalidPayloadException.class);
    assertThat(schema).isInstanceOf(BadRequestException.class);
    assertThat(quota).isInstanceOf(ForbiddenException.class);
    assertThat(quota).isInstanceOf(dev.errata.http.ForbiddenException.class);
  }

  @Test
  void typeWinsOverAMismatchedStatus() {
    CatalogException e = create("AlreadyExists", 400);

    assertThat(e).isInstanceOf(AlreadyExistsException.class);
    assertThat(e.status()).isEqualTo(400);
  }

  @Test
  void docsUrlTemplateNamesTheType() {
    assertThat(CATALOG.definition("Runtime").orElseThrow().docsUrl())
        .isEqualTo("https://bots.example.com/docs/api/errors#Runtime");
  }

  @Test
  void handlerFallsBackToBotAndHttpMethods() {
    BotErrorHandler<String> handler = new BotErrorHandler<>() {
      @Override
      public String onError(CatalogException e) {
        return "other";
      }

      @Override
      public String onConflict(ConflictException e) {
        return "conflict";
      }

      @Override
      public String onResourceLockedConflict(ResourceLockedConflictException e) {
        return "wait for the lock";
      }

      @Override
      public String onInvalidPayload(InvalidPayloadException e) {
        return "fix the body";
      }

      @Override
      public String onForbidden(ForbiddenException e) {
        return "ask for access";
      }

      @Override
      public String onUnauthorized(dev.errata.http.UnauthorizedException e) {
        return "log in";
      }
    };

    assertThat(dispatch("RelationConflict", 409, handler)).isEqualTo("conflict");
    assertThat(dispatch("ResourceLockedConflict", 409, handler)).isEqualTo("wait for the lock");
    assertThat(dispatch("InvalidIdentifier", 400, handler)).isEqualTo("fix the body");
    assertThat(dispatch("BreakingChanges", 400, handler)).isEqualTo("fix the body");
    assertThat(dispatch("InvalidQuery", 400, handler)).isEqualTo("other");
    assertThat(dispatch("QuotaExceeded", 403, handler)).isEqualTo("ask for access");
    // The bot platform's Unauthorized falls back to the HTTP method of the same name.
    assertThat(dispatch("Unauthorized", 401, handler)).isEqualTo("log in");
    assertThat(dispatch(null, 409, handler)).isEqualTo("conflict");
    assertThat(dispatch(null, 403, handler)).isEqualTo("other");
  }

  @Test
  void constantOfSupportsSwitches() {
    assertThat(CATALOG.constantOf(create("InvalidDataFormat", 400))).hasValue(BotError.INVALID_DATA_FORMAT);
    assertThat(CATALOG.constantOf(create("Runtime", 400))).hasValue(BotError.RUNTIME_FAILURE);
    assertThat(CATALOG.constantOf(create(null, 409))).isEmpty();
  }

  private static long countOf(int status) {
    return CATALOG.definitions().stream().filter(d -> d.status() == status).count();
  }

  private static CatalogException create(String type, int status) {
    return CATALOG.create(type, status, CatalogChecks.response(status, type));
  }

  private static String dispatch(String type, int status, BotErrorHandler<String> handler) {
    return CATALOG.dispatch(create(type, status), handler);
  }
}
