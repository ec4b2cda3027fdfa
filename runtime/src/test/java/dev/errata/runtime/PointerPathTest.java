package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.errata.CatalogException;
import dev.errata.http.NotFoundException;
import dev.errata.runtime.fixture.TestCatalogs;
import dev.errata.runtime.fixture.WithPointers;
import dev.errata.runtime.fixture.platform.AlreadyExistsException;
import dev.errata.runtime.fixture.platform.RelationConflictException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Catalog pointers the decoder follows exactly as RFC 6901 reads them; found by PointerPathFuzzTest. */
class PointerPathTest {

  private static CatalogException decode(String pointer, String body) {
    return ErrorDecoder.builder(new WithPointers(TestCatalogs.PLATFORM, List.of(pointer), List.of(pointer)))
        .build()
        .decode(404, Map.of(), body.getBytes(UTF_8));
  }

  @Test
  void slashAlonePointsAtTheRootMemberWithTheEmptyName() {
    CatalogException e = decode("/", "{\"code\":\"NOT_FOUND\",\"\":\"RelationConflict\"}");

    assertThat(PointerPath.parse("/")).isNotNull();
    assertThat(e).isInstanceOf(RelationConflictException.class);
    assertThat(e.details().message()).hasValue("RelationConflict");
  }

  @Test
  void aPointerIntoAnErrorsEntryPastTheKeptOnesIsStillFollowed() {
    StringBuilder body = new StringBuilder("{\"errors\":[");
    for (int i = 0; i < 60; i++) {
      body.append("{\"code\":\"NOT_FOUND\",\"message\":\"entry ").append(i).append("\"},");
    }
    body.append("{\"code\":\"RelationConflict\",\"message\":\"the one pointed at\"}]}");

    CatalogException e = decode("/errors/60/code", body.toString());

    assertThat(e).isInstanceOf(RelationConflictException.class);
    assertThat(e.details().errors()).hasSize(ScannedBody.MAX_ERRORS);
  }

  @Test
  void anArrayIndexIsADecimalNumberWithoutLeadingZeros() {
    // Not "errors", which the decoder looks into without a pointer.
    String body = "{\"items\":[{\"code\":\"RelationConflict\"},{\"code\":\"AlreadyExists\"},{},{},{},{},{},{},{},"
        + "{\"code\":\"RelationConflict\"}]}";

    assertThat(decode("/items/0/code", body)).isInstanceOf(RelationConflictException.class);
    assertThat(decode("/items/1/code", body)).isInstanceOf(AlreadyExistsException.class);
    assertThat(decode("/items/9/code", body)).isInstanceOf(RelationConflictException.class);
    for (String notAnIndex : List.of("/items/01/code", "/items//code", "/items/x/code", "/items/-1/code")) {
      assertThat(decode(notAnIndex, body).getClass()).isEqualTo(NotFoundException.class);
    }
  }

  @Test
  void aTildeEndingATokenMakesThePointerMalformed() {
    assertThat(PointerPath.parse("/a~")).isNull();
    assertThat(PointerPath.parse("/a~/b")).isNull();
  }

  @Test
  void codeAndMessagePointersLeadIntoNestedObjectsEachOnItsOwn() {
    CatalogException e = ErrorDecoder.builder(
            new WithPointers(TestCatalogs.PLATFORM, List.of("/meta/code"), List.of("/detail/text")))
        .build()
        .decode(404, Map.of(), "{\"meta\":{\"code\":\"RelationConflict\"},\"detail\":{\"text\":\"linked elsewhere\"}}"
            .getBytes(UTF_8));

    assertThat(e).isInstanceOf(RelationConflictException.class);
    assertThat(e.details().message()).hasValue("linked elsewhere");
  }
}
