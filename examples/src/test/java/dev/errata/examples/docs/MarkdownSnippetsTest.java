package dev.errata.examples.docs;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snippet markers, the wrapping of fragments and error lines in the document. */
class MarkdownSnippetsTest {

  @TempDir Path work;

  @Test
  void readsMarkersContextAndLines() throws IOException {
    Path doc = write(
        "# Title",
        "<!-- snippets: package com.example.docs;",
        "     import java.util.List; -->",
        "<!-- snippet: statements(List<String> names) -->",
        "```java",
        "int n = names.size();",
        "```",
        "",
        "```xml",
        "<not-java/>",
        "```",
        "<!-- snippet: members -->",
        "",
        "```java",
        "int twice(int x) { return 2 * x; }",
        "```",
        "<!-- snippet: fails \"[Errata/TypeClash]\" -->",
        "```java",
        "class Broken {}",
        "```");

    List<Snippet> snippets = MarkdownSnippets.read(doc);

    assertThat(snippets).hasSize(3);
    Snippet statements = snippets.get(0);
    assertThat(statements.kind()).isEqualTo(Snippet.Kind.STATEMENTS);
    assertThat(statements.line()).isEqualTo(6);
    assertThat(statements.parameters()).isEqualTo("List<String> names");
    assertThat(statements.prelude()).isEqualTo("package com.example.docs;\nimport java.util.List;");
    assertThat(statements.packageName()).isEqualTo("com.example.docs");
    assertThat(statements.source()).contains("void run(List<String> names) throws Exception {\nint n = names.size();");
    assertThat(snippets.get(1).kind()).isEqualTo(Snippet.Kind.MEMBERS);
    assertThat(snippets.get(1).line()).isEqualTo(15);
    assertThat(snippets.get(2).kind()).isEqualTo(Snippet.Kind.FAILS);
    assertThat(snippets.get(2).expectedError()).isEqualTo("[Errata/TypeClash]");
    assertThat(snippets.get(2).className()).isEqualTo("Broken");
  }

  @Test
  void javaBlockWithoutMarkerIsAnError() throws IOException {
    Path doc = write("Some text", "", "```java", "class A {}", "```");

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> MarkdownSnippets.read(doc));

    assertThat(e).hasMessageThat().contains("doc.md:3: a ```java block needs a <!-- snippet: ... --> marker");
  }

  @Test
  void markerBeforeTextDoesNotCarryOverToALaterBlock() throws IOException {
    Path doc = write("<!-- snippet: file -->", "A paragraph in between.", "```java", "class A {}", "```");

    assertThrows(IllegalStateException.class, () -> MarkdownSnippets.read(doc));
  }

  @Test
  void compileErrorsPointAtTheDocumentLine() throws IOException {
    Path doc = write(
        "<!-- snippets: package com.example.docs; -->",
        "<!-- snippet: statements(String name) -->",
        "```java",
        "int length = name.length();",
        "int broken = name.noSuchMethod();",
        "```");

    SnippetCompiler.Result result = new SnippetCompiler(work).compile(MarkdownSnippets.read(doc), "errors");

    assertThat(result.success()).isFalse();
    assertThat(result.report()).contains("doc.md:5: error: cannot find symbol");
  }

  @Test
  void catalogsInSnippetsRunThroughTheProcessor() throws IOException {
    Path doc = write(
        "<!-- snippets: package com.example.docs; -->",
        "<!-- snippet: file -->",
        "```java",
        "package com.example.docs;",
        "",
        "import dev.errata.ErrorCatalog;",
        "import dev.errata.ErrorCode;",
        "import dev.errata.http.HttpError;",
        "",
        "@ErrorCatalog(parent = HttpError.class)",
        "public enum DocError {",
        "  @ErrorCode(status = 409, description = \"Clash.\")",
        "  CLASH",
        "}",
        "```",
        "<!-- snippet: statements -->",
        "```java",
        "ClashException e = new ClashException(\"boom\");",
        "dev.errata.http.ConflictException conflict = e;",
        "```");

    SnippetCompiler.Result result = new SnippetCompiler(work).compile(MarkdownSnippets.read(doc), "catalog");

    assertThat(result.report()).isEmpty();
    assertThat(result.success()).isTrue();
  }

  @Test
  void runSnippetsRunWithAssertionsEnabled() throws IOException {
    Path doc = write(
        "<!-- snippets: package com.example.docs; -->",
        "<!-- snippet: run -->",
        "```java",
        "int two = 1 + 1;",
        "assert two == 3 : \"arithmetic\";",
        "```");
    List<Snippet> snippets = MarkdownSnippets.read(doc);
    SnippetCompiler.Result result = new SnippetCompiler(work).compile(snippets, "run");
    assertThat(result.success()).isTrue();

    AssertionError e = assertThrows(AssertionError.class, () -> SnippetRunner.run(snippets.get(0), result.classes()));

    assertThat(e).hasMessageThat().contains("doc.md:5: the snippet failed when run");
    assertThat(e).hasCauseThat().hasMessageThat().isEqualTo("arithmetic");
  }

  @Test
  void typeSnippetsGetTheContextsPackageAndImports() throws IOException {
    Path doc = write(
        "<!-- snippets: package com.example.docs; import java.util.List; -->",
        "<!-- snippet: type -->",
        "```java",
        "public final class Names {",
        "  static final List<String> ALL = List.of(\"a\");",
        "  static final int BROKEN = \"x\";",
        "}",
        "```");
    List<Snippet> snippets = MarkdownSnippets.read(doc);

    SnippetCompiler.Result result = new SnippetCompiler(work).compile(snippets, "type");

    assertThat(snippets.get(0).className()).isEqualTo("Names");
    assertThat(snippets.get(0).packageName()).isEqualTo("com.example.docs");
    assertThat(result.report()).contains("doc.md:6: error: incompatible types");
  }

  private Path write(String... lines) throws IOException {
    return Files.write(work.resolve("doc.md"), List.of(lines));
  }
}
