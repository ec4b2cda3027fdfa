package dev.errata.feign;

import dev.errata.runtime.Verdict;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;

/**
 * A body whose head was read to judge the response: every {@link #asInputStream()} starts over
 * at its first byte and goes on with the unread rest, so whoever reads next (Feign's decoder, the
 * response interceptor) gets it whole.
 */
final class ReplayedBody implements Response.Body {

  private final Verdict verdict;
  private final Response.@Nullable Body original;

  ReplayedBody(Verdict verdict, Response.@Nullable Body original) {
    this.verdict = verdict;
    this.original = original;
  }

  Verdict verdict() {
    return verdict;
  }

  @Override
  public @Nullable Integer length() {

    return original == null ? null : original.length();
  }

  @Override
  public boolean isRepeatable() {
    return false;
  }

  @Override
  public InputStream asInputStream() {
    return verdict.body();
  }

  @Override
  public Reader asReader(Charset charset) {
    return new InputStreamReader(asInputStream(), charset);
  }

  @Override
  public void close() throws IOException {
    if (original != null) {
      original.close();
    }
  }
}
