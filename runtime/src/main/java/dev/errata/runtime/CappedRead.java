package dev.errata.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads the head of a body: at most a limit of bytes, in memory proportional to what arrives.
 * Every reader of another server's body in the runtime goes through here, so no path reads an
 * unbounded body.
 */
final class CappedRead {

  /**
   * The first buffer for a body of unknown length, doubled as needed up to the limit: most error
   * bodies (problem details, GraphQL errors, a proxy's short HTML page) fit in 1 KiB.
   */
  private static final int FIRST_BUFFER = 1024;

  private static final byte[] EMPTY = new byte[0];

  private CappedRead() {}

  /**
   * At most {@code limit} bytes of {@code in}, which is not closed. A stated length only sizes the
   * first buffer: a stream that goes on past it (a decompressing client that kept the compressed
   * length, a server that miscounted) is read on, up to the limit. A failing read ends the body
   * where it failed, since what arrived before is still worth decoding.
   *
   * @param in may be {@code null}: no body
   * @param statedLength the length the response states, or -1
   */
  static byte[] read(@Nullable InputStream in, long statedLength, int limit) {
    if (in == null || limit <= 0) {
      return EMPTY;
    }
    byte[] buffer = new byte[statedLength >= 0 && statedLength < limit ? (int) statedLength : Math.min(limit, FIRST_BUFFER)];
    int size = 0;
    try {
      while (true) {
        if (size == buffer.length) {
          // Full: one more byte tells the end of the stream from a body that goes on.
          int next = size < limit ? in.read() : -1;
          if (next == -1) {
            break;
          }
          buffer = Arrays.copyOf(buffer, Math.min(limit, Math.max(size * 2, FIRST_BUFFER)));
          buffer[size++] = (byte) next;
        }
        int n = in.read(buffer, size, buffer.length - size);
        if (n == -1) {
          break;
        }
        size += n;
      }
    } catch (IOException | RuntimeException cut) {
      // The body ends where reading failed (a reset connection, a stream closed under us).
    }
    return size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
  }
}
