package dev.errata.runtime;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.spi.ToolProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The decoder's work stays out of its callers' compiled code: HotSpot's C2 compiler inlines no
 * method of more than {@code FreqInlineSize} (325) bytes of bytecode, so {@code
 * ErrorDecoder.decoded} must stay above that (see its comment and docs/PERFORMANCE.md).
 */
class DecoderInliningTest {

  private static final int FREQ_INLINE_SIZE = 325;

  @Test
  void theDecodingMethodIsTooLargeToBeInlined() throws Exception {
    Path classes = Path.of(ErrorDecoder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    StringWriter out = new StringWriter();
    int exit = ToolProvider.findFirst("javap").orElseThrow()
        .run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-c", "-p", "-cp", classes.toString(),
            ErrorDecoder.class.getName());
    assertWithMessage("javap").that(exit).isEqualTo(0);

    int size = bytecodeSize(out.toString(), " decoded(");

    assertWithMessage("bytes of bytecode in ErrorDecoder.decoded").that(size).isGreaterThan(FREQ_INLINE_SIZE);
  }

  /** The offset of the method's last instruction, plus one for its return. */
  private static int bytecodeSize(String javap, String methodName) {
    int start = javap.indexOf(methodName);
    assertWithMessage("method %s in javap's output", methodName).that(start).isAtLeast(0);
    int end = javap.indexOf("\n\n", start);
    Matcher offset = Pattern.compile("(?m)^\\s+(\\d+): ").matcher(javap.substring(start, end < 0 ? javap.length() : end));
    int last = -1;
    while (offset.find()) {
      last = Integer.parseInt(offset.group(1));
    }
    return last + 1;
  }
}
