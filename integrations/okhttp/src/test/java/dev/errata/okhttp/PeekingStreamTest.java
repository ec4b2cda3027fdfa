package dev.errata.okhttp;

import static com.google.common.truth.Truth.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import okio.Source;
import org.junit.jupiter.api.Test;

class PeekingStreamTest {

  /** A body of several Okio segments, as a connection delivers it: through a buffered source. */
  private static byte[] body() {
    byte[] bytes = new byte[3 * 8192 + 123];
    new Random(7).nextBytes(bytes);
    return bytes;
  }

  private static BufferedSource connection(byte[] bytes) {
    return Okio.buffer((Source) new Buffer().write(bytes));
  }

  @Test
  void readsTheWholeBodyAcrossSegmentsAndLeavesItForTheNextReader() throws IOException {
    byte[] bytes = body();
    BufferedSource source = connection(bytes);

    ByteArrayOutputStream peeked = new ByteArrayOutputStream();
    new PeekingStream(source).transferTo(peeked);

    assertThat(peeked.toByteArray()).isEqualTo(bytes);
    assertThat(source.readByteArray()).isEqualTo(bytes);
  }

  @Test
  void readsByteByByteAndEndsWithMinusOne() throws IOException {
    BufferedSource source = connection(new byte[] {1, (byte) 0xFF});
    InputStream in = new PeekingStream(source);

    assertThat(in.read()).isEqualTo(1);
    assertThat(in.read()).isEqualTo(0xFF);
    assertThat(in.read()).isEqualTo(-1);
    assertThat(in.read(new byte[4], 0, 4)).isEqualTo(-1);
    assertThat(source.readByteArray()).isEqualTo(new byte[] {1, (byte) 0xFF});
  }

  @Test
  void aReadOfNothingReadsNothing() throws IOException {
    BufferedSource source = connection(new byte[] {1});

    assertThat(new PeekingStream(source).read(new byte[4], 2, 0)).isEqualTo(0);
    assertThat(source.getBuffer().size()).isEqualTo(0L);
  }
}
