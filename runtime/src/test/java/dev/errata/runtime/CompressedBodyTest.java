package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.errata.CatalogException;
import dev.errata.http.ServiceUnavailableException;
import dev.errata.runtime.fixture.TestCatalogs;
import dev.errata.runtime.fixture.platform.RelationConflictException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** A body the HTTP client handed over still compressed decodes as if it had not been. */
class CompressedBodyTest {

  private static final ErrorDecoder DECODER = ErrorDecoder.builder(TestCatalogs.PLATFORM).build();
  private static final byte[] PROBLEM =
      "{\"type\":\"https://docs.example.com/errors#RelationConflict\",\"detail\":\"Bot bot_1 is elsewhere.\"}".getBytes(UTF_8);

  @Test
  void aGzipBodyIsInflated() throws IOException {
    CatalogException e = DECODER.decode(409, encoded("gzip"), gzip(PROBLEM));

    assertThat(e).isInstanceOf(RelationConflictException.class);
    assertThat(e.details().message()).hasValue("Bot bot_1 is elsewhere.");
    assertThat(e.details().body()).hasValue(new String(PROBLEM, UTF_8));
  }

  @Test
  void aDeflateBodyIsInflatedWithOrWithoutItsZlibWrapper() throws IOException {
    assertThat(DECODER.decode(409, encoded("deflate"), deflate(PROBLEM, /* raw= */ false)))
        .isInstanceOf(RelationConflictException.class);
    assertThat(DECODER.decode(409, encoded("Deflate"), deflate(PROBLEM, /* raw= */ true)))
        .isInstanceOf(RelationConflictException.class);
  }

  @Test
  void aBodyLabelledCompressedThatIsNotIsReadAsItIs() {
    assertThat(DECODER.decode(409, encoded("gzip"), PROBLEM)).isInstanceOf(RelationConflictException.class);
    assertThat(DECODER.decode(409, encoded("br"), PROBLEM)).isInstanceOf(RelationConflictException.class);
  }

  @Test
  void aCompressedBombInflatesOnlyToTheCap() throws IOException {
    byte[] zeros = new byte[50 * 1024 * 1024];
    byte[] bomb = gzip(zeros); // about 50 KB
    ErrorDecoder small = ErrorDecoder.builder(TestCatalogs.PLATFORM).maxReadBytes(4096).build();

    CatalogException e = small.decode(503, encoded("gzip"), bomb);

    assertThat(e).isInstanceOf(ServiceUnavailableException.class);
    assertThat(e.details().bodyTruncated()).isTrue();
  }

  @Test
  void aCompressedBodyCutShortInflatesAsFarAsItGoes() throws IOException {
    java.util.Random random = new java.util.Random(7);
    StringBuilder noise = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      noise.append((char) ('a' + random.nextInt(26)));
    }
    byte[] padded = ("{\"code\":\"RelationConflict\",\"message\":\"" + noise + "\"}").getBytes(UTF_8);
    byte[] compressed = gzip(padded);

    CatalogException e = DECODER.decode(409, encoded("gzip"), Arrays.copyOf(compressed, compressed.length / 2));

    assertThat(e).isInstanceOf(RelationConflictException.class);
  }

  private static Map<String, List<String>> encoded(String coding) {
    return Map.of("Content-Encoding", List.of(coding), "Content-Type", List.of("application/problem+json"));
  }

  private static byte[] gzip(byte[] plain) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(plain);
    }
    return out.toByteArray();
  }

  private static byte[] deflate(byte[] plain, boolean raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflate = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
      deflate.write(plain);
    }
    return out.toByteArray();
  }
}
