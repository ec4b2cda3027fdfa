package dev.errata.spring.openapi;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** A document on the class path that is not JSON stops the customizer, naming the document. */
class ErrorResponseDocumentsTest {

  @Test
  void anUnreadableDocumentIsReportedByName(@TempDir Path classes) throws Exception {
    Path document = classes.resolve("META-INF/errata/com.example.Broken.openapi.json");
    Files.createDirectories(document.getParent());
    Files.writeString(document, "{\"components\": ");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      IllegalStateException error = assertThrows(IllegalStateException.class,
          () -> ErrataOperationCustomizer.of(new PathMatchingResourcePatternResolver(loader), /* openapi31= */ true));
      assertThat(error).hasMessageThat().contains("com.example.Broken.openapi.json");
    }
  }
}
