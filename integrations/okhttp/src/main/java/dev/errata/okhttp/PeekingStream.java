package dev.errata.okhttp;

import java.io.IOException;
import java.io.InputStream;
import okio.Buffer;
import okio.BufferedSource;

/**
 * A body read without being consumed: each read asks the source to buffer more and copies from
 * the source's own buffer, where the bytes stay for whoever reads the body next. Okio's {@code
 * peek()} would do the same by sharing the buffer's segments, which Okio then never returns to its
 * pool, so every error response peeked that way cost a fresh 8 KiB segment later.
 */
final class PeekingStream extends InputStream {

  private final BufferedSource source;
  private final Buffer.UnsafeCursor cursor = new Buffer.UnsafeCursor();
  private long position;

  PeekingStream(BufferedSource source) {
    this.source = source;
  }

  @Override
  public int read(byte[] into, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!source.request(position + 1)) {
      return -1;
    }
    try (Buffer.UnsafeCursor segment = source.getBuffer().readUnsafe(cursor)) {
      segment.seek(position);
      int n = Math.min(length, segment.end - segment.start);
      System.arraycopy(segment.data, segment.start, into, offset, n);
      position += n;
      return n;
    }
  }

  @Override
  public int read() throws IOException {
    if (!source.request(position + 1)) {
      return -1;
    }
    return source.getBuffer().getByte(position++) & 0xFF;
  }
}
