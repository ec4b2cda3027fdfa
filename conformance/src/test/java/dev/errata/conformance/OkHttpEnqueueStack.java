package dev.errata.conformance;

import dev.errata.CatalogException;
import dev.errata.okhttp.ErrataCallback;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Response;

/**
 * OkHttp's {@code enqueue()} with an {@link ErrataCallback}, on the clients of {@link
 * OkHttpExecuteStack}: a deadline is the call's timeout (the call timeout, for this call), giving
 * up is {@code call.cancel()}.
 */
final class OkHttpEnqueueStack implements Stack {

  private final OkHttpExecuteStack clients = new OkHttpExecuteStack();

  @Override
  public Running start(dev.errata.conformance.Call call) {
    Call okCall = clients.calls(call.policy()).newCall(OkHttpExecuteStack.request(call));
    if (call.hasDeadline()) {
      okCall.timeout().timeout(call.deadline().toNanos(), TimeUnit.NANOSECONDS);
    }
    CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    okCall.enqueue(new ErrataCallback(call.policy()) {
      @Override
      public void onSuccess(Call c, Response response) throws IOException {
        try (response) {
          outcome.complete(Outcome.response(response.code(), response.body().string()));
        }
      }

      @Override
      public void onError(Call c, CatalogException error) {
        outcome.complete(Outcome.of(error));
      }

      @Override
      public void onTransportFailure(Call c, IOException failure) {
        outcome.complete(Outcome.of(failure));
      }
    });
    return Running.async(outcome, okCall::cancel);
  }
}
