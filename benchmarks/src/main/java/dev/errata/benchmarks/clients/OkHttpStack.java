package dev.errata.benchmarks.clients;

import dev.errata.okhttp.ErrataIOException;
import dev.errata.okhttp.ErrataInterceptor;
import dev.errata.runtime.ErrorDecoder;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.Okio;
import okio.Source;

/**
 * OkHttp with a last interceptor that answers at once. OkHttp has no error handling of its own:
 * the default is the usual hand-written check, an {@code IOException} with the body's text.
 */
final class OkHttpStack implements Stack {

  private static final Interceptor ANSWERS = chain -> {
    Request request = chain.request();
    boolean missing = Answers.isMissing(request.url().encodedPath());
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(missing ? 404 : 200)
        .message(missing ? "Not Found" : "OK")
        .body(body(missing ? Answers.MISSING : Answers.OK, missing ? Answers.PROBLEM_JSON : Answers.JSON))
        .build();
  };

  /**
   * A body as a connection delivers it: a buffered source, whose {@code close()} returns its
   * buffer's segments to Okio's pool (a bare {@code Buffer}'s would not, and every call would
   * then allocate a fresh 8 KiB segment).
   */
  private static ResponseBody body(byte[] bytes, String contentType) {
    return ResponseBody.create(Okio.buffer((Source) new Buffer().write(bytes)), MediaType.get(contentType), bytes.length);
  }

  final OkHttpClient bare;
  final OkHttpClient errata;
  private final Request ok = new Request.Builder().url("http://platform.example" + Answers.OK_PATH).build();
  private final Request missing = new Request.Builder().url("http://platform.example" + Answers.MISSING_PATH).build();

  OkHttpStack(ErrorDecoder decoder) {
    bare = new OkHttpClient.Builder().addInterceptor(ANSWERS).build();
    errata = new OkHttpClient.Builder().addInterceptor(ErrataInterceptor.of(decoder)).addInterceptor(ANSWERS).build();
  }

  @Override
  public Object bareSuccess() throws IOException {
    return body(bare, ok);
  }

  @Override
  public Object errataSuccess() throws IOException {
    return body(errata, ok);
  }

  @Override
  public Object defaultError() {
    return Stack.thrown(() -> body(bare, missing));
  }

  /** The interceptor throws the typed error inside an IOException, as OkHttp requires; callers unwrap it. */
  @Override
  public Object errataError() {
    Object thrown = Stack.thrown(() -> body(errata, missing));
    return thrown instanceof ErrataIOException e ? e.error() : thrown;
  }

  private static String body(OkHttpClient client, Request request) throws IOException {
    try (Response response = client.newCall(request).execute()) {
      String text = response.body().string();
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code() + ": " + text);
      }
      return text;
    }
  }
}
