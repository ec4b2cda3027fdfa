package dev.errata.processor.scale;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * The class files of a compilation, defined on demand by a class loader that records which
 * classes it loaded (and verifies them, as the JVM verifies any application class).
 */
final class CompiledClasses extends ClassLoader {

  private final Map<String, byte[]> classes = new HashMap<>();
  private final List<String> loaded = new ArrayList<>();

  CompiledClasses(Compilation compilation, ClassLoader parent) {
    super(parent);
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(), path.length() - ".class".length());
        try (InputStream in = file.openInputStream()) {
          classes.put(name.replace('/', '.'), in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  Map<String, byte[]> classFiles() {
    return classes;
  }

  /** Names of the classes loaded so far, in load order. */
  synchronized List<String> loaded() {
    return List.copyOf(loaded);
  }

  @Override
  protected synchronized Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    loaded.add(name);
    return defineClass(name, bytes, 0, bytes.length);
  }
}
