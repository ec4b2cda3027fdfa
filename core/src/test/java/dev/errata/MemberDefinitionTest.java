package dev.errata;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MemberDefinitionTest {

  private static final MemberDefinition DECLINE_CODE =
      new MemberDefinition("decline_code", "/error/decline_code", "string", "Why the issuer declined.");

  @Test
  void aMemberWithoutPointerIsReadAtTheRoot() {
    assertThat(new MemberDefinition("remaining", "integer", "").pointer()).isEqualTo("/remaining");
    assertThat(MemberDefinition.rootPointer("a/b~c")).isEqualTo("/a~1b~0c");
  }

  @Test
  void nothingIsNullable() {
    assertThrows(NullPointerException.class, () -> new MemberDefinition(null, "/a", "string", ""));
    assertThrows(NullPointerException.class, () -> new MemberDefinition("a", "/a", "string", null));
  }

  @Test
  void definitionsWithoutMembersHaveAnEmptyList() {
    ErrorDefinition plain = new ErrorDefinition("C", "N", "N", 400, "T", "D", List.of(), false, "", Optional.empty());

    assertThat(plain.members()).isEmpty();
    assertThat(ErrorDefinition.unknown("C").members()).isEmpty();
  }

  @Test
  void aDefinitionListsItsMembersAndTheyCountInEquality() {
    ErrorDefinition declined = declined(List.of(DECLINE_CODE));

    assertThat(declined.members()).containsExactly(DECLINE_CODE);
    assertThat(declined).isEqualTo(declined(List.of(DECLINE_CODE)));
    assertThat(declined).isNotEqualTo(declined(List.of()));
  }

  @Test
  void membersSurviveSerialization() throws Exception {
    ErrorDefinition declined = declined(List.of(DECLINE_CODE));

    assertThat(ErrorDetailsMembersTest.roundTrip(declined)).isEqualTo(declined);
  }

  @Test
  void definitionsSerializedBeforeMembersExistedReadWithNone() throws Exception {
    ErrorDefinition old = (ErrorDefinition) ErrorDetailsMembersTest.readResource("error-definition-before-members.ser.b64");

    assertThat(old.members()).isEmpty();
    assertThat(old.code()).isEqualTo("card_declined");
    assertThat(old.parent().map(ErrorDefinition::code)).hasValue("PAYMENT_REQUIRED");
  }

  private static ErrorDefinition declined(List<MemberDefinition> members) {
    return new ErrorDefinition("Payments", "CARD_DECLINED", "card_declined", 402, "Card Declined", "Declined.",
        List.of(), false, "", Optional.empty(), ErrorDefinition.Kind.CODE, members);
  }
}
