package dev.errata.jdk;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.runtime.PassThrough;
import dev.errata.runtime.fixture.TestCatalogs;
import dev.errata.runtime.fixture.platform.RelationConflictException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

/**
 * How the JDK client's body subscriber reads the head of a body it must judge, as a Reactive
 * Streams subscriber: one subscription, the rest cancelled when the response fails, the caller's
 * subscriber fed the whole body through a subscription that keeps the rules.
 */
class JudgingSubscriberTest {

  private static final ErrorDecoder DECODER = ErrorDecoder.builder(TestCatalogs.PLATFORM).build();
  private static final String CONFLICT = "{\"code\":\"RelationConflict\",\"message\":\"linked elsewhere\"}";
  private static final int LIMIT = 64;

  /** The upstream subscription: counts what was requested and whether it was cancelled. */
  private static final class Upstream implements Flow.Subscription {
    long requested;
    boolean cancelled;

    @Override
    public void request(long n) {
      requested += n;
    }

    @Override
    public void cancel() {
      cancelled = true;
    }
  }

  /** The caller's subscriber: keeps its subscription and what it was given. */
  private static final class Caller implements BodySubscriber<String> {
    final CompletableFuture<String> body = new CompletableFuture<>();
    final StringBuilder received = new StringBuilder();
    final List<Integer> deliveries = new ArrayList<>();
    Flow.Subscription subscription;

    @Override
    public CompletionStage<String> getBody() {
      return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      deliveries.add(items.size());
      for (ByteBuffer item : items) {
        byte[] bytes = new byte[item.remaining()];
        item.get(bytes);
        received.append(new String(bytes, UTF_8));
      }
    }

    @Override
    public void onError(Throwable throwable) {
      body.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      body.complete(received.toString());
    }
  }

  private static ResponseInfo info(int status) {
    return new ResponseInfo() {
      @Override
      public int statusCode() {
        return status;
      }

      @Override
      public HttpHeaders headers() {
        return HttpHeaders.of(Map.of("Content-Type", List.of("application/json")), (n, v) -> true);
      }

      @Override
      public HttpClient.Version version() {
        return HttpClient.Version.HTTP_1_1;
      }
    };
  }

  private static List<ByteBuffer> bytes(String s) {
    return List.of(ByteBuffer.wrap(s.getBytes(UTF_8)));
  }

  private static <T> JudgingSubscriber<T> subscriber(ClientPolicy policy, int status, BodyHandler<T> handler) {
    return new JudgingSubscriber<>(policy, info(status), LIMIT, handler);
  }

  @Test
  void aSecondSubscriptionIsCancelled() {
    JudgingSubscriber<String> s = subscriber(ClientPolicy.of(DECODER), 409, i -> BodySubscribers.ofString(UTF_8));
    Upstream first = new Upstream();
    Upstream second = new Upstream();

    s.onSubscribe(first);
    s.onSubscribe(second);

    assertThat(second.cancelled).isTrue();
    assertThat(first.cancelled).isFalse();
    assertThat(first.requested).isEqualTo(1);
  }

  @Test
  void anErrorResponseIsJudgedOnItsHeadAndTheRestIsCancelled() {
    JudgingSubscriber<String> s = subscriber(ClientPolicy.of(DECODER), 409, i -> BodySubscribers.ofString(UTF_8));
    Upstream upstream = new Upstream();
    s.onSubscribe(upstream);

    s.onNext(bytes(CONFLICT + " ".repeat(100)));

    assertThat(upstream.cancelled).isTrue();
    assertThat(s.getBody().toCompletableFuture().join().error).isInstanceOf(RelationConflictException.class);
  }

  @Test
  void aBodyThatBreaksOffIsJudgedOnWhatArrived() {
    JudgingSubscriber<String> s = subscriber(ClientPolicy.of(DECODER), 409, i -> BodySubscribers.ofString(UTF_8));
    s.onSubscribe(new Upstream());

    s.onNext(bytes(CONFLICT.substring(0, 30)));
    s.onError(new IOException("connection reset"));

    assertThat(s.getBody().toCompletableFuture().join().error).isInstanceOf(RelationConflictException.class);
  }

  @Test
  void aPassingResponseGivesTheCallerTheHeadThenTheRest() {
    ClientPolicy policy = ClientPolicy.builder(DECODER).passThrough(PassThrough.codes("RelationConflict")).build();
    Caller caller = new Caller();
    JudgingSubscriber<String> s = subscriber(policy, 409, i -> caller);
    Upstream upstream = new Upstream();
    s.onSubscribe(upstream);
    String body = CONFLICT + " ".repeat(100);

    s.onNext(bytes(body.substring(0, 40)));
    s.onNext(bytes(body.substring(40)));
    caller.subscription.request(1);
    long requestedBefore = upstream.requested;
    caller.subscription.request(3);
    s.onNext(bytes("tail"));
    s.onComplete();

    assertThat(caller.body.join()).isEqualTo(body + "tail");
    assertThat(upstream.requested - requestedBefore).isEqualTo(3);
    assertThat(upstream.cancelled).isFalse();
  }

  @Test
  void aFailureAfterTheHeadPassedReachesTheCaller() {
    ClientPolicy policy = ClientPolicy.builder(DECODER).passThrough(PassThrough.codes("RelationConflict")).build();
    Caller caller = new Caller();
    JudgingSubscriber<String> s = subscriber(policy, 409, i -> caller);
    s.onSubscribe(new Upstream());
    s.onNext(bytes(CONFLICT + " ".repeat(100)));
    caller.subscription.request(1);

    s.onError(new IOException("connection reset"));

    assertThat(caller.body.isCompletedExceptionally()).isTrue();
  }

  @Test
  void aWholeBodyThatPassesIsDeliveredOnceAndCompleted() {
    ClientPolicy policy = ClientPolicy.builder(DECODER).passThrough(PassThrough.codes("RelationConflict")).build();
    Caller caller = new Caller();
    JudgingSubscriber<String> s = subscriber(policy, 409, i -> caller);
    s.onSubscribe(new Upstream());
    s.onNext(bytes(CONFLICT.substring(0, 10)));
    s.onNext(bytes(CONFLICT.substring(10)));
    s.onComplete();

    caller.subscription.request(Long.MAX_VALUE);

    assertThat(caller.body.join()).isEqualTo(CONFLICT);
    assertThat(caller.deliveries).containsExactly(1);
  }

  @Test
  void anEmptyBodyThatPassesIsCompletedWithoutADelivery() {
    ClientPolicy graphQl = ClientPolicy.builder(DECODER).graphQl(true).build();
    Caller caller = new Caller();
    JudgingSubscriber<String> s = subscriber(graphQl, 200, i -> caller);
    s.onSubscribe(new Upstream());
    s.onComplete();

    caller.subscription.request(1);

    assertThat(caller.body.join()).isEmpty();
    assertThat(caller.deliveries).isEmpty();
  }

  @Test
  void theCallersSubscriptionRefusesANonPositiveRequestAndPassesACancelOn() {
    ClientPolicy policy = ClientPolicy.builder(DECODER).passThrough(PassThrough.codes("RelationConflict")).build();
    Caller refusing = new Caller();
    Upstream first = new Upstream();
    JudgingSubscriber<String> s = subscriber(policy, 409, i -> refusing);
    s.onSubscribe(first);
    s.onNext(bytes(CONFLICT + " ".repeat(100)));

    refusing.subscription.request(0);

    assertThat(first.cancelled).isTrue();
    assertThat(refusing.body.isCompletedExceptionally()).isTrue();

    Caller cancelling = new Caller();
    Upstream second = new Upstream();
    JudgingSubscriber<String> t = subscriber(policy, 409, i -> cancelling);
    t.onSubscribe(second);
    t.onNext(bytes(CONFLICT + " ".repeat(100)));

    cancelling.subscription.cancel();

    assertThat(second.cancelled).isTrue();
  }
}
