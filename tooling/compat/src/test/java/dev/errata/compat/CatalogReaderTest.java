package dev.errata.compat;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the catalog files of a build folder and of a jar, with the processor's real output for the HTTP catalog. */
class CatalogReaderTest {

  private static final String HTTP = "META-INF/errata/dev.errata.http.HttpError.json";

  @TempDir Path work;

  @Test
  void readsTheProcessorsOutputForTheHttpCatalog() throws IOException {
    CatalogSnapshot http = CatalogJson.parse(httpJson(), HTTP);

    assertThat(http.enumName()).isEqualTo("dev.errata.http.HttpError");
    assertThat(http.parentCatalog()).isEmpty();
    assertThat(http.entry("CLIENT_ERROR").orElseThrow().category()).isTrue();
    assertThat(http.entry("CLIENT_ERROR").orElseThrow().statusTo()).isEqualTo(499);
    assertThat(http.entry("NOT_FOUND").orElseThrow().exception()).isEqualTo("dev.errata.http.NotFoundException");
    assertThat(http.entry("NOT_FOUND").orElseThrow().refined()).hasValue("dev.errata.http.HttpError.CLIENT_ERROR");
    assertThat(CompatibilityCheck.compare(http, http).changes()).isEmpty();
  }

  @Test
  void categoryWithAnotherRangeIsBreakingForTheStatusesItLeaves() throws IOException {
    CatalogSnapshot before = CatalogJson.parse(httpJson(), "v1");
    CatalogSnapshot after = CatalogJson.parse(httpJson().replace("\"statusTo\" : 499", "\"statusTo\" : 451"), "v2");

    CompatibilityReport report = CompatibilityCheck.compare(before, after);

    assertThat(Catalogs.ids(report)).containsExactly("dev.errata.http.HttpError.CLIENT_ERROR: range-changed");
    Change change = report.changes().get(0);
    assertThat(change.severity()).isEqualTo(Severity.BREAKING);
    assertThat(change.detail()).isEqualTo("statuses 400-499 → 400-451");
    assertThat(change.responses().get(0).toString())
        .isEqualTo("452 without a known code: ClientErrorException → CatalogException (catch (ClientErrorException e) stops firing)");
  }

  @Test
  void readsTheFormatVersionAndTheAncestors() throws IOException {
    CatalogSnapshot http = CatalogJson.parse(httpJson(), HTTP);

    assertThat(http.formatVersion()).isEqualTo(CatalogJson.FORMAT_VERSION);
    assertThat(http.ancestors()).isEmpty();
  }

  @Test
  void readsTheJsonFilesOfABuildFolderAndIgnoresTheRest() throws IOException {
    Path folder = Files.createDirectories(work.resolve("classes/META-INF/errata"));
    Files.writeString(folder.resolve("dev.errata.http.HttpError.json"), httpJson());
    Files.writeString(folder.resolve("dev.errata.http.HttpError.md"), "# HTTP errors");
    Files.writeString(folder.resolve("dev.errata.http.HttpError.openapi.json"), "{\"openapi\": \"3.1.0\"}");
    Files.writeString(folder.resolve("com.acme.PaymentError.json"), Catalogs.PAYMENTS);

    List<CatalogSnapshot> catalogs = CatalogReader.fromDirectory(folder);

    assertThat(catalogs.stream().map(CatalogSnapshot::enumName).toList())
        .containsExactly("com.acme.PaymentError", "dev.errata.http.HttpError").inOrder();
    assertThat(catalogs.get(0).source()).endsWith("com.acme.PaymentError.json");
  }

  @Test
  void missingBuildFolderHoldsNoCatalog() throws IOException {
    assertThat(CatalogReader.fromDirectory(work.resolve("nothing/here"))).isEmpty();
  }

  @Test
  void readsTheCatalogFilesOfAJar() throws IOException {
    Path jar = work.resolve("payments-1.0.jar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      put(zip, "META-INF/errata/com.acme.PaymentError.json", Catalogs.PAYMENTS);
      put(zip, "META-INF/errata/com.acme.PaymentError.md", "# Payments");
      put(zip, "META-INF/errata/com.acme.PaymentError.openapi.json", "{\"openapi\": \"3.1.0\"}");
      put(zip, "META-INF/errata/nested/other.json", "not read");
      put(zip, "com/acme/PaymentError.class", "not read");
    }

    List<CatalogSnapshot> catalogs = CatalogReader.fromJar(jar);

    assertThat(catalogs).hasSize(1);
    assertThat(catalogs.get(0).source()).isEqualTo("payments-1.0.jar!/META-INF/errata/com.acme.PaymentError.json");
    assertThat(CompatibilityCheck.compare(catalogs, List.of(Catalogs.payments())).changes()).isEmpty();
  }

  @Test
  void brokenCatalogInAJarNamesTheJarAndTheEntry() throws IOException {
    Path jar = work.resolve("broken.jar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      put(zip, "META-INF/errata/com.acme.Broken.json", "{");
    }

    CatalogFormatException e = assertThrows(CatalogFormatException.class, () -> CatalogReader.fromJar(jar));

    assertThat(e).hasMessageThat().startsWith("broken.jar!/META-INF/errata/com.acme.Broken.json is not valid JSON");
  }

  @Test
  void sameCatalogTwiceIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CompatibilityCheck.compare(List.of(Catalogs.payments(), Catalogs.payments()), List.of()));

    assertThat(e).hasMessageThat().contains("catalog com.acme.PaymentError appears twice");
  }

  private static String httpJson() throws IOException {
    try (InputStream in = CatalogReaderTest.class.getClassLoader().getResourceAsStream(HTTP)) {
      assertThat(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    OutputStream out = zip;
    out.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
