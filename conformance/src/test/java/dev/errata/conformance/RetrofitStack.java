package dev.errata.conformance;

import dev.errata.okhttp.ErrataCallAdapterFactory;
import dev.errata.okhttp.ErrataOkHttp;
import dev.errata.runtime.ClientPolicy;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Retrofit;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.HeaderMap;
import retrofit2.http.POST;
import retrofit2.http.Url;

/**
 * A Retrofit service whose methods return the body itself, run on the caller's thread: its calls
 * come from {@link ErrataOkHttp#calls}, its errors are typed by {@link ErrataCallAdapterFactory}.
 * The caller gets the body alone, without the status.
 */
final class RetrofitStack implements Stack {

  /** The service interface an application declares. */
  interface Api {
    @GET
    ResponseBody get(@Url String url, @HeaderMap Map<String, String> headers) throws IOException;

    @POST
    ResponseBody post(@Url String url, @HeaderMap Map<String, String> headers, @Body RequestBody body) throws IOException;

    @GET
    CompletableFuture<ResponseBody> getAsync(@Url String url, @HeaderMap Map<String, String> headers);

    @POST
    CompletableFuture<ResponseBody> postAsync(@Url String url, @HeaderMap Map<String, String> headers, @Body RequestBody body);
  }

  private final OkHttpClient client = new OkHttpClient();
  private final Map<ClientPolicy, Api> apis = new ConcurrentHashMap<>();

  /** The service of a policy, made as the integration's documentation says. */
  Api api(ClientPolicy policy, String baseUrl) {
    return apis.computeIfAbsent(policy, p -> new Retrofit.Builder()
        .baseUrl(baseUrl + "/")
        .callFactory(ErrataOkHttp.calls(client, p))
        .addCallAdapterFactory(ErrataCallAdapterFactory.create(p))
        .build()
        .create(Api.class));
  }

  @Override
  public Running start(Call call) {
    Api api = api(call.policy(), call.baseUrl());
    String url = call.uri().toString();
    return Running.onThread(() -> {
      try (ResponseBody body = call.isPost() ? api.post(url, call.headers(), json(call)) : api.get(url, call.headers())) {
        return Outcome.response(Outcome.STATUS_NOT_SHOWN, body.string());
      }
    }, call.deadline());
  }

  static RequestBody json(Call call) {
    return RequestBody.create(call.body(), MediaType.get("application/json"));
  }
}
