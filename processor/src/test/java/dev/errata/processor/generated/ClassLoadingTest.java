package dev.errata.processor.generated;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.Catalog;
import dev.errata.CatalogException;
import dev.errata.ErrorDetails;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A catalog loads the class of an exception only when it makes one: an application that sees
 * three errors of a catalog of hundreds loads three exception classes, not hundreds. The fixture
 * has one plain table per lookup, in its catalog class; LargeCatalogTest checks the same of
 * catalogs whose tables are split into nested classes.
 */
class ClassLoadingTest {

  private static final String FIXTURES = "dev.errata.processor.fixtures.";

  @Test
  void makingOneExceptionLoadsItsClassAndNoOtherExceptionClass() throws Exception {
    FixtureLoader loader = new FixtureLoader(getClass().getClassLoader());
    Class<?> catalogClass = loader.loadClass(FIXTURES + "platform.PlatformCatalog");
    Catalog catalog = (Catalog) catalogClass.getField("INSTANCE").get(null);

    CatalogException e = catalog.create("Teapot", 418, ErrorDetails.empty(), false);

    assertThat(e.getClass().getName()).isEqualTo(FIXTURES + "platform.TeapotException");
    assertThat(e.getClass().getClassLoader()).isSameInstanceAs(loader);
    List<String> exceptions = loader.defined.stream().filter(name -> name.endsWith("Exception")).toList();
    // TeapotException and the ancestor catalog's classes it extends, nothing of its siblings.
    assertThat(exceptions).contains(FIXTURES + "platform.TeapotException");
    assertThat(exceptions).containsNoneOf(
        FIXTURES + "platform.RelationConflictException",
        FIXTURES + "platform.ResourceLockedException",
        FIXTURES + "platform.MaintenanceException",
        FIXTURES + "platform.NotFoundException",
        FIXTURES + "web.ConflictException",
        FIXTURES + "web.TooManyRequestsException");
  }

  /** Defines the fixtures' classes itself (child first) and records which it defined. */
  private static final class FixtureLoader extends ClassLoader {
    final List<String> defined = new ArrayList<>();

    FixtureLoader(ClassLoader parent) {
      super(parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith(FIXTURES)) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          c = define(name);
        }
        return c;
      }
    }

    private Class<?> define(String name) throws ClassNotFoundException {
      try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
        if (in == null) {
          throw new ClassNotFoundException(name);
        }
        byte[] bytes = in.readAllBytes();
        defined.add(name);
        return defineClass(name, bytes, 0, bytes.length);
      } catch (IOException e) {
        throw new ClassNotFoundException(name, e);
      }
    }
  }
}
