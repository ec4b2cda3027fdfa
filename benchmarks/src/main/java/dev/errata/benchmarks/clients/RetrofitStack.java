package dev.errata.benchmarks.clients;

import dev.errata.okhttp.ErrataCallAdapterFactory;
import dev.errata.runtime.ErrorDecoder;
import java.io.IOException;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.HttpException;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.http.GET;
import retrofit2.http.Path;

/**
 * Retrofit over {@link OkHttpStack}'s two clients and canned transport. Retrofit's own error handling is its
 * {@link HttpException}, which its adapters for futures and coroutines throw for an error
 * response: the body read into memory, the status line as the message.
 */
final class RetrofitStack implements Stack {

  /** As an application declares it without Errata. */
  interface BareBots {
    @GET("bots/{id}")
    Call<ResponseBody> bot(@Path("id") String id);
  }

  /** As an application declares it with Errata's call adapter: the body, or the typed exception. */
  interface ErrataBots {
    @GET("bots/{id}")
    ResponseBody bot(@Path("id") String id) throws IOException;
  }

  private static final String OK_ID = Answers.OK_PATH.substring("/bots/".length());
  private static final String MISSING_ID = Answers.MISSING_PATH.substring("/bots/".length());

  private final BareBots bare;
  private final ErrataBots errata;

  RetrofitStack(ErrorDecoder decoder) {
    OkHttpStack okHttp = new OkHttpStack(decoder);
    bare = new Retrofit.Builder()
        .baseUrl("http://platform.example/")
        .client(okHttp.bare)
        .build()
        .create(BareBots.class);
    errata = new Retrofit.Builder()
        .baseUrl("http://platform.example/")
        .client(okHttp.errata)
        .addCallAdapterFactory(ErrataCallAdapterFactory.create(decoder))
        .build()
        .create(ErrataBots.class);
  }

  @Override
  public Object bareSuccess() throws IOException {
    return bareBody(OK_ID);
  }

  @Override
  public Object errataSuccess() throws IOException {
    try (ResponseBody body = errata.bot(OK_ID)) {
      return body.string();
    }
  }

  @Override
  public Object defaultError() {
    return Stack.thrown(() -> bareBody(MISSING_ID));
  }

  @Override
  public Object errataError() {
    return Stack.thrown(() -> errata.bot(MISSING_ID).close());
  }

  private String bareBody(String id) throws IOException {
    Response<ResponseBody> response = bare.bot(id).execute();
    if (!response.isSuccessful()) {
      throw new HttpException(response);
    }
    try (ResponseBody body = response.body()) {
      return body.string();
    }
  }
}
