package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;
import static dev.errata.runtime.fixture.TestBodies.read;

import dev.errata.Catalog;
import dev.errata.CatalogException;
import dev.errata.ErrorDefinition;
import dev.errata.ErrorDetails;
import dev.errata.http.ConflictException;
import dev.errata.runtime.fixture.TestCatalogs;
import dev.errata.runtime.fixture.WithPointers;
import dev.errata.runtime.fixture.platform.RelationConflictException;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/** {@link ErrorDecoder#read} and {@link ErrorDecoder#readStream}: the error before it becomes an exception. */
class DecodedErrorTest {

  private static final ErrorDecoder PLATFORM = ErrorDecoder.builder(TestCatalogs.PLATFORM).build();

  @Test
  void readGivesTheDetailsAndTheDefinitionBeforeAnyException() {
    DecodedError error = PLATFORM.read(ResponseView.of(409, null, read("problem.json")));

    assertThat(error.definition().code()).isEqualTo("RelationConflict");
    assertThat(error.details().status()).isEqualTo(409);
    assertThat(error.details().code()).hasValue("RelationConflict");
    assertThat(error.details().message()).hasValue("Bot bot_7Q2 is not linked to workspace ws_41.");
  }

  @Test
  void theExceptionIsTheOneDecodeMakes() {
    byte[] body = read("problem.json");
    CatalogException decoded = PLATFORM.decode(Responses.stream(409, null, new ByteArrayInputStream(body), -1));

    CatalogException made = PLATFORM.read(Responses.stream(409, null, new ByteArrayInputStream(body), -1)).toException();

    assertThat(made).isInstanceOf(RelationConflictException.class);
    assertThat(made.getClass()).isEqualTo(decoded.getClass());
    assertThat(made.details()).isEqualTo(decoded.details());
    assertThat(made.getMessage()).isEqualTo(decoded.getMessage());
  }

  @Test
  void readStreamReadsAtMostTheCap() {
    ErrorDecoder small = ErrorDecoder.builder(TestCatalogs.PLATFORM).maxReadBytes(64).build();
    ByteArrayInputStream body = new ByteArrayInputStream(new byte[1000]);

    DecodedError error = small.read(Responses.stream(502, null, body, -1));

    // The cap, plus one byte that tells a cut body from one of exactly that size.
    assertThat(body.available()).isEqualTo(1000 - 65);
    assertThat(error.details().bodyTruncated()).isTrue();
  }

  @Test
  void eachExceptionIsNew() {
    DecodedError error = PLATFORM.read(ResponseView.of(409, null, read("problem.json")));

    CatalogException first = error.toException();
    CatalogException second = error.toException();

    assertThat(second).isNotSameInstanceAs(first);
    assertThat(second.getClass()).isEqualTo(first.getClass());
  }

  @Test
  void theDecodersStackTraceSettingHolds() {
    ErrorDecoder traceless = ErrorDecoder.builder(TestCatalogs.PLATFORM).captureStackTraces(false).build();

    assertThat(traceless.read(ResponseView.of(409, null, read("problem.json"))).toException().getStackTrace()).isEmpty();
  }

  @Test
  void anErrorTheCatalogDoesNotDefineIsItsCatchAll() {
    DecodedError error = PLATFORM.read(ResponseView.of(302, null, (byte[]) null));

    assertThat(error.definition().kind()).isEqualTo(ErrorDefinition.Kind.UNKNOWN);
    assertThat(error.toException().getClass()).isEqualTo(CatalogException.class);
  }

  @Test
  void aCatalogWhoseFactoryFailsStillYieldsAnException() {
    Catalog failingFactory = new WithPointers(
        TestCatalogs.PLATFORM, TestCatalogs.PLATFORM.codePointers(), TestCatalogs.PLATFORM.messagePointers()) {
      @Override
      public CatalogException create(String code, int status, ErrorDetails details, boolean captureStackTrace) {
        if (code != null) {
          throw new IllegalStateException("no factory for codes");
        }
        return super.create(code, status, details, captureStackTrace);
      }
    };
    ErrorDecoder decoder = ErrorDecoder.builder(failingFactory).build();
    DecodedError error = decoder.read(ResponseView.of(409, null, read("problem.json")));

    CatalogException e = error.toException();

    assertThat(error.definition().code()).isEqualTo("RelationConflict");
    // The status alone decides, as the decoder's fallback: here the parent catalog's code for it.
    assertThat(e.getClass()).isEqualTo(ConflictException.class);
    assertThat(e.details().status()).isEqualTo(409);
  }
}
