package dev.errata.examples.docs;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code ```java} block of a Markdown document, with how to compile it.
 *
 * @param document the Markdown file
 * @param line the line of the document that holds the block's first line of code (1-based)
 * @param kind how the block is compiled
 * @param parameters for {@link Kind#STATEMENTS}: the parameter list of the method wrapped around
 *     the block, declaring the variables it uses; empty otherwise
 * @param expectedError for {@link Kind#FAILS}: text the compiler's error must contain
 * @param prelude the {@code package} and {@code import} lines that wrapped blocks get
 * @param code the block's text
 */
record Snippet(
    Path document, int line, Kind kind, String parameters, String expectedError, String prelude, String code) {

  /** How a block is compiled, from its {@code <!-- snippet: ... -->} marker. */
  enum Kind {
    /** {@code snippet: file}: a complete source file. */
    FILE,
    /** {@code snippet: type}: a top-level type without package and imports, which the context gives. */
    TYPE,
    /** {@code snippet: members}: fields and methods, wrapped in a class. */
    MEMBERS,
    /** {@code snippet: statements(Type name, ...)}: statements, wrapped in a method with those parameters. */
    STATEMENTS,
    /** {@code snippet: run}: statements, wrapped in a method, then run with assertions enabled. */
    RUN,
    /** {@code snippet: fails "text"}: a complete source file that must fail to compile with that error. */
    FAILS
  }

  private static final Pattern TYPE =
      Pattern.compile("(?m)^(?:public\\s+)?(?:final\\s+|abstract\\s+|sealed\\s+)*(?:class|interface|enum|record|@interface)\\s+(\\w+)");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");

  /** Where the block is, for messages: {@code docs/guide.md:42}. */
  String location() {
    Path name = document.getParent() == null ? document : document.getParent().getFileName().resolve(document.getFileName());
    return name + ":" + line;
  }

  /** The simple name of the class that holds the compiled block. */
  String className() {
    if (kind == Kind.FILE || kind == Kind.FAILS || kind == Kind.TYPE) {
      Matcher m = TYPE.matcher(code);
      if (!m.find()) {
        throw new IllegalStateException(location() + ": a 'file' snippet must declare a type");
      }
      return m.group(1);
    }
    String doc = document.getFileName().toString().replaceAll("\\W", "_");
    return "Snippet_" + doc + "_" + line;
  }

  /** The binary name of the class that holds the compiled block. */
  String qualifiedClassName() {
    return packageName().isEmpty() ? className() : packageName() + "." + className();
  }

  /** The package the compiled block is in. */
  String packageName() {
    Matcher m = PACKAGE.matcher(kind == Kind.FILE || kind == Kind.FAILS ? code : prelude);
    return m.find() ? m.group(1) : "";
  }

  /** The source to compile: the block itself, or the block wrapped in a class. */
  String source() {
    switch (kind) {
      case TYPE:
        return prelude + "\n" + code;
      case MEMBERS:
        return prelude + "\nclass " + className() + " {\n" + code + "\n}\n";
      case STATEMENTS:
      case RUN:
        return prelude + "\nclass " + className() + " {\n  void run(" + parameters + ") throws Exception {\n"
            + code + "\n  }\n}\n";
      default:
        return code;
    }
  }

  /** Lines of {@link #source()} before the block's first line. */
  int offset() {
    switch (kind) {
      case TYPE:
        return lines(prelude);
      case MEMBERS:
        return lines(prelude) + 1;
      case STATEMENTS:
      case RUN:
        return lines(prelude) + 2;
      default:
        return 0;
    }
  }

  private static int lines(String text) {
    return text.isEmpty() ? 0 : (int) text.chars().filter(c -> c == '\n').count() + 1;
  }
}
