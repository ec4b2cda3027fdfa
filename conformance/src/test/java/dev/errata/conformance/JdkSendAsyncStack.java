package dev.errata.conformance;

import dev.errata.jdk.ErrataHttpClient;
import java.net.http.HttpClient;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The JDK's {@code HttpClient} through {@link ErrataHttpClient#sendAsync}: a deadline is {@code
 * orTimeout}, giving up is cancelling the future.
 */
final class JdkSendAsyncStack implements Stack {

  private final HttpClient http = HttpClient.newHttpClient();

  @Override
  public Running start(Call call) {
    ErrataHttpClient client = ErrataHttpClient.of(http, call.policy());
    CompletableFuture<Outcome> future = client.sendAsync(JdkSendStack.request(call), JdkSendStack.RECEIVED);
    if (call.hasDeadline()) {
      future.orTimeout(call.deadline().toNanos(), TimeUnit.NANOSECONDS);
    }
    return Running.async(future.exceptionally(Outcome::of), () -> future.cancel(true));
  }
}
