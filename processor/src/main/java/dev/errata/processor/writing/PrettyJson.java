package dev.errata.processor.writing;

import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/** Indented JSON generators for the resources the processor writes, so they diff well. */
final class PrettyJson {

  private static final JsonFactory JSON = new JsonFactory();

  /** A write context whose only setting is indentation. */
  private static final class Indented extends ObjectWriteContext.Base {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new DefaultPrettyPrinter();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }

  private PrettyJson() {}

  static JsonGenerator generator(Writer out) {
    return JSON.createGenerator(new Indented(), out);
  }

  /** {@code value} as a string property, or {@code null} when it is empty. */
  static void optional(JsonGenerator json, String name, String value) {
    json.writeName(name);
    if (value.isEmpty()) {
      json.writeNull();
    } else {
      json.writeString(value);
    }
  }
}
