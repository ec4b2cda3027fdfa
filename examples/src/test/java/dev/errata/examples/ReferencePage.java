package dev.errata.examples;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated Markdown reference of a catalog, read from the classpath, as the rows of its table
 * of codes by code (the members table that may follow is not read).
 */
public final class ReferencePage {

  private final String text;
  private final Map<String, List<String>> rows = new LinkedHashMap<>();

  private ReferencePage(String text) {
    this.text = text;
    for (String line : text.split("\n")) {
      if (line.startsWith("## ")) {
        break; // the codes table is the page's first
      }
      if (line.startsWith("| `")) {
        List<String> cells =
            Arrays.stream(line.substring(2, line.length() - 2).split(" \\| ")).map(String::strip).toList();
        String code = cells.get(0).substring(1, cells.get(0).length() - 1);
        rows.put(code, cells);
      }
    }
  }

  /** The page of the catalog enum {@code catalogEnum}: {@code META-INF/errata/<fqcn>.md}. */
  public static ReferencePage of(Class<? extends Enum<?>> catalogEnum) {
    String resource = "META-INF/errata/" + catalogEnum.getName() + ".md";
    try (InputStream in = ReferencePage.class.getClassLoader().getResourceAsStream(resource)) {
      assertWithMessage("resource %s", resource).that(in).isNotNull();
      return new ReferencePage(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String text() {
    return text;
  }

  /** Wire codes of the table, in page order. */
  public List<String> codes() {
    return List.copyOf(rows.keySet());
  }

  /** Asserts that the page has a row for the seed row: its code, status, title, retry and exception. */
  public void assertListed(SeedRow row) {
    List<String> cells = rows.get(row.code());
    assertWithMessage("row of %s in the reference page", row.code()).that(cells).isNotNull();
    assertWithMessage("status of %s", row.code()).that(cells.get(1)).isEqualTo(String.valueOf(row.status()));
    assertWithMessage("title of %s", row.code()).that(cells.get(2)).startsWith("[" + row.title() + "](");
    assertWithMessage("retryable of %s", row.code()).that(cells.get(5)).isEqualTo(row.retryable() ? "yes" : "no");
    assertWithMessage("exception of %s", row.code())
        .that(cells.get(6))
        .startsWith("`" + row.exception().getSimpleName() + "`");
  }
}
