package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.errata.CatalogException;
import dev.errata.ErrorDefinition;
import dev.errata.ReportedError;
import dev.errata.http.BadRequestException;
import dev.errata.http.ConflictException;
import dev.errata.http.NotFoundException;
import dev.errata.http.ServerErrorException;
import dev.errata.runtime.fixture.TestCatalogs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which members of a JSON error body the decoder takes, where, and of which JSON type. */
class ErrorBodyMembersTest {

  private static final ErrorDecoder HTTP = ErrorDecoder.builder(TestCatalogs.HTTP).build();

  private static CatalogException decode(int status, String json) {
    return HTTP.decode(status, Map.of("Content-Type", List.of("application/json")), json.getBytes(UTF_8));
  }

  @Test
  void aRetryableFlagCountsOnlyAtTheTopLevel() {
    assertThat(decode(503, "{\"retryable\":false}").isRetryable()).isFalse();
    assertThat(decode(404, "{\"retryable\":true}").isRetryable()).isTrue();
    assertThat(decode(404, "{\"error\":{\"retryable\":true}}").details().retryable()).isEmpty();
    assertThat(decode(404, "{\"cached\":true}").details().retryable()).isEmpty();
  }

  @Test
  void aListOfStringsIsAListOfMessages() {
    CatalogException e = decode(422, "{\"errors\":[\"name is blank\",42,\"email is invalid\"]}");

    assertThat(e.details().errors()).containsExactly(
        new ReportedError("", "name is blank", ""), new ReportedError("", "email is invalid", "")).inOrder();
  }

  @Test
  void stringsInListsOfOtherMembersAreNoErrors() {
    CatalogException e = decode(422, "{\"data\":{\"tags\":[\"urgent\"]},\"meta\":[\"x\"]}");
    CatalogException google = decode(400, "{\"error\":{\"code\":400,\"details\":[\"see the docs\"]}}");

    assertThat(e.details().errors()).isEmpty();
    assertThat(e.details().message()).isEmpty();
    assertThat(google.details().errors()).isEmpty();
  }

  @Test
  void anErrorsObjectOfFieldsNamesTheFieldOfEachMessage() {
    CatalogException e = decode(422, "{\"errors\":{\"email\":\"is invalid\",\"name\":[\"is blank\",\"is short\"]}}");

    assertThat(e.details().errors()).containsExactly(new ReportedError("", "is invalid", "email"),
        new ReportedError("", "is blank", "name"), new ReportedError("", "is short", "name")).inOrder();
  }

  @Test
  void theFirstCodeAliasThatIsAStringWins() {
    assertThat(decode(409, "{\"errorCode\":\"first\",\"error_code\":\"second\"}").details().code()).hasValue("first");
    assertThat(decode(409, "{\"errorCode\":7,\"error_code\":\"second\"}").details().code()).hasValue("second");
  }

  @Test
  void aStatusInTheBodyMayBeANumericString() {
    assertThat(decode(200, "{\"status\":\"409\"}")).isInstanceOf(ConflictException.class);
    assertThat(decode(200, "{\"error\":{\"status\":\"404\"}}")).isInstanceOf(NotFoundException.class);
    assertThat(decode(200, "{\"status\":\"4x9\"}").definition().kind()).isEqualTo(ErrorDefinition.Kind.UNKNOWN);
    assertThat(decode(200, "{\"status\":\"40\"}").definition().kind()).isEqualTo(ErrorDefinition.Kind.UNKNOWN);
  }

  @Test
  void aStatusInTheBodyCountsFrom400To599() {
    assertThat(decode(200, "{\"status\":400}")).isInstanceOf(BadRequestException.class);
    assertThat(decode(200, "{\"status\":599}")).isInstanceOf(ServerErrorException.class);
    assertThat(decode(200, "{\"status\":399}").definition().kind()).isEqualTo(ErrorDefinition.Kind.UNKNOWN);
    assertThat(decode(200, "{\"status\":600}").definition().kind()).isEqualTo(ErrorDefinition.Kind.UNKNOWN);
  }

  @Test
  void aNumericCodeInTheBodyMayBeTheStatus() {
    assertThat(decode(200, "{\"code\":404}")).isInstanceOf(NotFoundException.class);
    assertThat(decode(200, "{\"error\":{\"code\":409}}")).isInstanceOf(ConflictException.class);
  }

  @Test
  void theResponsesErrorStatusWinsOverTheBodysFrom400To599() {
    assertThat(decode(400, "{\"status\":404}")).isInstanceOf(BadRequestException.class);
    assertThat(decode(599, "{\"status\":404}")).isInstanceOf(ServerErrorException.class);
    assertThat(decode(600, "{\"status\":404}")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aNestedStatusThatIsANameIsAWireCode() {
    CatalogException e = decode(404, "{\"error\":{\"status\":\"NOT_FOUND\",\"message\":\"no such bot\"}}");

    assertThat(e.details().code()).hasValue("NOT_FOUND");
    assertThat(e.details().message()).hasValue("no such bot");
  }

  @Test
  void typesMustBeStrings() {
    assertThat(decode(409, "{\"error\":{\"type\":42}}").details().code()).isEmpty();
    assertThat(decode(409, "{\"error\":{\"type\":\"edit_conflict\"}}").details().code()).hasValue("edit_conflict");
    assertThat(decode(409, "{\"errors\":[{\"type\":42}]}").details().errors().get(0).code()).isEmpty();
    assertThat(decode(409, "{\"errors\":[{\"type\":\"edit_conflict\"}]}").details().errors().get(0).code())
        .isEqualTo("edit_conflict");
  }

  @Test
  void anEntrysTitleIsItsMessageWhenItHasNoOther() {
    CatalogException e = decode(422, "{\"errors\":[{\"title\":\"Invalid name\"},{\"title\":5,\"detail\":\"too long\"}]}");

    assertThat(e.details().errors().get(0).message()).isEqualTo("Invalid name");
    assertThat(e.details().errors().get(1).message()).isEqualTo("too long");
    assertThat(e.details().message()).hasValue("Invalid name");
  }

  @Test
  void anEntryPointsAtItsFieldWithASourcePointerOrParameter() {
    CatalogException e = decode(422, "{\"errors\":["
        + "{\"detail\":\"must not be blank\",\"source\":{\"pointer\":\"/data/attributes/name\"}},"
        + "{\"detail\":\"unknown sort\",\"source\":{\"parameter\":\"sort\"}},"
        + "{\"detail\":\"bad header\",\"source\":{\"header\":\"X-Version\"}}]}");

    assertThat(e.details().errors().stream().map(ReportedError::path).toList())
        .containsExactly("/data/attributes/name", "sort", "").inOrder();
  }

  @Test
  void aListOfBareStringsKeepsItsFirstFiftyAsEntriesDo() {
    StringBuilder body = new StringBuilder("{\"errors\":[");
    for (int i = 0; i < 60; i++) {
      body.append(i == 0 ? "" : ",").append("\"problem ").append(i).append('"');
    }

    CatalogException e = decode(422, body.append("]}").toString());

    assertThat(e.details().errors()).hasSize(ScannedBody.MAX_ERRORS);
    assertThat(e.details().errors().get(ScannedBody.MAX_ERRORS - 1).message()).isEqualTo("problem 49");
  }

  @Test
  void aRequestIdOrAnEntrysCodeLongerThanTheMaximumIsCut() {
    String tooLong = "r".repeat(ScannedBody.MAX_VALUE_LENGTH + 1);
    String cut = "r".repeat(ScannedBody.MAX_VALUE_LENGTH) + "…";

    assertThat(decode(500, "{\"requestId\":\"" + tooLong + "\"}").details().requestId()).hasValue(cut);
    assertThat(decode(500, "{\"errors\":[{\"code\":\"" + tooLong + "\"}]}").details().errors().get(0).code())
        .isEqualTo(cut);
    assertThat(decode(500, "{\"requestId\":12345}").details().requestId()).hasValue("12345");
  }

  @Test
  void aValueOfExactlyTheMaximumLengthIsKeptWhole() {
    String longest = "m".repeat(ScannedBody.MAX_VALUE_LENGTH);

    assertThat(decode(404, "{\"message\":\"" + longest + "\"}").details().message()).hasValue(longest);
  }
}
