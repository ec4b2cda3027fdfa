package dev.errata.maven;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The forms of the {@code baseline} parameter, and the errors for the others. */
class BaselineTest {

  @Test
  void versionAloneNamesTheModuleItself() {
    assertThat(Baseline.parse(" 1.4.0 ", "com.acme", "payments")).isEqualTo(new Baseline("com.acme", "payments", "1.4.0"));
  }

  @Test
  void coordinatesNameAnotherArtifact() {
    Baseline baseline = Baseline.parse("com.acme:payments-api:1.4.0", "com.acme", "payments");

    assertThat(baseline).isEqualTo(new Baseline("com.acme", "payments-api", "1.4.0"));
    assertThat(baseline.toString()).isEqualTo("com.acme:payments-api:1.4.0");
  }

  @Test
  void missingBaselineSaysHowToSetIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Baseline.parse(null, "g", "a"));

    assertThat(e).hasMessageThat().contains("<baseline>1.4.0</baseline>");
    assertThat(e).hasMessageThat().contains("-Derrata.baseline=1.4.0");
    assertThrows(IllegalArgumentException.class, () -> Baseline.parse("  ", "g", "a"));
  }

  @Test
  void otherShapesAreRefused() {
    assertThat(assertThrows(IllegalArgumentException.class, () -> Baseline.parse("com.acme:1.4.0", "g", "a")))
        .hasMessageThat().contains("\"com.acme:1.4.0\" is neither a version");
    assertThrows(IllegalArgumentException.class, () -> Baseline.parse("com.acme::1.4.0", "g", "a"));
    assertThrows(IllegalArgumentException.class, () -> Baseline.parse("a:b:c:d", "g", "a"));
  }

  @Test
  void versionRangeIsRefused() {
    assertThat(assertThrows(IllegalArgumentException.class, () -> Baseline.parse("[1.0,2.0)", "g", "a")))
        .hasMessageThat().contains("has a version range");
  }
}
