package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.CatalogException;
import dev.errata.http.ConflictException;
import dev.errata.runtime.fixture.TestCatalogs;
import dev.errata.runtime.fixture.platform.RelationConflictException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which error responses are outcomes left to the caller. */
class PassThroughTest {

  private static final ErrorDecoder DECODER = ErrorDecoder.builder(TestCatalogs.PLATFORM).build();

  private static CatalogException decoded(int status, String json) {
    return DECODER.decode(status, Map.of("Content-Type", List.of("application/json")), json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void nothingPassesByDefault() {
    assertThat(PassThrough.none().status(404)).isFalse();
    assertThat(PassThrough.none().needsBody()).isFalse();
    assertThat(PassThrough.none().code(decoded(409, "{\"code\":\"RelationConflict\"}"))).isFalse();
  }

  @Test
  void aStatusPassesWhateverTheBodySays() {
    PassThrough rule = PassThrough.statuses(404, 402).andStatuses(404);

    assertThat(rule.status(404)).isTrue();
    assertThat(rule.status(402)).isTrue();
    assertThat(rule.status(400)).isFalse();
    assertThat(rule.statuses()).containsExactly(402, 404).inOrder();
    assertThat(rule.needsBody()).isFalse();
  }

  @Test
  void statusesAreThreeDigits() {
    assertThat(PassThrough.statuses(100, 999).statuses()).containsExactly(100, 999).inOrder();
    assertThrows(IllegalArgumentException.class, () -> PassThrough.statuses(99));
    assertThrows(IllegalArgumentException.class, () -> PassThrough.statuses(1000));
  }

  @Test
  void aCodePassesAsTheCatalogsCodeOrAsTheWireCodeSent() {
    CatalogException relation = decoded(409, "{\"code\":\"RelationConflict\"}");
    CatalogException declined = decoded(409, "{\"code\":\"CardDeclined\"}");

    assertThat(relation).isInstanceOf(RelationConflictException.class);
    assertThat(declined).isInstanceOf(ConflictException.class);
    assertThat(PassThrough.codes("RelationConflict").code(relation)).isTrue();
    assertThat(PassThrough.codes("CardDeclined").code(declined)).isTrue();
    assertThat(PassThrough.codes("CONFLICT").code(declined)).isTrue();
    assertThat(PassThrough.codes("CardDeclined").code(relation)).isFalse();
    assertThat(PassThrough.codes("relationconflict").code(relation)).isFalse();
  }

  @Test
  void codesAreReadFromTheBodySoTheyNeedIt() {
    PassThrough rule = PassThrough.statuses(404).andCodes("CardDeclined", "AlreadyExists").andCodes(List.of("CardDeclined"));

    assertThat(rule.needsBody()).isTrue();
    assertThat(rule.codes()).containsExactly("AlreadyExists", "CardDeclined").inOrder();
    assertThat(rule.statuses()).containsExactly(404);
  }

  @Test
  void aBlankCodeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> PassThrough.codes(" "));
    assertThrows(NullPointerException.class, () -> PassThrough.codes((String) null));
  }

  @Test
  void rulesThatLetTheSameResponsesPassAreEqual() {
    PassThrough one = PassThrough.statuses(404, 402).andCodes("B", "A");
    PassThrough other = PassThrough.codes("A").andStatuses(402).andCodes("B").andStatuses(404);

    assertThat(one).isEqualTo(other);
    assertThat(one.hashCode()).isEqualTo(other.hashCode());
    assertThat(one).isNotEqualTo(PassThrough.statuses(404, 402).andCodes("A"));
    assertThat(one).isNotEqualTo(PassThrough.statuses(404).andCodes("B", "A"));
    assertThat(one.equals("PassThrough[statuses=[402, 404], codes=[A, B]]")).isFalse();
  }
}
