package dev.errata.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.processor.validation.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/diagnostics.md documents every diagnostic ID, and nothing else. */
class DiagnosticsDocumentationTest {

  @Test
  void everyMessageIdHasASectionAndEverySectionIsAMessage() throws IOException {
    List<String> documented = Files.readAllLines(Path.of("../docs/diagnostics.md")).stream()
        .filter(line -> line.startsWith("### "))
        .map(line -> line.substring(4).trim())
        .collect(Collectors.toList());
    List<String> ids = Arrays.stream(Message.values()).map(Message::id).collect(Collectors.toList());

    assertThat(documented).containsExactlyElementsIn(ids);
  }

  @Test
  void idsAreUnique() {
    assertThat(Arrays.stream(Message.values()).map(Message::id).collect(Collectors.toList())).containsNoDuplicates();
  }
}
