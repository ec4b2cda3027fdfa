package dev.errata.compat;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** docs/evolution.md lists every kind of change with its floor and whether decoding decides its severity. */
class EvolutionPageTest {

  private static final Path PAGE = Path.of(System.getProperty("errata.root", "../..")).resolve("docs/evolution.md");

  @Test
  void everyKindIsDocumentedWithItsFloorAndWhetherDecodingDecides() throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    for (ChangeKind kind : ChangeKind.values()) {
      String label = kind == ChangeKind.PROPERTY_CHANGED ? "<property>-changed" : kind.label();
      String severity = kind.floor().name().toLowerCase(Locale.ROOT);
      String row = "| `" + label + "` | " + Character.toUpperCase(severity.charAt(0)) + severity.substring(1) + " | "
          + (kind.decidedByDecoding() ? "yes" : "no") + " |";
      assertWithMessage("row of %s in %s", kind, PAGE).that(page).contains(row);
    }
  }
}
