package dev.errata.runtime;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.errata.CatalogException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything of an exception that can reach a log, a user or another process: its message, its
 * string forms, the problem a server would render from it and its serialized form. The fuzz
 * targets look for secrets in these.
 */
final class VisibleOutputs {

  private VisibleOutputs() {}

  /** Each output by name; the serialized form as ISO-8859-1 text, so that ASCII stays readable. */
  static Map<String, String> of(CatalogException e) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("getMessage()", e.getMessage());
    out.put("toString()", e.toString());
    out.put("details().toString()", e.details().toString());
    ProblemResponse problem = ProblemRenderer.render(e);
    out.put("rendered problem", new String(problem.body(), UTF_8) + " " + problem.headers() + " " + problem);
    out.put("serialized form", new String(serialize(e), ISO_8859_1));
    return out;
  }

  static byte[] serialize(Object o) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The name of the first output holding {@code secret}, or null when none does. */
  static String holding(Map<String, String> outputs, String secret) {
    for (Map.Entry<String, String> e : outputs.entrySet()) {
      if (e.getValue().contains(secret)) {
        return e.getKey();
      }
    }
    return null;
  }
}
