package dev.errata.processor.generated;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.CatalogException;
import dev.errata.ErrorDetails;
import dev.errata.processor.fixtures.platform.Platform;
import dev.errata.processor.fixtures.platform.PlatformCatalog;
import dev.errata.processor.fixtures.platform.PlatformHandler;
import dev.errata.processor.fixtures.platform.RelationConflictException;
import dev.errata.processor.fixtures.platform.UnauthorizedException;
import dev.errata.processor.fixtures.web.ClientErrorException;
import dev.errata.processor.fixtures.web.ConflictException;
import dev.errata.processor.fixtures.web.NotFoundException;
import dev.errata.processor.fixtures.web.WebCatalog;
import dev.errata.processor.fixtures.web.WebHandler;
import org.junit.jupiter.api.Test;

/** The generated handler falls back along the refinement tree; dispatch picks the most specific method. */
class DispatchTest {

  /** Overrides a few methods at different depths of the tree. */
  private static final PlatformHandler<String> HANDLER = new PlatformHandler<>() {
    @Override
    public String onError(CatalogException e) {
      return "error";
    }

    @Override
    public String onClientError(ClientErrorException e) {
      return "client";
    }

    @Override
    public String onConflict(ConflictException e) {
      return "conflict";
    }

    @Override
    public String onRelationConflict(RelationConflictException e) {
      return "relation";
    }

    @Override
    public String onUnauthorized(dev.errata.processor.fixtures.web.UnauthorizedException e) {
      return "web-unauthorized";
    }
  };

  private static String dispatch(String code, int status) {
    return PlatformCatalog.INSTANCE.dispatch(PlatformCatalog.INSTANCE.create(code, status, ErrorDetails.empty()), HANDLER);
  }

  @Test
  void aCodeWithItsOwnOverrideGoesThere() {
    assertThat(dispatch("RelationConflict", 409)).isEqualTo("relation");
  }

  @Test
  void aCodeFallsBackToTheCodeItRefines() {
    assertThat(dispatch("ResourceLocked", 409)).isEqualTo("relation");
    assertThat(dispatch("AlreadyExists", 409)).isEqualTo("conflict");
    assertThat(dispatch("Teapot", 418)).isEqualTo("client");
    assertThat(dispatch("NOT_FOUND", 404)).isEqualTo("client");
    assertThat(dispatch("TOO_MANY_REQUESTS", 429)).isEqualTo("client");
  }

  @Test
  void aChildMethodNamedLikeItsParentsFallsBackToTheParentsOverload() {
    assertThat(dispatch("Unauthorized", 401)).isEqualTo("web-unauthorized");
    assertThat(dispatch("UNAUTHORIZED", 401)).isEqualTo("web-unauthorized");
  }

  @Test
  void errorsOutsideEveryCategoryReachOnError() {
    assertThat(dispatch("x", 200)).isEqualTo("error");
    assertThat(dispatch("INTERNAL_SERVER_ERROR", 500)).isEqualTo("error");
  }

  @Test
  void aParentHandlerHandlesChildExceptionsAtTheParentsLevel() {
    WebHandler<String> web = new WebHandler<>() {
      @Override
      public String onError(CatalogException e) {
        return "error";
      }

      @Override
      public String onConflict(ConflictException e) {
        return "conflict:" + e.code();
      }
    };
    CatalogException locked = PlatformCatalog.INSTANCE.create("ResourceLocked", 409, ErrorDetails.empty());

    assertThat(WebCatalog.INSTANCE.dispatch(locked, web)).isEqualTo("conflict:ResourceLocked");
  }

  @Test
  void exceptionsBuiltByHandDispatchLikeDecodedOnes() {
    assertThat(PlatformCatalog.INSTANCE.dispatch(new RelationConflictException("taken"), HANDLER)).isEqualTo("relation");
    assertThat(PlatformCatalog.INSTANCE.dispatch(new NotFoundException("gone"), HANDLER)).isEqualTo("client");
    assertThat(PlatformCatalog.INSTANCE.dispatch(new UnauthorizedException("no key"), HANDLER)).isEqualTo("web-unauthorized");
  }

  @Test
  void constantOfNamesTheCatalogConstantForSwitches() {
    CatalogException locked = PlatformCatalog.INSTANCE.create("ResourceLocked", 409, ErrorDetails.empty());
    CatalogException notFound = PlatformCatalog.INSTANCE.create("NOT_FOUND", 404, ErrorDetails.empty());
    CatalogException tooMany = PlatformCatalog.INSTANCE.create("TOO_MANY_REQUESTS", 429, ErrorDetails.empty());

    assertThat(PlatformCatalog.INSTANCE.constantOf(locked)).hasValue(Platform.RESOURCE_LOCKED);
    assertThat(PlatformCatalog.INSTANCE.constantOf(notFound)).hasValue(Platform.NOT_FOUND);
    assertThat(PlatformCatalog.INSTANCE.constantOf(tooMany)).isEmpty();
    assertThat(PlatformCatalog.INSTANCE.constantOf(new RelationConflictException("x"))).hasValue(Platform.RELATION_CONFLICT);
  }
}
