package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.errata.Catalog;
import dev.errata.CatalogException;
import dev.errata.http.BadRequestException;
import dev.errata.http.ConflictException;
import dev.errata.http.NotFoundException;
import dev.errata.runtime.fixture.TestCatalogs;
import dev.errata.runtime.fixture.WithPointers;
import dev.errata.runtime.fixture.platform.AlreadyExistsException;
import dev.errata.runtime.fixture.platform.InvalidPayloadException;
import dev.errata.runtime.fixture.platform.RelationConflictException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The decoder follows {@link Precedence}: pointer lists, known codes first, and each order's sources. */
class PrecedenceTest {

  private static final ErrorDecoder AUTO = ErrorDecoder.builder(TestCatalogs.PLATFORM).build();

  private static ErrorDecoder pointed(List<String> code, List<String> message) {
    return ErrorDecoder.builder(new WithPointers(TestCatalogs.PLATFORM, code, message)).build();
  }

  private static CatalogException decode(ErrorDecoder decoder, int status, String body) {
    return decoder.decode(status, Map.of(), body.getBytes(UTF_8));
  }

  @Test
  void theFirstPointerWhoseValueTheCatalogKnowsWins() {
    ErrorDecoder decoder = pointed(List.of("/error/sub", "/error/code"), List.of());

    CatalogException sub = decode(decoder, 409, "{\"error\":{\"code\":\"RelationConflict\",\"sub\":\"AlreadyExists\"}}");
    CatalogException unknownSub = decode(decoder, 409, "{\"error\":{\"code\":\"RelationConflict\",\"sub\":\"gone_fishing\"}}");
    CatalogException noSub = decode(decoder, 409, "{\"error\":{\"code\":\"RelationConflict\"}}");

    assertThat(sub).isInstanceOf(AlreadyExistsException.class);
    assertThat(unknownSub).isInstanceOf(RelationConflictException.class);
    assertThat(unknownSub.details().code()).hasValue("RelationConflict");
    assertThat(noSub).isInstanceOf(RelationConflictException.class);
  }

  @Test
  void pointersThatFindOnlyUnknownCodesLetTheStatusDecideAndReportTheFirst() {
    ErrorDecoder decoder = pointed(List.of("/error/sub", "/error/code"), List.of());

    CatalogException e = decode(decoder, 409,
        "{\"code\":\"mystery\",\"error\":{\"code\":\"nope\",\"sub\":\"still_nope\"}}");

    assertThat(e.getClass()).isEqualTo(ConflictException.class);
    assertThat(e.details().code()).hasValue("still_nope");
  }

  @Test
  void anUnknownValueAtAPointerHidesNoKnownCodeElsewhere() {
    ErrorDecoder decoder = pointed(List.of("/error/sub", "/error/code"), List.of());

    CatalogException e = decode(decoder, 409,
        "{\"code\":\"AlreadyExists\",\"error\":{\"code\":\"nope\",\"sub\":\"still_nope\"}}");

    assertThat(e).isInstanceOf(AlreadyExistsException.class);
    assertThat(e.details().code()).hasValue("AlreadyExists");
  }

  @Test
  void aKnownCodeAtAPointerBeatsAKnownCodeElsewhere() {
    ErrorDecoder decoder = pointed(List.of("/error/sub"), List.of());

    CatalogException e = decode(decoder, 409, "{\"code\":\"RelationConflict\",\"error\":{\"sub\":\"AlreadyExists\"}}");

    assertThat(e).isInstanceOf(AlreadyExistsException.class);
  }

  @Test
  void aTypePointerThatFindsADocumentationLinkLeavesTheCodeMemberToDecide() {
    ErrorDecoder decoder = pointed(List.of("/error/code", "/type"), List.of());

    CatalogException e = decode(decoder, 409,
        "{\"type\":\"https://docs.example.com/errors#RelationConflict\",\"code\":\"AlreadyExists\"}");

    assertThat(e).isInstanceOf(AlreadyExistsException.class);
  }

  @Test
  void pointersThatFindNothingLeaveTheCodeToTheUsualSources() {
    ErrorDecoder decoder = pointed(List.of("/error/sub", "/error/code"), List.of());

    assertThat(decode(decoder, 409, "{\"code\":\"AlreadyExists\"}")).isInstanceOf(AlreadyExistsException.class);
  }

  @Test
  void aNumberAtAPointerIsACode() {
    ErrorDecoder decoder = pointed(List.of("/error/sub", "/code"), List.of());

    CatalogException e = decode(decoder, 404, "{\"code\":40401}");

    assertThat(e.getClass()).isEqualTo(NotFoundException.class);
    assertThat(e.details().code()).hasValue("40401");
  }

  @Test
  void theFirstMessagePointerPresentWins() {
    ErrorDecoder decoder = pointed(List.of(), List.of("/error/user_message", "/error/message"));

    CatalogException both = decode(decoder, 400,
        "{\"detail\":\"d\",\"error\":{\"message\":\"for developers\",\"user_message\":\"for people\"}}");
    CatalogException second = decode(decoder, 400, "{\"detail\":\"d\",\"error\":{\"message\":\"for developers\"}}");
    CatalogException neither = decode(decoder, 400, "{\"detail\":\"d\"}");

    assertThat(both.details().message()).hasValue("for people");
    assertThat(second.details().message()).hasValue("for developers");
    assertThat(neither.details().message()).hasValue("d");
  }

  @Test
  void malformedPointersOfAHandWrittenCatalogAreSkippedNotFatal() {
    ErrorDecoder decoder = pointed(List.of("no-slash", "", "/a~2", "/error/code"), List.of("~", "/msg"));

    CatalogException e = decode(decoder, 409, "{\"error\":{\"code\":\"AlreadyExists\"},\"msg\":\"m\"}");

    assertThat(e).isInstanceOf(AlreadyExistsException.class);
    assertThat(e.details().message()).hasValue("m");
  }

  @Test
  void escapedPointerTokensAndArrayIndexesAreFollowed() {
    ErrorDecoder decoder = pointed(List.of("/a~1b/~0c/1"), List.of());

    CatalogException e = decode(decoder, 409, "{\"a/b\":{\"~c\":[\"RelationConflict\",\"AlreadyExists\"]}}");

    assertThat(e).isInstanceOf(AlreadyExistsException.class);
  }

  @Test
  void aKnownCodeOfALaterSourceBeatsAnUnknownOneOfAnEarlierSource() {
    // CODE comes before NESTED_CODE, but only NESTED_CODE's value is known.
    CatalogException e = decode(AUTO, 409, "{\"code\":\"mystery\",\"error\":{\"code\":\"AlreadyExists\"}}");

    assertThat(e).isInstanceOf(AlreadyExistsException.class);
    assertThat(e.details().code()).hasValue("AlreadyExists");
  }

  @Test
  void whenNoSourceIsKnownTheEarliestIsReported() {
    CatalogException e = decode(AUTO, 409, "{\"type\":\"LaterOne\",\"error\":{\"code\":\"earlier_one\"}}");

    assertThat(e.getClass()).isEqualTo(ConflictException.class);
    assertThat(e.details().code()).hasValue("earlier_one");
  }

  @Test
  void eachListSourceIsTriedOnItsOwn() {
    // The first entry's extensions.code is unknown; its own code is known.
    CatalogException e = decode(AUTO, 400,
        "{\"errors\":[{\"extensions\":{\"code\":\"WHO_KNOWS\"},\"code\":\"InvalidPayload\",\"message\":\"m\"}]}");

    assertThat(e).isInstanceOf(InvalidPayloadException.class);
    assertThat(e.details().errors().get(0).code()).isEqualTo("WHO_KNOWS"); // an entry's own code, by the same order
  }

  @Test
  void messagesFollowTheirOrder() {
    assertThat(decode(AUTO, 400, "{\"title\":\"t\",\"message\":\"m\",\"detail\":\"d\"}").details().message()).hasValue("d");
    assertThat(decode(AUTO, 400, "{\"title\":\"t\",\"errors\":[{\"title\":\"et\",\"detail\":\"ed\"}]}")
        .details().message()).hasValue("ed");
    assertThat(decode(AUTO, 400, "{\"title\":\"t\",\"errors\":[\"bare\"]}").details().message()).hasValue("bare");
    assertThat(decode(AUTO, 400, "{\"title\":\"t\"}").details().message()).hasValue("t");
  }

  @Test
  void requestIdHeadersFollowTheirOrderWhateverTheResponsesOrder() {
    Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
    headers.put("traceparent", List.of("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));
    headers.put("X-Correlation-Id", List.of("corr-1"));
    headers.put("request-id", List.of("req-2"));

    CatalogException e = AUTO.decode(400, headers, "{\"requestId\":\"body-3\"}".getBytes(UTF_8));
    CatalogException traceOnly = AUTO.decode(400, Map.of("Traceparent",
        List.of("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")), "{\"requestId\":\"body-3\"}".getBytes(UTF_8));
    CatalogException bodyOnly = AUTO.decode(400, Map.of("X-Request-Id", List.of(" ")), "{\"trace_id\":\"body-3\"}".getBytes(UTF_8));

    assertThat(e.details().requestId()).hasValue("req-2");
    assertThat(traceOnly.details().requestId()).hasValue("0af7651916cd43dd8448eb211c80319c");
    assertThat(bodyOnly.details().requestId()).hasValue("body-3");
  }

  @Test
  void aGraphQl200ResolvesWithTheBodysStatusInOrder() {
    CatalogException e = decode(AUTO, 200, "{\"status\":404,\"error\":{\"status\":409},\"code\":400}");
    CatalogException nested = decode(AUTO, 200, "{\"status\":200,\"error\":{\"status\":\"400\"},\"code\":404}");

    assertThat(e.getClass()).isEqualTo(NotFoundException.class);
    assertThat(nested.getClass()).isEqualTo(BadRequestException.class);
  }

  @Test
  void aCatalogThatCannotSayItsPointersDecodesByAutoDetection() {
    Catalog broken = new WithPointers(TestCatalogs.PLATFORM, List.of(), List.of()) {
      @Override
      public List<String> codePointers() {
        throw new IllegalStateException("broken");
      }
    };

    CatalogException e = decode(ErrorDecoder.builder(broken).build(), 409, "{\"code\":\"AlreadyExists\"}");

    assertThat(e).isInstanceOf(AlreadyExistsException.class);
  }
}
