package dev.errata;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class HeaderMapTest {

  private static Map<String, List<String>> headers(Object... namesAndValues) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<String> values = (List<String>) namesAndValues[i + 1];
      map.put((String) namesAndValues[i], values);
    }
    return map;
  }

  @Test
  void keepsTheResponsesNamesAndOrderAndLooksUpIgnoringCase() {
    HeaderMap map = HeaderMap.copyOf(headers("Retry-After", List.of("30"), "content-type", List.of("application/json")));

    assertThat(map.keySet()).containsExactly("Retry-After", "content-type").inOrder();
    assertThat(map.get("retry-after")).containsExactly("30");
    assertThat(map.get("CONTENT-TYPE")).containsExactly("application/json");
    assertThat(map.containsKey("Content-Type")).isTrue();
    assertThat(map.get("Content-Length")).isNull();
    assertThat(map.containsKey("Content-Length")).isFalse();
    assertThat(map.get(42)).isNull();
  }

  @Test
  void aNameGivenTwiceInDifferentCasesIsOneHeader() {
    HeaderMap map = HeaderMap.copyOf(headers("Set-Cookie", List.of("a"), "set-cookie", List.of("b")));

    assertThat(map).hasSize(1);
    assertThat(map.get("SET-COOKIE")).containsExactly("a", "b").inOrder();
  }

  @Test
  void nullNamesValuesAndElementsAreDropped() {
    Map<String, List<String>> raw = new LinkedHashMap<>();
    raw.put(null, List.of("HTTP/1.1 502 Bad Gateway"));
    raw.put("Via", null);
    raw.put("X-Request-Id", Arrays.asList("r1", null));

    HeaderMap map = HeaderMap.copyOf(raw);

    assertThat(map.keySet()).containsExactly("X-Request-Id");
    assertThat(map.get("x-request-id")).containsExactly("r1");
  }

  @Test
  void isImmutableAndIndependentOfItsSource() {
    Map<String, List<String>> source = headers("A", new ArrayList<>(List.of("1")));
    HeaderMap map = HeaderMap.copyOf(source);
    source.get("A").add("2");
    source.put("B", List.of("3"));

    assertThat(map.get("a")).containsExactly("1");
    assertThat(map).hasSize(1);
    assertThrows(UnsupportedOperationException.class, () -> map.put("C", List.of()));
    assertThrows(UnsupportedOperationException.class, () -> map.get("A").add("x"));
    assertThrows(UnsupportedOperationException.class, () -> map.entrySet().iterator().next().setValue(List.of()));
  }

  @Test
  void aHeaderOfSeveralValuesIsImmutableToo() {
    HeaderMap map = HeaderMap.copyOf(headers("Vary", List.of("Accept", "Origin")));

    assertThrows(UnsupportedOperationException.class, () -> map.get("vary").add("Cookie"));
    assertThat(map.get("vary")).containsExactly("Accept", "Origin").inOrder();
  }

  @Test
  void itsEntriesAreAsManyAsItsHeadersAndEndWhereTheyEnd() {
    HeaderMap map = HeaderMap.copyOf(headers("A", List.of("1"), "b", List.of("2"), "a", List.of("3")));
    var entries = map.entrySet().iterator();

    assertThat(map.entrySet()).hasSize(2);
    assertThat(entries.next().getValue()).containsExactly("1", "3").inOrder();
    assertThat(entries.next().getKey()).isEqualTo("b");
    assertThat(entries.hasNext()).isFalse();
    assertThrows(NoSuchElementException.class, entries::next);
  }

  @Test
  void manyHeadersAreIndexedAndStillFoundIgnoringCase() {
    Map<String, List<String>> many = new TreeMap<>();
    for (int i = 0; i < 5_000; i++) {
      many.put("X-Header-" + i, List.of(Integer.toString(i)));
    }
    many.put("x-header-42", List.of("again"));

    HeaderMap map = HeaderMap.copyOf(many);

    assertThat(map).hasSize(5_000);
    assertThat(map.get("X-HEADER-4999")).containsExactly("4999");
    assertThat(map.get("x-header-42")).containsExactly("42", "again").inOrder();
  }

  @Test
  void equalToAMapWithTheSameHeaders() {
    HeaderMap map = HeaderMap.copyOf(headers("A", List.of("1"), "B", List.of("2")));

    assertThat(map).isEqualTo(Map.of("A", List.of("1"), "B", List.of("2")));
    assertThat(map.hashCode()).isEqualTo(Map.of("A", List.of("1"), "B", List.of("2")).hashCode());
    assertThat(HeaderMap.copyOf(Map.of())).isSameInstanceAs(HeaderMap.EMPTY);
  }

  @Test
  void survivesSerialization() throws Exception {
    HeaderMap map = HeaderMap.copyOf(headers("Retry-After", List.of("30"), "Vary", List.of("Accept", "Origin")));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(map);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      Object copy = in.readObject();

      assertThat(copy).isEqualTo(map);
      assertThat(((HeaderMap) copy).get("vary")).containsExactly("Accept", "Origin").inOrder();
    }
  }

  @Test
  void readsTheSerialFormOfTheMapOfEntriesItReplaced() throws Exception {
    ErrorDetails old = (ErrorDetails) ErrorDetailsMembersTest.readResource("error-details-with-headers-before-header-arrays.ser.b64");

    assertThat(old.headers().keySet()).containsExactly("Retry-After", "Vary", "X-Request-Id").inOrder();
    assertThat(old.headers().get("VARY")).containsExactly("Accept", "Origin").inOrder();
    assertThat(old.header("x-request-id")).hasValue("r-1");
    assertThat(ErrorDetailsMembersTest.roundTrip(old)).isEqualTo(old);
  }

  @Test
  void aHeaderGivenThousandsOfTimesKeepsEveryValueInOrder() {
    List<String> cookies = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      cookies.add("c" + i);
    }
    Map<String, List<String>> raw = new LinkedHashMap<>();
    raw.put("Set-Cookie", cookies);
    raw.put("set-cookie", List.of("last"));

    HeaderMap map = HeaderMap.copyOf(raw);

    assertThat(map.get("set-cookie")).hasSize(10_001);
    assertThat(map.get("set-cookie").get(9_999)).isEqualTo("c9999");
    assertThat(map.get("set-cookie").get(10_000)).isEqualTo("last");
  }

  @Test
  void aBuiltMapTakesNoMoreHeadersFromItsBuilder() {
    HeaderMap.Builder builder = new HeaderMap.Builder();
    builder.add("A", "1");
    HeaderMap built = builder.build();

    assertThrows(IllegalStateException.class, () -> builder.add("B", "2"));
    assertThat(built.keySet()).containsExactly("A");
  }
}
