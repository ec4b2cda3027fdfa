package dev.errata.examples.docs;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles every Java snippet of the README and of every document under docs/, so that the documentation cannot
 * drift from the API. See {@link MarkdownSnippets} for the markers that say how each block is
 * compiled.
 */
class GuideSnippetsTest {

  /** The repository's root: the parent of this module. */
  private static final Path ROOT = Path.of(System.getProperty("errata.root", "..")).toAbsolutePath().normalize();

  @TempDir Path work;

  /** The README and every document under docs/; the guide must have snippets. */
  @TestFactory
  Stream<DynamicTest> documents() throws IOException {
    Path guide = ROOT.resolve("docs/guide.md");
    assertWithMessage("the user guide").that(Files.exists(guide)).isTrue();
    List<Path> documents = new ArrayList<>();
    documents.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Path document : documents) {
      if (Files.exists(document)) {
        String name = ROOT.relativize(document).toString();
        tests.add(DynamicTest.dynamicTest(name + ": snippets compile", () -> compiles(document)));
        tests.add(DynamicTest.dynamicTest(name + ": failing examples fail as shown", () -> failsAsShown(document)));
      }
    }
    return tests.stream();
  }

  @Test
  void guideHasSnippets() throws IOException {
    assertThat(MarkdownSnippets.read(ROOT.resolve("docs/guide.md"))).isNotEmpty();
  }

  private void compiles(Path document) throws IOException {
    List<Snippet> snippets = snippets(document).stream().filter(s -> s.kind() != Snippet.Kind.FAILS).toList();
    if (snippets.isEmpty()) {
      return;
    }
    SnippetCompiler.Result result = new SnippetCompiler(work).compile(snippets, "all");

    assertWithMessage("%s snippets of %s:\n%s", snippets.size(), document.getFileName(), result.report())
        .that(result.success())
        .isTrue();
    for (Snippet snippet : snippets) {
      if (snippet.kind() == Snippet.Kind.RUN) {
        SnippetRunner.run(snippet, result.classes());
      }
    }
  }

  private void failsAsShown(Path document) throws IOException {
    int index = 0;
    for (Snippet snippet : snippets(document)) {
      if (snippet.kind() == Snippet.Kind.FAILS) {
        SnippetCompiler.Result result = new SnippetCompiler(work).compile(List.of(snippet), "fails" + index++);
        assertWithMessage("%s should not compile", snippet.location()).that(result.success()).isFalse();
        assertWithMessage("errors of %s", snippet.location())
            .that(result.report())
            .contains(snippet.expectedError());
      }
    }
  }

  private static List<Snippet> snippets(Path document) throws IOException {
    return MarkdownSnippets.read(document);
  }
}
