package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** docs/decoding.md lists every precedence exactly as {@link Precedence} declares it, in order. */
class PrecedenceDocumentationTest {

  private static final Pattern ROW = Pattern.compile("^\\| (\\d+) \\| `([A-Z_]+)` \\|");

  static Stream<Class<? extends Enum<?>>> orders() {
    return Stream.of(Precedence.WireCode.class, Precedence.Message.class, Precedence.RequestId.class,
        Precedence.BodyStatus.class);
  }

  @ParameterizedTest
  @MethodSource("orders")
  void theDocsListTheSameSourcesInTheSameOrder(Class<? extends Enum<?>> order) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("../docs/decoding.md"));
    String heading = "`Precedence." + order.getSimpleName() + "`";
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("### ") && lines.get(i).contains(heading)) {
        start = i;
      }
    }
    assertThat(start).isAtLeast(0);
    List<String> documented = new ArrayList<>();
    for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
      Matcher row = ROW.matcher(lines.get(i));
      if (row.find()) {
        assertThat(Integer.parseInt(row.group(1))).isEqualTo(documented.size() + 1);
        documented.add(row.group(2));
      }
    }
    List<String> declared = Arrays.stream(order.getEnumConstants()).map(Enum::name).toList();

    assertThat(documented).containsExactlyElementsIn(declared).inOrder();
  }
}
