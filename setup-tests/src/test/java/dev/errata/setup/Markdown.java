package dev.errata.setup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fenced code blocks of one section of a Markdown document, as a reader copies them. */
final class Markdown {

  private final List<String> lines;

  private Markdown(List<String> lines) {
    this.lines = lines;
  }

  static Markdown read(Path document) throws IOException {
    return new Markdown(Files.readAllLines(document, StandardCharsets.UTF_8));
  }

  /**
   * The blocks fenced as {@code language} under the heading {@code heading} (up to the next
   * heading of the same or a higher level), in document order.
   */
  List<String> blocks(String heading, String language) {
    int start = lines.indexOf(heading);
    if (start < 0) {
      throw new IllegalStateException("no heading '" + heading + "'");
    }
    int level = heading.indexOf(' ');
    List<String> blocks = new ArrayList<>();
    StringBuilder block = null;
    for (int i = start + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (block == null && line.startsWith("#") && line.indexOf(' ') <= level) {
        break;
      }
      if (block == null && line.strip().equals("```" + language)) {
        block = new StringBuilder();
      } else if (block != null && line.strip().equals("```")) {
        blocks.add(block.toString());
        block = null;
      } else if (block != null) {
        block.append(line).append('\n');
      }
    }
    return blocks;
  }

  /**
   * The files of a project the document builds up, by path: each fenced block right after a
   * {@code <!-- project-file: path -->} marker, in document order.
   */
  Map<String, String> projectFiles() {
    Map<String, String> files = new LinkedHashMap<>();
    String path = null;
    StringBuilder block = null;
    for (String line : lines) {
      String trimmed = line.strip();
      if (block != null) {
        if (trimmed.equals("```")) {
          files.put(path, block.toString());
          block = null;
          path = null;
        } else {
          block.append(line).append('\n');
        }
      } else if (trimmed.startsWith("<!-- project-file:") && trimmed.endsWith("-->")) {
        path = trimmed.substring("<!-- project-file:".length(), trimmed.length() - "-->".length()).strip();
      } else if (path != null && trimmed.startsWith("```")) {
        block = new StringBuilder();
      } else if (!trimmed.isEmpty()) {
        path = null;
      }
    }
    return files;
  }

  /** The only block of {@link #blocks} that contains {@code text}. */
  String block(String heading, String language, String text) {
    List<String> matching = blocks(heading, language).stream().filter(b -> b.contains(text)).toList();
    if (matching.size() != 1) {
      throw new IllegalStateException(matching.size() + " ```" + language + " blocks under '" + heading
          + "' contain '" + text + "', expected one");
    }
    return matching.get(0);
  }
}
