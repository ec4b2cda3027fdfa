package dev.errata.conformance;

import dev.errata.okhttp.ErrataInterceptor;
import dev.errata.okhttp.ErrataOkHttp;
import dev.errata.runtime.ClientPolicy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * OkHttp's {@code execute()} through {@link ErrataOkHttp#execute}: the client has {@link
 * ErrataInterceptor}, and its calls come from {@link ErrataOkHttp#calls} when the policy retries.
 */
final class OkHttpExecuteStack implements Stack {

  private final OkHttpClient client = new OkHttpClient();
  private final Map<ClientPolicy, Call.Factory> calls = new ConcurrentHashMap<>();

  /** The calls of a policy, made as the integration's documentation says. */
  Call.Factory calls(ClientPolicy policy) {
    return calls.computeIfAbsent(policy, p -> p.retries()
        ? ErrataOkHttp.calls(client, p)
        : client.newBuilder().addInterceptor(ErrataInterceptor.of(p)).build());
  }

  @Override
  public Running start(dev.errata.conformance.Call call) {
    Call.Factory factory = calls(call.policy());
    return Running.onThread(() -> {
      try (Response response = ErrataOkHttp.execute(factory.newCall(request(call)))) {
        return Outcome.response(response.code(), response.body().string());
      }
    }, call.deadline());
  }

  static Request request(dev.errata.conformance.Call call) {
    Request.Builder request = new Request.Builder().url(call.uri().toString());
    call.headers().forEach(request::header);
    if (call.isPost()) {
      request.post(RequestBody.create(call.body(), MediaType.get("application/json")));
    }
    return request.build();
  }
}
