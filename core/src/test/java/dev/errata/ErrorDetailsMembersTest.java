package dev.errata;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorDetailsMembersTest {

  @Test
  void noMembersIsAnEmptyMapNeverNull() {
    assertThat(ErrorDetails.empty().members()).isEmpty();
    assertThat(ErrorDetails.builder().build().members()).isEmpty();
  }

  @Test
  void membersKeepTheOrderTheyWereSetIn() {
    ErrorDetails details = ErrorDetails.builder().member("b", "2").member("a", "1").member("b", "3").build();

    assertThat(details.members()).containsExactly("b", "3", "a", "1").inOrder();
  }

  @Test
  void numbersAreKeptAsLongBigIntegerOrBigDecimal() {
    ErrorDetails details = ErrorDetails.builder()
        .member("int", 3)
        .member("short", (short) 4)
        .member("long", 5L)
        .member("big", new BigInteger("123456789012345678901234567890"))
        .member("decimal", new BigDecimal("1.50"))
        .member("double", 2.5d)
        .build();

    assertThat(details.members().get("int")).isEqualTo(3L);
    assertThat(details.members().get("short")).isEqualTo(4L);
    assertThat(details.members().get("long")).isEqualTo(5L);
    assertThat(details.members().get("big")).isEqualTo(new BigInteger("123456789012345678901234567890"));
    assertThat(details.members().get("decimal")).isEqualTo(new BigDecimal("1.50"));
    assertThat(details.members().get("double")).isEqualTo(new BigDecimal("2.5"));
  }

  @Test
  void listsAreCopiedAndImmutable() {
    List<Object> reasons = new ArrayList<>(List.of("a", 1));
    ErrorDetails details = ErrorDetails.builder().member("reasons", reasons).build();
    reasons.add("later");

    assertThat(details.members().get("reasons")).isEqualTo(List.of("a", 1L));
    assertThrows(UnsupportedOperationException.class, () -> details.members().put("x", "y"));
    assertThrows(UnsupportedOperationException.class, () -> ((List<?>) details.members().get("reasons")).clear());
  }

  @Test
  void nullRemovesAMember() {
    ErrorDetails details = ErrorDetails.builder().member("a", "1").member("a", null).build();

    assertThat(details.members()).isEmpty();
  }

  @Test
  void onlyJsonValuesAreMembers() {
    ErrorDetails.Builder builder = ErrorDetails.builder();

    assertThrows(IllegalArgumentException.class, () -> builder.member("map", Map.of("a", 1)));
    assertThrows(IllegalArgumentException.class, () -> builder.member("nested", List.of(List.of(1))));
    assertThrows(IllegalArgumentException.class, () -> builder.member("infinite", Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> builder.member("object", new Object()));
    assertThrows(NullPointerException.class, () -> builder.member("nulls", Arrays.asList("a", null)));
    assertThrows(NullPointerException.class, () -> builder.member(null, "a"));
  }

  @Test
  void membersReplacesAllAndSkipsNulls() {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("remaining", 0);
    members.put("gone", null);

    ErrorDetails details = ErrorDetails.builder().member("old", "x").members(members).build();

    assertThat(details.members()).containsExactly("remaining", 0L);
  }

  @Test
  void membersCountInEqualityHashCodeAndToString() {
    ErrorDetails a = ErrorDetails.builder().status(402).member("decline_code", "insufficient_funds").build();
    ErrorDetails same = ErrorDetails.builder().status(402).member("decline_code", "insufficient_funds").build();
    ErrorDetails other = ErrorDetails.builder().status(402).member("decline_code", "expired_card").build();

    assertThat(a).isEqualTo(same);
    assertThat(a.hashCode()).isEqualTo(same.hashCode());
    assertThat(a).isNotEqualTo(other);
    assertThat(a.toString()).isEqualTo("ErrorDetails{status=402, members={decline_code=insufficient_funds}}");
    assertThat(a.toBuilder().build()).isEqualTo(a);
  }

  @Test
  void membersSurviveSerialization() throws Exception {
    ErrorDetails details = ErrorDetails.builder()
        .member("decline_code", "expired_card").member("amount", new BigDecimal("12.30"))
        .member("links", List.of("https://a.example", "https://b.example")).member("final", true).build();

    ErrorDetails copy = (ErrorDetails) roundTrip(details);

    assertThat(copy).isEqualTo(details);
    assertThat(copy.members().keySet()).containsExactly("decline_code", "amount", "links", "final").inOrder();
  }

  @Test
  void detailsSerializedBeforeMembersExistedReadWithNone() throws Exception {
    ErrorDetails old = (ErrorDetails) readResource("error-details-before-members.ser.b64");

    assertThat(old.members()).isEmpty();
    assertThat(old.code()).hasValue("card_declined");
    assertThat(old.fromResponse()).isTrue();
    assertThat(old).isEqualTo(old.toBuilder().build());
  }

  static Object roundTrip(Object value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  /** A serial form written by the version before members, kept as Base64 text. */
  static Object readResource(String name) throws Exception {
    try (InputStream in = ErrorDetailsMembersTest.class.getResourceAsStream(name)) {
      byte[] bytes = Base64.getDecoder().decode(new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim());
      try (ObjectInputStream objects = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
        return objects.readObject();
      }
    }
  }
}
