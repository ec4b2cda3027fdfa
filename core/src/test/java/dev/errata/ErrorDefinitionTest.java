package dev.errata;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErrorDefinitionTest {

  private static final ErrorDefinition CONFLICT = new ErrorDefinition(
      "HTTP", "CONFLICT", "CONFLICT", 409, "Conflict", "State conflict.", List.of("Reload."), false,
      "https://example.com/409", Optional.empty(), ErrorDefinition.Kind.CODE);
  private static final ErrorDefinition RELATION = new ErrorDefinition(
      "Bots", "RELATION_CONFLICT", "RelationConflict", 409, "Relation Conflict", "Linked elsewhere.",
      List.of("Check ids.", "Fetch again."), false, "", Optional.of(CONFLICT));

  @Test
  void theTenArgumentConstructorDeclaresACode() {
    assertThat(RELATION.kind()).isEqualTo(ErrorDefinition.Kind.CODE);
  }

  @Test
  void remedyIsCopiedAndImmutable() {
    List<String> steps = new ArrayList<>(List.of("One."));
    ErrorDefinition d = new ErrorDefinition("C", "N", "N", 400, "T", "D", steps, false, "", Optional.empty());
    steps.add("Two.");

    assertThat(d.remedy()).containsExactly("One.");
    assertThrows(UnsupportedOperationException.class, () -> d.remedy().add("Three."));
  }

  @Test
  void nothingIsNullable() {
    assertThrows(NullPointerException.class,
        () -> new ErrorDefinition("C", null, "N", 400, "T", "D", List.of(), false, "", Optional.empty()));
    assertThrows(NullPointerException.class,
        () -> new ErrorDefinition("C", "N", "N", 400, "T", "D", List.of(), false, null, Optional.empty()));
    assertThrows(NullPointerException.class,
        () -> new ErrorDefinition("C", "N", "N", 400, "T", "D", List.of(), false, "", null));
  }

  @Test
  void refinementIsTransitiveAndReflexive() {
    assertThat(RELATION.isOrRefines(CONFLICT)).isTrue();
    assertThat(RELATION.isOrRefines(RELATION)).isTrue();
    assertThat(CONFLICT.isOrRefines(RELATION)).isFalse();
  }

  @Test
  void theUnknownDefinitionOfACatalog() {
    ErrorDefinition unknown = ErrorDefinition.unknown("Bots");

    assertThat(unknown.kind()).isEqualTo(ErrorDefinition.Kind.UNKNOWN);
    assertThat(unknown.catalog()).isEqualTo("Bots");
    assertThat(unknown.code()).isEqualTo(ErrorDefinition.UNKNOWN_CODE);
    assertThat(unknown.status()).isEqualTo(500);
    assertThat(unknown.retryable()).isFalse();
    assertThat(unknown.parent()).isEmpty();
    assertThat(unknown.description()).contains("Bots");
  }

  @Test
  void survivesSerializationWithItsParents() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(RELATION);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      ErrorDefinition copy = (ErrorDefinition) in.readObject();

      assertThat(copy).isEqualTo(RELATION);
      assertThat(copy.parent()).hasValue(CONFLICT);
    }
  }
}
