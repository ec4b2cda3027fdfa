package dev.errata.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes fuzzer inputs in the layouts the fuzz targets read ({@link FuzzedResponse} and the
 * targets' own), so that the committed corpus holds real responses rather than noise. It mirrors
 * how Jazzer's {@code FuzzedDataProvider} consumes input: numbers from the end, most significant
 * byte last, byte strings from the start, the rest in the middle.
 *
 * <p>{@link #main} regenerates the seeds under {@code src/test/resources}; see docs/fuzzing.md.
 */
final class FuzzSeeds {

  private final ByteArrayOutputStream front = new ByteArrayOutputStream();
  private final List<Integer> tail = new ArrayList<>();

  /**
   * The bytes {@code consumeInt(min, max)} or {@code consumeLong(min, max)} reads back as {@code
   * value}, for {@code min >= 0}: Jazzer maps a negative minimum differently, so targets use none.
   */
  FuzzSeeds number(long value, long min, long max) {
    if (min < 0 || value < min || value > max) {
      throw new IllegalArgumentException(value + " is not in " + min + ".." + max);
    }
    long range = max - min;
    long offset = value - min;
    int bytes = 0;
    while (bytes < 8 && (range >> (8 * bytes)) > 0) {
      bytes++;
    }
    for (int i = bytes - 1; i >= 0; i--) {
      tail.add((int) ((offset >> (8 * i)) & 0xFF));
    }
    return this;
  }

  /** A byte string read with {@code consumeBytes(consumeInt(0, maxLength))}. */
  FuzzSeeds bytes(byte[] value, int maxLength) {
    number(value.length, 0, maxLength);
    front.writeBytes(value);
    return this;
  }

  /** The input, with {@code rest} as what {@code consumeRemainingAsBytes()} returns. */
  byte[] finish(byte[] rest) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(front.toByteArray());
    out.writeBytes(rest);
    for (int i = tail.size() - 1; i >= 0; i--) {
      out.write(tail.get(i));
    }
    return out.toByteArray();
  }

  /** A response for {@link FuzzedResponse#read}: headers are name/value pairs of known names. */
  static byte[] response(int decoder, int decoders, int status, byte[] body, String... headers) {
    FuzzSeeds s = new FuzzSeeds().number(decoder, 0, decoders - 1).number(status + 1, 0, 1001).number(0, 0, 2);
    s.number(headers.length / 2, 0, FuzzedResponse.MAX_HEADERS);
    for (int i = 0; i < headers.length; i += 2) {
      int name = FuzzedResponse.NAMES.indexOf(headers[i]);
      if (name < 0) {
        throw new IllegalArgumentException("not a known header name: " + headers[i]);
      }
      s.number(name, 0, FuzzedResponse.NAMES.size() + 1).number(0, 0, 2).number(1, 0, FuzzedResponse.NULL_VALUES);
      s.bytes(headers[i + 1].getBytes(UTF_8), FuzzedResponse.MAX_VALUE_LENGTH);
    }
    return s.finish(body);
  }

  public static void main(String[] args) throws IOException {
    Path resources = Path.of(args.length > 0 ? args[0] : "runtime/src/test/resources");
    DecoderFuzzTest.writeSeeds(resources);
    PointerPathFuzzTest.writeSeeds(resources);
    RetryAfterFuzzTest.writeSeeds(resources);
    ProblemRendererFuzzTest.writeSeeds(resources);
  }

  /** Writes {@code input} as the seed {@code name} of a fuzz test method. */
  static void write(Path resources, Class<?> test, String method, String name, byte[] input) {
    Path dir = resources.resolve(test.getPackageName().replace('.', '/'))
        .resolve(test.getSimpleName() + "Inputs").resolve(method);
    try {
      Files.createDirectories(dir);
      Files.write(dir.resolve(name), input);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
