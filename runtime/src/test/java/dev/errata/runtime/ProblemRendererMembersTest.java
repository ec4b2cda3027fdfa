package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.errata.CatalogException;
import dev.errata.ErrorDetails;
import dev.errata.runtime.fixture.TestCatalogs;
import dev.errata.runtime.fixture.members.CardDeclinedException;
import dev.errata.runtime.fixture.members.ExpiredCardException;
import dev.errata.runtime.fixture.members.MemberError;
import dev.errata.runtime.fixture.members.QuotaExceededException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An error's members are served as problem extension members, only when the application raised it. */
class ProblemRendererMembersTest {

  private static final String SECRET = "UPSTREAM_SECRET_m4";
  private static final ErrorDecoder DECODER = ErrorDecoder.builder(TestCatalogs.MEMBERS).build();

  private static final MemberError.Quota QUOTA = new MemberError.Quota(0, 1L << 40, true, new BigDecimal("12.50"),
      Instant.parse("2026-03-01T00:00:00Z"), List.of(60, 3600), List.of(1L), List.of(true), List.of(new BigDecimal("0.5")),
      List.of(Instant.parse("2026-03-01T00:00:00Z")), List.of(OffsetDateTime.parse("2026-03-01T01:00:00+01:00")),
      List.of("read"), List.of(MemberError.Reason.EXPIRED));

  private static String body(CatalogException e) {
    return new String(ProblemRenderer.render(e).body(), UTF_8);
  }

  @Test
  void theMembersOfAnErrorTheApplicationRaisedFollowErrataOwn() {
    CatalogException e = new CardDeclinedException("Declined.", new MemberError.Decline("insufficient_funds", "amount"));

    assertThat(body(e)).isEqualTo("{\"type\":\"https://www.rfc-editor.org/rfc/rfc9110#status.402\",\"title\":\"Card Declined\",\"status\":402,"
        + "\"detail\":\"Declined.\",\"code\":\"card_declined\",\"retryable\":false,"
        + "\"decline_code\":\"insufficient_funds\",\"param\":\"amount\"}");
  }

  @Test
  void everyTypeIsWrittenAsItsJsonValue() {
    String body = body(new QuotaExceededException("Used up.", QUOTA));

    assertThat(body).contains("\"remaining\":0,\"used\":1099511627776,\"hard\":true,\"cost\":12.50,"
        + "\"reset_at\":\"2026-03-01T00:00:00Z\",\"windows\":[60,3600],\"totals\":[1],\"flags\":[true],"
        + "\"prices\":[0.5],\"resets\":[\"2026-03-01T00:00:00Z\"],\"notices\":[\"2026-03-01T01:00:00+01:00\"],"
        + "\"scopes\":[\"read\"],\"reasons\":[\"EXPIRED\"]}");
  }

  @Test
  void whatIsServedDecodesBackToTheSameMembers() {
    QuotaExceededException thrown = new QuotaExceededException("Used up.", QUOTA);
    ExpiredCardException expired = new ExpiredCardException("Expired.", new MemberError.Decline("expired_card", null),
        new MemberError.Expiry(Instant.parse("2026-01-31T23:59:59Z"), OffsetDateTime.parse("2026-02-01T08:00:00+01:00"),
            MemberError.Reason.REPLACED, List.of(URI.create("https://docs.example.com/cards"))));

    for (CatalogException e : List.of(thrown, expired)) {
      ProblemResponse problem = ProblemRenderer.render(e);
      CatalogException decoded = DECODER.decode(problem.status(), problem.headers(), problem.body());

      assertThat(decoded.getClass()).isEqualTo(e.getClass());
      assertThat(decoded.details().members()).isEqualTo(e.details().members());
    }
  }

  @Test
  void aDecodedErrorsMembersAreNeverServed() {
    CatalogException upstream = DECODER.decode(402, Map.of(), ("{\"error\": {\"code\": \"card_declined\","
        + " \"decline_code\": \"" + SECRET + "\", \"param\": \"" + SECRET + "\"}}").getBytes(UTF_8));
    assertThat(((CardDeclinedException) upstream).declineCode()).hasValue(SECRET);

    assertThat(ProblemRenderer.members(upstream)).isEmpty();
    assertThat(body(upstream)).doesNotContain(SECRET);
    assertThat(new String(ProblemRenderer.render(upstream, UpstreamPolicy.PROPAGATE).body(), UTF_8)).doesNotContain(SECRET);
    assertThat(ProblemRenderer.render(upstream, UpstreamPolicy.PROPAGATE).status()).isEqualTo(402);
  }

  @Test
  void membersCopiedFromADecodedErrorStayUnserved() {
    CatalogException upstream = DECODER.decode(402, Map.of(),
        ("{\"error\": {\"code\": \"card_declined\", \"decline_code\": \"" + SECRET + "\"}}").getBytes(UTF_8));

    CatalogException copied = new CardDeclinedException(upstream.details().toBuilder().build());

    assertThat(copied.fromResponse()).isTrue();
    assertThat(body(copied)).doesNotContain(SECRET);
  }

  @Test
  void aMemberNamedLikeOneEveryProblemHasIsLeftOut() {
    ErrorDetails details = ErrorDetails.builder()
        .member("code", "forged").member("status", 200).member("errors", List.of("x")).member("remaining", 1).build();

    CatalogException e = new QuotaExceededException(details);

    assertThat(ProblemRenderer.members(e)).containsExactly("remaining", 1L);
    assertThat(body(e)).contains("\"code\":\"quota_exceeded\"");
    assertThat(body(e)).doesNotContain("forged");
    assertThat(body(e)).contains("\"status\":429");
  }

  @Test
  void aBigIntegerIsWrittenWhole() {
    CatalogException e = new QuotaExceededException(ErrorDetails.builder()
        .member("used", new BigInteger("123456789012345678901234567890")).build());

    assertThat(body(e)).contains("\"used\":123456789012345678901234567890");
  }
}
