package dev.errata.examples.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code ```java} blocks of a Markdown document and the markers that say how to compile
 * them. The markers are HTML comments, which Markdown renderers do not show:
 *
 * <ul>
 *   <li>{@code <!-- snippets: package com.example.flows; import java.util.List; -->} sets the
 *       {@code package} and {@code import} lines for the wrapped blocks that follow, until the
 *       next such marker. It may span several lines.
 *   <li>Directly before every {@code ```java} block (blank lines may separate them), one of:
 *       <ul>
 *         <li>{@code <!-- snippet: file -->}: the block is a complete source file;
 *         <li>{@code <!-- snippet: type -->}: a top-level type declaration, given the
 *             {@code package} and {@code import} lines of the context;
 *         <li>{@code <!-- snippet: members -->}: fields and methods, wrapped in a class;
 *         <li>{@code <!-- snippet: statements -->} or {@code <!-- snippet: statements(HttpRequest
 *             request) -->}: statements, wrapped in a method whose parameters declare the
 *             variables the block uses;
 *         <li>{@code <!-- snippet: run -->}: statements, wrapped in a method without parameters,
 *             compiled and then run with assertions enabled, so that {@code assert} statements
 *             in the block are checked;
 *         <li>{@code <!-- snippet: fails "[Errata/TypeClash]" -->}: a complete source file that
 *             must fail to compile with an error containing the quoted text;
 *         <li>{@code <!-- project-file: src/main/java/com/acme/orders/OrderError.java -->}: a
 *             file of a whole project that the setup tests write out and build with Maven
 *             (see {@code SpringServiceWalkthroughIT}); not compiled here.
 *       </ul>
 * </ul>
 *
 * A {@code ```java} block without a marker is an error, so no block escapes compilation.
 */
final class MarkdownSnippets {

  private static final Pattern MARKER = Pattern.compile(
      "<!--\\s*snippet:\\s*(file|type|members|statements|run|fails)\\s*(?:\\((.*)\\)|\"(.*)\")?\\s*-->");

  private MarkdownSnippets() {}

  static List<Snippet> read(Path document) throws IOException {
    List<String> lines = Files.readAllLines(document, StandardCharsets.UTF_8);
    List<Snippet> snippets = new ArrayList<>();
    String prelude = "";
    Matcher marker = null;
    boolean projectFile = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String trimmed = line.strip();
      if (trimmed.startsWith("<!-- snippets:")) {
        StringBuilder context = new StringBuilder(trimmed.substring("<!-- snippets:".length()));
        while (!context.toString().contains("-->")) {
          if (++i == lines.size()) {
            throw new IllegalStateException(document + ":" + (i + 1) + ": unclosed <!-- snippets: comment");
          }
          context.append('\n').append(lines.get(i).strip());
        }
        prelude = context.substring(0, context.indexOf("-->")).strip()
            .replaceAll(";\\s*(?=package|import)", ";\n");
        marker = null;
      } else if (trimmed.startsWith("<!-- project-file:")) {
        // A file of a whole project the setup tests build with Maven (SpringServiceWalkthroughIT).
        projectFile = true;
        marker = null;
      } else if (trimmed.startsWith("<!-- snippet:")) {
        marker = MARKER.matcher(trimmed);
        if (!marker.matches()) {
          throw new IllegalStateException(document + ":" + (i + 1) + ": malformed marker " + trimmed
              + "; write <!-- snippet: file|type|members|statements(...)|run|fails \"...\" -->");
        }
      } else if (trimmed.startsWith("```")) {
        int start = i + 1;
        boolean isJava = trimmed.equals("```java");
        StringBuilder code = new StringBuilder();
        for (i = start; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
          code.append(lines.get(i)).append('\n');
        }
        if (isJava && projectFile) {
          projectFile = false;
        } else if (isJava) {
          if (marker == null) {
            throw new IllegalStateException(document + ":" + start
                + ": a ```java block needs a <!-- snippet: ... --> marker on the line before it");
          }
          Snippet.Kind kind = Snippet.Kind.valueOf(marker.group(1).toUpperCase(Locale.ROOT));
          String parameters = marker.group(2) == null ? "" : marker.group(2).strip();
          String expected = marker.group(3) == null ? "" : marker.group(3);
          snippets.add(new Snippet(document, start + 1, kind, parameters, expected, prelude, code.toString()));
        }
        marker = null;
        projectFile = false;
      } else if (!trimmed.isEmpty()) {
        marker = null;
        projectFile = false;
      }
    }
    return snippets;
  }
}
