package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.errata.CatalogException;
import dev.errata.runtime.fixture.TestCatalogs;
import dev.errata.runtime.fixture.members.CardDeclinedException;
import dev.errata.ReportedError;
import dev.errata.runtime.fixture.members.ExpiredCardException;
import dev.errata.runtime.fixture.members.FieldInvalidException;
import dev.errata.runtime.fixture.members.MemberError;
import dev.errata.runtime.fixture.members.PlainConflictException;
import dev.errata.runtime.fixture.members.QuotaExceededException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The decoder reads a definition's members from the body, and never fails a decode for them. */
class ErrorDecoderMembersTest {

  // Built for each test, so that what building it runs (learning where members stand) counts as the test's.
  private final ErrorDecoder decoder = ErrorDecoder.builder(TestCatalogs.MEMBERS).build();

  private CatalogException decode(int status, String body) {
    return decoder.decode(status, Map.of("Content-Type", List.of("application/json")), body.getBytes(UTF_8));
  }

  @Test
  void membersNestedInTheApisOwnShapeAreReadAtTheirPointers() {
    CatalogException e = decode(402, """
        {"error": {"code": "card_declined", "decline_code": "insufficient_funds", "param": "amount",
                   "message": "The card has insufficient funds."}}""");

    CardDeclinedException declined = (CardDeclinedException) e;
    assertThat(declined.declineCode()).hasValue("insufficient_funds");
    assertThat(declined.param()).hasValue("amount");
    assertThat(e.details().members()).containsExactly("decline_code", "insufficient_funds", "param", "amount").inOrder();
  }

  @Test
  void aProblemHoldsThemAtTheRootUnderTheirNames() {
    CatalogException e = decode(402, """
        {"type": "about:blank", "title": "Expired Card", "status": 402, "code": "expired_card",
         "decline_code": "expired_card", "param": "card", "expiredAt": "2026-01-31T23:59:59Z",
         "noticedAt": "2026-02-01T08:00:00+01:00", "reason": "REPLACED",
         "links": ["https://docs.example.com/cards", "https://docs.example.com/expiry"]}""");

    ExpiredCardException expired = (ExpiredCardException) e;
    assertThat(expired.declineCode()).hasValue("expired_card");
    assertThat(expired.param()).hasValue("card");
    assertThat(expired.expiredAt()).hasValue(Instant.parse("2026-01-31T23:59:59Z"));
    assertThat(expired.noticedAt()).hasValue(OffsetDateTime.parse("2026-02-01T08:00:00+01:00"));
    assertThat(expired.reason()).hasValue(MemberError.Reason.REPLACED);
    assertThat(expired.links()).containsExactly(
        URI.create("https://docs.example.com/cards"), URI.create("https://docs.example.com/expiry")).inOrder();
  }

  @Test
  void thePointerWinsOverTheRoot() {
    CatalogException e = decode(402, """
        {"decline_code": "at_the_root", "error": {"code": "card_declined", "decline_code": "at_the_pointer"}}""");

    assertThat(((CardDeclinedException) e).declineCode()).hasValue("at_the_pointer");
  }

  @Test
  void everyTypeOfAQuota() {
    CatalogException e = decode(429, """
        {"code": "quota_exceeded", "remaining": 0, "used": 1099511627776, "hard": true, "cost": 12.50,
         "reset_at": "2026-03-01T00:00:00Z", "windows": [60, 3600], "totals": [1, 2], "flags": [true, false],
         "prices": [0.5, 2], "resets": ["2026-03-01T00:00:00Z"], "notices": ["2026-03-01T01:00:00+01:00"],
         "scopes": ["read", "write"], "reasons": ["EXPIRED"]}""");

    QuotaExceededException quota = (QuotaExceededException) e;
    assertThat(quota.remaining().getAsInt()).isEqualTo(0);
    assertThat(quota.used().getAsLong()).isEqualTo(1L << 40);
    assertThat(quota.hard()).hasValue(true);
    assertThat(quota.cost()).hasValue(new BigDecimal("12.50"));
    assertThat(quota.resetAt()).hasValue(Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(quota.windows()).containsExactly(60, 3600).inOrder();
    assertThat(quota.totals()).containsExactly(1L, 2L).inOrder();
    assertThat(quota.flags()).containsExactly(true, false).inOrder();
    assertThat(quota.prices()).containsExactly(new BigDecimal("0.5"), BigDecimal.valueOf(2)).inOrder();
    assertThat(quota.resets()).containsExactly(Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(quota.notices()).containsExactly(OffsetDateTime.parse("2026-03-01T01:00:00+01:00"));
    assertThat(quota.scopes()).containsExactly("read", "write").inOrder();
    assertThat(quota.reasons()).containsExactly(MemberError.Reason.EXPIRED);
  }

  @Test
  void aMissingMemberOrOneOfAnotherTypeReadsEmptyAndTheDecodeStillSucceeds() {
    CatalogException e = decode(429, """
        {"code": "quota_exceeded", "remaining": "none", "used": 1.5, "hard": "yes", "reset_at": "soon",
         "windows": [60, "hourly", 1099511627776, 3600], "scopes": "read"}""");

    QuotaExceededException quota = (QuotaExceededException) e;
    assertThat(quota.remaining()).isEmpty();
    assertThat(quota.used()).isEmpty();
    assertThat(quota.hard()).isEmpty();
    assertThat(quota.cost()).isEmpty();
    assertThat(quota.resetAt()).isEmpty();
    assertThat(quota.windows()).containsExactly(60, 3600).inOrder();
    assertThat(quota.scopes()).isEmpty();
    assertThat(e.details().members()).containsAtLeast("remaining", "none", "hard", "yes", "scopes", "read");
  }

  @Test
  void stringsAreKeptWholeUnlikeMessages() {
    String reason = "r".repeat(2000);
    CatalogException e = decode(402, "{\"error\": {\"code\": \"card_declined\", \"decline_code\": \"" + reason
        + "\", \"message\": \"" + reason + "\"}}");

    assertThat(((CardDeclinedException) e).declineCode()).hasValue(reason);
    assertThat(e.details().message().orElseThrow()).hasLength(1025);
  }

  @Test
  void anIntegerPastTheIntRangeIsEmptyForAnIntMemberAndKeptAsItCame() {
    CatalogException e = decode(429, """
        {"code": "quota_exceeded", "remaining": 1099511627776, "used": 123456789012345678901234567890}""");

    QuotaExceededException quota = (QuotaExceededException) e;
    assertThat(quota.remaining()).isEmpty();
    assertThat(quota.used()).isEmpty();
    assertThat(e.details().members().get("used")).isEqualTo(new BigInteger("123456789012345678901234567890"));
  }

  @Test
  void objectsNullsAndArraysOfObjectsAreNoValues() {
    CatalogException e = decode(429, """
        {"code": "quota_exceeded", "remaining": {"value": 3}, "used": null, "windows": [60, {"s": 1}],
         "scopes": [null, "read"]}""");

    assertThat(e).isInstanceOf(QuotaExceededException.class);
    assertThat(e.details().members()).isEmpty();
  }

  @Test
  void anArrayInsideAnArrayIsNoValueEither() {
    CatalogException e = decode(429, """
        {"code": "quota_exceeded", "totals": [1, [2]], "windows": [60, 3600], "scopes": [["read"]]}""");

    assertThat(e.details().members()).containsExactly("windows", List.of(60L, 3600L));
  }

  @Test
  void membersInsideAnErrorsListAreReadAlongWithItsEntries() {
    CatalogException e = decode(422, """
        {"errors": [{"message": "Unknown plan.", "locations": [{"line": 1}],
                     "extensions": {"code": "field_invalid", "field": "plan", "allowed": ["free", "team"]}},
                    {"message": "Second.", "extensions": {"code": "other", "field": "not the first entry"}}]}""");

    FieldInvalidException invalid = (FieldInvalidException) e;
    assertThat(invalid.field()).hasValue("plan");
    assertThat(invalid.allowed()).containsExactly("free", "team").inOrder();
    assertThat(invalid.messages()).isEmpty();
    assertThat(e.details().errors()).containsExactly(
        new ReportedError("field_invalid", "Unknown plan.", ""), new ReportedError("other", "Second.", "")).inOrder();
  }

  @Test
  void aMemberDeepInsideObjectsTheDecoderOtherwiseSkipsIsRead() {
    CatalogException e = decode(422, """
        {"code": "field_invalid", "meta": {"trace": {"id": "t-1"}, "limits": {"min_length": 1, "max_length": 64}},
         "max_length": 99}""");

    assertThat(((FieldInvalidException) e).maxLength().getAsInt()).isEqualTo(64);
  }

  @Test
  void aMemberMayBeTheListThatHoldsTheMessages() {
    CatalogException e = decode(422, """
        {"code": "field_invalid", "errors": ["plan is unknown", "seats must be positive"]}""");

    assertThat(((FieldInvalidException) e).messages())
        .containsExactly("plan is unknown", "seats must be positive").inOrder();
    assertThat(e.details().errors()).hasSize(2);
    assertThat(e.details().message()).hasValue("plan is unknown");
  }

  @Test
  void aBodyThatBreaksOffKeepsTheMembersReadBeforeAndNoCutList() {
    CatalogException e = decode(429, "{\"code\": \"quota_exceeded\", \"remaining\": 2, \"windows\": [60, 36");

    assertThat(e).isInstanceOf(QuotaExceededException.class);
    assertThat(e.details().members()).containsExactly("remaining", 2L);
  }

  @Test
  void aBodyThatIsNoJsonHasNoMembers() {
    CatalogException e = decoder.decode(402, Map.of(), "<html><title>remaining: 3</title></html>".getBytes(UTF_8));

    assertThat(e.details().members()).isEmpty();
  }

  @Test
  void aCodeWithoutMembersReadsNone() {
    CatalogException e = decode(409, "{\"code\": \"plain_conflict\", \"remaining\": 3, \"decline_code\": \"x\"}");

    assertThat(e).isInstanceOf(PlainConflictException.class);
    assertThat(e.details().members()).isEmpty();
  }

  @Test
  void membersAreReadWithinTheCap() {
    String padding = "x".repeat(200);
    String body = "{\"code\": \"quota_exceeded\", \"pad\": \"" + padding + "\", \"remaining\": 3}";
    ErrorDecoder capped = ErrorDecoder.builder(TestCatalogs.MEMBERS).maxReadBytes(150).build();

    CatalogException e = capped.decode(429, Map.of(), body.getBytes(UTF_8));

    assertThat(e).isInstanceOf(QuotaExceededException.class);
    assertThat(e.details().members()).isEmpty();
    assertThat(decoder.decode(429, Map.of(), body.getBytes(UTF_8)).details().members()).containsExactly("remaining", 3L);
  }

  @Test
  void nestingPastTheDecodersDepthEndsTheReadNotTheDecode() {
    String deep = "[".repeat(40) + "]".repeat(40);
    CatalogException e = decode(429, "{\"code\": \"quota_exceeded\", \"remaining\": 1, \"deep\": " + deep + ", \"used\": 2}");

    assertThat(e).isInstanceOf(QuotaExceededException.class);
    assertThat(e.details().members()).containsExactly("remaining", 1L);
  }

  @Test
  void theFirstOfTwoValuesOfOneNameWins() {
    CatalogException e = decode(429, "{\"code\": \"quota_exceeded\", \"remaining\": 1, \"remaining\": 2}");

    assertThat(((QuotaExceededException) e).remaining().getAsInt()).isEqualTo(1);
  }

  @Test
  void graphQlErrorsOfA200CarryTheirMembersToo() {
    ClientPolicy policy = ClientPolicy.builder(decoder).graphQl(true).build();
    String body = "{\"data\": null, \"errors\": [{\"message\": \"Used up.\", \"extensions\": {\"code\": \"quota_exceeded\"}}],"
        + " \"remaining\": 0}";

    Verdict verdict = policy.judge(ResponseView.of(200, Map.of("Content-Type", List.of("application/json")), body.getBytes(UTF_8)));

    CatalogException e = verdict.error();
    assertThat(e).isInstanceOf(QuotaExceededException.class);
    assertThat(((QuotaExceededException) e).remaining().getAsInt()).isEqualTo(0);
  }
}
