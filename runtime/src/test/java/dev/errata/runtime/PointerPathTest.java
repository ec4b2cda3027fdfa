package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.errata.CatalogException;
import dev.errata.runtime.fixture.TestCatalogs;
import dev.errata.runtime.fixture.WithPointers;
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
}
