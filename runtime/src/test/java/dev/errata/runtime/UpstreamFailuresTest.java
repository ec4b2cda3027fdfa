package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.CatalogException;
import dev.errata.http.BadGatewayException;
import dev.errata.http.GatewayTimeoutException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** What a server answers when its own call to another service failed without a response. */
class UpstreamFailuresTest {

  @Test
  void anUnreachableServiceIsABadGateway() {
    for (Throwable failure : List.of(new ConnectException("Connection refused: orders.internal/10.0.0.7:8080"),
        new HttpConnectTimeoutException("HTTP connect timed out"), new UnknownHostException("orders.internal"),
        new NoRouteToHostException("No route to host"))) {
      CatalogException served = UpstreamFailures.toServe(failure).orElseThrow();

      assertThat(served).isInstanceOf(BadGatewayException.class);
      assertThat(served.getCause()).isSameInstanceAs(failure);
    }
  }

  @Test
  void aServiceThatDidNotAnswerInTimeIsAGatewayTimeout() {
    for (Throwable failure : List.of(new SocketTimeoutException("Read timed out"),
        new HttpTimeoutException("request timed out"), new TimeoutException(), new InterruptedIOException("timeout"))) {
      CatalogException served = UpstreamFailures.toServe(failure).orElseThrow();

      assertThat(served).isInstanceOf(GatewayTimeoutException.class);
      assertThat(served.getCause()).isSameInstanceAs(failure);
    }
  }

  @Test
  void bothAreRetryableAndSayNothingOfTheOtherService() {
    CatalogException badGateway = UpstreamFailures.toServe(new ConnectException("orders.internal:8080")).orElseThrow();
    CatalogException timeout = UpstreamFailures.toServe(new SocketTimeoutException("orders.internal")).orElseThrow();

    assertThat(badGateway.isRetryable()).isTrue();
    assertThat(timeout.isRetryable()).isTrue();
    assertThat(badGateway.getMessage()).doesNotContain("orders.internal");
    assertThat(timeout.getMessage()).doesNotContain("orders.internal");
    assertThat(badGateway.fromResponse()).isFalse();
  }

  @Test
  void theFailureIsFoundUnderTheWrappersOfFuturesAndStreams() {
    ConnectException refused = new ConnectException("refused");
    Throwable wrapped = new CompletionException(new ExecutionException(new UncheckedIOException(new IOException(refused))));

    CatalogException served = UpstreamFailures.toServe(wrapped).orElseThrow();

    assertThat(served).isInstanceOf(BadGatewayException.class);
    assertThat(served.getCause()).isSameInstanceAs(wrapped);
  }

  @Test
  void theCauseChainIsSearchedEightDeep() {
    assertThat(UpstreamFailures.toServe(wrapped(new SocketTimeoutException(), 7))).isPresent();
    assertThat(UpstreamFailures.toServe(wrapped(new SocketTimeoutException(), 8))).isEmpty();
  }

  @Test
  void otherFailuresAreNotTheOtherServices() {
    assertThat(UpstreamFailures.toServe(new IOException("closed"))).isEmpty();
    assertThat(UpstreamFailures.toServe(new InterruptedIOException("interrupted"))).isEmpty();
    assertThat(UpstreamFailures.toServe(new IllegalStateException("bug"))).isEmpty();
  }

  @Test
  void aFailureTheClientReportedAsItsOwnIsABadGatewayWhateverItIs() {
    IOException closed = new IOException("closed");
    CatalogException served = UpstreamFailures.toServeAny(closed);

    assertThat(served).isInstanceOf(BadGatewayException.class);
    assertThat(served.getCause()).isSameInstanceAs(closed);
    assertThat(served.isRetryable()).isTrue();
    assertThat(UpstreamFailures.toServeAny(new SocketTimeoutException())).isInstanceOf(GatewayTimeoutException.class);
  }

  private static Throwable wrapped(Throwable failure, int wrappers) {
    Throwable t = failure;
    for (int i = 0; i < wrappers; i++) {
      t = new IOException("wrapper " + i, t);
    }
    return t;
  }
}
