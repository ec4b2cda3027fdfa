package dev.errata.compat;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errata.Catalog;
import dev.errata.CatalogException;
import dev.errata.processor.ErrataProcessor;
import dev.errata.runtime.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * A catalog enum compiled with the Errata processor, its classes loaded in a class loader of their
 * own: the generated catalog and decoder, and the reference JSON the check reads.
 */
final class CompiledCatalog {

  private final Loader loader;
  private final String json;
  private final ErrorDecoder decoder;

  private CompiledCatalog(Loader loader, String json, ErrorDecoder decoder) {
    this.loader = loader;
    this.json = json;
    this.decoder = decoder;
  }

  /** Compiles {@code source}, the enum {@code qualifiedName}; empty when the processor refuses it. */
  static Optional<CompiledCatalog> compile(String qualifiedName, String source) {
    Compilation compilation = javac().withProcessors(new ErrataProcessor())
        .compile(JavaFileObjects.forSourceString(qualifiedName, source));
    if (compilation.status() != Compilation.Status.SUCCESS) {
      return Optional.empty();
    }
    Map<String, byte[]> classes = new HashMap<>();
    String json = null;
    String prefix = "/" + StandardLocation.CLASS_OUTPUT.getName() + "/";
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      int at = path.indexOf(prefix);
      if (at < 0) {
        continue;
      }
      String name = path.substring(at + prefix.length());
      byte[] bytes = read(file);
      if (name.endsWith(".class")) {
        classes.put(name.substring(0, name.length() - ".class".length()).replace('/', '.'), bytes);
      } else if (name.equals(CatalogReader.FOLDER + qualifiedName + ".json")) {
        json = new String(bytes, StandardCharsets.UTF_8);
      }
    }
    Loader loader = new Loader(classes);
    try {
      Catalog catalog = Catalog.of(loader.loadClass(qualifiedName));
      return Optional.of(new CompiledCatalog(loader, json, ErrorDecoder.builder(catalog).captureStackTraces(false).build()));
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The reference JSON the processor wrote. */
  CatalogSnapshot snapshot(String source) {
    return CatalogJson.parse(json, source);
  }

  CatalogException decode(int status, String body) {
    return decoder.decode(status, Map.of(), body.getBytes(StandardCharsets.UTF_8));
  }

  /** The class of this name as this version sees it: generated here, or from the class path; empty when there is none. */
  Optional<Class<?>> exceptionClass(String name) {
    try {
      return Optional.of(Class.forName(name, false, loader));
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }

  private static byte[] read(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Defines the compiled classes; everything else comes from the test's class path. */
  private static final class Loader extends ClassLoader {
    private final Map<String, byte[]> classes;

    Loader(Map<String, byte[]> classes) {
      super(CompiledCatalog.class.getClassLoader());
      this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
