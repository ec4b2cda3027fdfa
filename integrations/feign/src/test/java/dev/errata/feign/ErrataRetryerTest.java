package dev.errata.feign;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.feign.LoopbackServer.Reply;
import dev.errata.feign.shop.RateLimitedException;
import dev.errata.http.NotFoundException;
import dev.errata.http.ServiceUnavailableException;
import dev.errata.runtime.RetryAdvisor;
import feign.DefaultRetryer;
import feign.ExceptionPropagationPolicy;
import feign.Feign;
import feign.RetryableException;
import feign.Retryer;
import feign.codec.DefaultErrorDecoder;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Retries through Feign's own Retryer loop, against a real server, and what the caller gets at the end. */
class ErrataRetryerTest {

  private static final RetryAdvisor ADVISOR = RetryAdvisor.builder().maxAttempts(3).baseDelay(Duration.ZERO).build();
  private static final Reply UNAVAILABLE = new Reply(503, Map.of(), "down for maintenance");

  private static LoopbackServer server;
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() throws IOException {
    server = new LoopbackServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private ShopApi recordingClient(RetryAdvisor advisor) {
    return recordingClient(advisor, server.url());
  }

  private ShopApi recordingClient(RetryAdvisor advisor, String url) {
    return Feign.builder()
        .errorDecoder(new ErrataErrorDecoder(ErrataErrorDecoderTest.DECODER))
        .retryer(new ErrataRetryer(advisor, waits::add))
        .target(ShopApi.class, url);
  }

  @Test
  void retriesAsOftenAsAdvisedThenTheCallerGetsTheTypedException() {
    server.script("/always-down", UNAVAILABLE);

    ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
        () -> recordingClient(ADVISOR).get("always-down"));

    assertThat(server.hits("/always-down")).isEqualTo(3);
    assertThat(waits).hasSize(2);
    assertThat(e.getMessage()).contains("down for maintenance");
  }

  @Test
  void aRetryThatSucceedsReturnsTheBody() {
    server.script("/flaky", UNAVAILABLE, new Reply(200, Map.of(), "order 7"));

    assertThat(recordingClient(ADVISOR).get("flaky")).isEqualTo("order 7");
    assertThat(server.hits("/flaky")).isEqualTo(2);
  }

  @Test
  void nonRetryableErrorsAreNotRetried() {
    server.script("/missing", new Reply(404, Map.of("Retry-After", "1"), ""));

    assertThrows(NotFoundException.class, () -> recordingClient(ADVISOR).get("missing"));
    assertThat(server.hits("/missing")).isEqualTo(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void waitsAsRetryAfterSaysInSeconds() {
    server.script("/limited", new Reply(429, Map.of("Retry-After", "2"), "{\"type\":\"RateLimited\"}"));

    assertThrows(RateLimitedException.class, () -> recordingClient(ADVISOR).get("limited"));

    assertThat(server.hits("/limited")).isEqualTo(3);
    assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  @Test
  void waitsAsRetryAfterSaysAsADate() {
    String in20s = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(20));
    server.script("/limited-date", new Reply(429, Map.of("Retry-After", in20s), "{\"type\":\"RateLimited\"}"));

    assertThrows(RateLimitedException.class, () -> recordingClient(ADVISOR).get("limited-date"));

    assertThat(waits).hasSize(2);
    for (Duration wait : waits) {
      assertThat(wait).isAtLeast(Duration.ofSeconds(18));
      assertThat(wait).isAtMost(Duration.ofSeconds(20));
    }
  }

  @Test
  void aRetryAfterLongerThanTheAdvisorAcceptsEndsTheRetries() {
    server.script("/limited-long", new Reply(429, Map.of("Retry-After", "3600"), "{\"type\":\"RateLimited\"}"));

    assertThrows(RateLimitedException.class, () -> recordingClient(ADVISOR).get("limited-long"));
    assertThat(server.hits("/limited-long")).isEqualTo(1);
  }

  @Test
  void aPostIsRetriedOnlyWithAnIdempotencyKey() {
    server.script("/pay", UNAVAILABLE);
    server.script("/pay-keyed", UNAVAILABLE);
    ShopApi api = recordingClient(ADVISOR);

    assertThrows(ServiceUnavailableException.class, () -> api.post("pay", "{}"));
    assertThrows(ServiceUnavailableException.class, () -> api.postWithKey("pay-keyed", "8e03978e", "{}"));

    assertThat(server.hits("/pay")).isEqualTo(1);
    assertThat(server.hits("/pay-keyed")).isEqualTo(3);
  }

  @Test
  void everyCallCountsItsOwnAttempts() {
    server.script("/down-twice", UNAVAILABLE);
    ShopApi api = recordingClient(ADVISOR);

    assertThrows(ServiceUnavailableException.class, () -> api.get("down-twice"));
    assertThrows(ServiceUnavailableException.class, () -> api.get("down-twice"));

    assertThat(server.hits("/down-twice")).isEqualTo(6);
  }

  @Test
  void cloneStartsAFreshCount() {
    ErrataRetryer used = new ErrataRetryer(RetryAdvisor.builder().maxAttempts(2).baseDelay(Duration.ZERO).build(), waits::add);
    RetryableException e = (RetryableException) new ErrataErrorDecoder(ErrataErrorDecoderTest.DECODER)
        .decode("k", ErrataErrorDecoderTest.response(503, Map.of()));

    used.continueOrPropagate(e);
    assertThrows(ServiceUnavailableException.class, () -> used.continueOrPropagate(e));
    Retryer fresh = used.clone();
    fresh.continueOrPropagate(e);

    assertThat(fresh).isNotSameInstanceAs(used);
    assertThat(waits).hasSize(2);
  }

  @Test
  void aConnectionThatWasNeverMadeIsRetriedEvenForAPostAndEndsAsFeignReportsIt() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    ShopApi api = recordingClient(ADVISOR, "http://127.0.0.1:" + closedPort);

    RetryableException e = assertThrows(RetryableException.class, () -> api.post("pay", "{}"));

    assertThat(e.getCause()).isInstanceOf(ConnectException.class);
    assertThat(waits).hasSize(2); // three attempts
  }

  @Test
  void anotherDecodersRetryableExceptionIsRetriedAsTheAdvisorSays() {
    server.script("/default-decoder", new Reply(503, Map.of("Retry-After", "0"), ""));
    ShopApi api = Feign.builder()
        .errorDecoder(new DefaultErrorDecoder())
        .retryer(new ErrataRetryer(ADVISOR, waits::add))
        .target(ShopApi.class, server.url());

    assertThrows(RetryableException.class, () -> api.get("default-decoder"));

    assertThat(server.hits("/default-decoder")).isEqualTo(3);
    assertThat(waits).containsExactly(Duration.ZERO, Duration.ZERO);
  }

  @Test
  void withFeignsOwnRetryerTheTypedExceptionNeedsUnwrap() {
    server.script("/policy", UNAVAILABLE);
    Feign.Builder plain = Feign.builder()
        .errorDecoder(new ErrataErrorDecoder(ErrataErrorDecoderTest.DECODER))
        .retryer(new DefaultRetryer(1, 1, 2));

    RetryableException wrapped = assertThrows(RetryableException.class,
        () -> plain.target(ShopApi.class, server.url()).get("policy"));
    assertThrows(ServiceUnavailableException.class,
        () -> plain.exceptionPropagationPolicy(ExceptionPropagationPolicy.UNWRAP).target(ShopApi.class, server.url()).get("policy"));

    assertThat(wrapped.getCause()).isInstanceOf(ServiceUnavailableException.class);
  }

  @Test
  void withTheCapabilityTheTypedExceptionNeedsNoPolicy() {
    server.script("/capability", UNAVAILABLE);
    ShopApi api = Feign.builder()
        .addCapability(ErrataCapability.of(ErrataErrorDecoderTest.DECODER, ADVISOR))
        .target(ShopApi.class, server.url());

    assertThrows(ServiceUnavailableException.class, () -> api.get("capability"));
    assertThat(server.hits("/capability")).isEqualTo(3);
  }
}
