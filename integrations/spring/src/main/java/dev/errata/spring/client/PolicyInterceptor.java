package dev.errata.spring.client;

import dev.errata.runtime.Attempts;
import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.RetryAdvice;
import dev.errata.runtime.Verdict;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * The client policy on a blocking Spring client's exchange: judges each response the policy
 * looks into, fails a GraphQL 2xx that carries errors, and retries as the policy's advisor says,
 * waiting on the calling thread. An error response goes on to the status handler as a {@link
 * JudgedResponse}, so Spring's own conventions hold: the handler throws, and {@code exchange}
 * sees the response.
 *
 * <p>Registered first, so that every retry passes through the interceptors after it again (an
 * authentication interceptor refreshing its token, say).
 */
final class PolicyInterceptor implements ClientHttpRequestInterceptor {

  private final ClientPolicy policy;

  PolicyInterceptor(ClientPolicy policy) {
    this.policy = policy;
  }

  ClientPolicy policy() {
    return policy;
  }

  @Override
  public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
      throws IOException {
    Attempts attempts = null; // made on the first failure: most calls have none
    while (true) {
      ClientHttpResponse response;
      try {
        response = execution.execute(request, body);
      } catch (IOException failure) {
        attempts = attempts != null ? attempts : policy.attempts(SpringResponseView.request(request));
        wait(attempts.next(failure), failure);
        continue;
      }
      int status = response.getStatusCode().value();
      if (!policy.looksInto(status)) {
        return response;
      }
      Verdict verdict = policy.judge(new SpringResponseView(response, status));
      if (verdict.passed() || !policy.retries()) {
        return judged(response, verdict);
      }
      attempts = attempts != null ? attempts : policy.attempts(SpringResponseView.request(request));
      RetryAdvice advice = attempts.next(verdict.error());
      if (!advice.retry()) {
        return judged(response, verdict);
      }
      JudgedResponse.discard(response);
      sleep(advice);
    }
  }

  /** A GraphQL 2xx that failed is thrown here: no status handler looks at a 2xx. */
  private static ClientHttpResponse judged(ClientHttpResponse response, Verdict verdict) throws IOException {
    if (!verdict.passed() && !response.getStatusCode().isError()) {
      JudgedResponse.discard(response);
      throw verdict.error();
    }
    return new JudgedResponse(response, verdict);
  }

  private static void wait(RetryAdvice advice, IOException failure) throws IOException {
    if (!advice.retry()) {
      throw failure;
    }
    sleep(advice);
  }

  private static void sleep(RetryAdvice advice) throws IOException {
    try {
      TimeUnit.NANOSECONDS.sleep(advice.delay().toNanos());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while waiting to retry");
    }
  }

  @Override
  public String toString() {
    return "Errata " + policy;
  }
}
