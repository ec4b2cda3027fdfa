package dev.errata.conformance;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/conformance.md holds the table the conformance test runs, as {@link ConformanceTable} generates it. */
class ConformanceDocumentationTest {

  @Test
  void theDocsHoldTheTableTheTestRuns() throws IOException {
    String generated = ConformanceTable.markdown();
    Path fresh = Path.of("target", "conformance-table.md");
    Files.writeString(fresh, generated);
    String doc = Files.readString(Path.of("../docs/conformance.md"));
    int start = doc.indexOf(ConformanceTable.START);
    int end = doc.indexOf(ConformanceTable.END);

    assertWithMessage("the markers of the generated section in docs/conformance.md").that(start).isAtLeast(0);
    assertWithMessage("the markers of the generated section in docs/conformance.md").that(end).isGreaterThan(start);
    assertWithMessage("the generated section of docs/conformance.md (as it should read: %s)", fresh.toAbsolutePath())
        .that(doc.substring(start, end + ConformanceTable.END.length()))
        .isEqualTo(generated);
  }
}
