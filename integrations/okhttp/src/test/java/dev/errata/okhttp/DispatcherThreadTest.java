package dev.errata.okhttp;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.CatalogException;
import dev.errata.okhttp.fixture.RecordingCallback;
import dev.errata.okhttp.fixture.RelationConflictException;
import dev.errata.okhttp.fixture.ShopErrorCatalog;
import dev.errata.okhttp.fixture.ShopServer;
import dev.errata.runtime.ErrorDecoder;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Error responses through {@code enqueue()} leave OkHttp's dispatcher thread alive. The
 * dispatcher runs on one thread whose every death is seen: its uncaught exceptions are recorded,
 * and the executor would have to start a second thread to run the next call.
 */
@Timeout(30)
class DispatcherThreadTest {

  private static final ErrorDecoder DECODER = ErrorDecoder.builder(ShopErrorCatalog.INSTANCE).build();

  private final List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
  private final List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
  private ShopServer server;
  private ExecutorService executor;
  private OkHttpClient plain;

  @BeforeEach
  void start() throws IOException {
    server = new ShopServer();
    ThreadFactory watched = task -> {
      Thread t = new Thread(task, "OkHttp Dispatcher (watched)");
      t.setDaemon(true);
      t.setUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
      threads.add(t);
      return t;
    };
    executor = Executors.newSingleThreadExecutor(watched);
    plain = new OkHttpClient.Builder()
        .dispatcher(new Dispatcher(executor))
        .callTimeout(Duration.ofSeconds(10))
        .build();
  }

  @AfterEach
  void stop() throws InterruptedException {
    server.close();
    executor.shutdownNow();
    assertThat(executor.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    plain.connectionPool().evictAll();
  }

  @Test
  void errorsThroughEnqueueLeaveTheDispatcherThreadRunning() throws Exception {
    OkHttpClient client = plain.newBuilder().addInterceptor(ErrataInterceptor.of(DECODER)).build();

    for (int i = 0; i < 10; i++) {
      RecordingCallback error = new RecordingCallback(DECODER);
      client.newCall(get("/shapes/typed")).enqueue(error);
      assertThat(error.await().error()).isInstanceOf(RelationConflictException.class);
      RecordingCallback ok = new RecordingCallback(DECODER);
      client.newCall(get("/ok")).enqueue(ok);
      assertThat(ok.await().body()).isEqualTo(ShopServer.OK_BODY);
    }

    assertThat(uncaught).isEmpty();
    assertThat(threads).hasSize(1);
    assertThat(threads.get(0).isAlive()).isTrue();
  }

  @Test
  void errorsDecodedByTheCallbackLeaveTheDispatcherThreadRunning() throws Exception {
    for (int i = 0; i < 10; i++) {
      RecordingCallback error = new RecordingCallback(DECODER);
      plain.newCall(get("/shapes/html")).enqueue(error);
      assertThat(error.await().error()).isNotNull();
    }
    RecordingCallback ok = new RecordingCallback(DECODER);
    plain.newCall(get("/ok")).enqueue(ok);

    assertThat(ok.await().body()).isEqualTo(ShopServer.OK_BODY);
    assertThat(uncaught).isEmpty();
    assertThat(threads).hasSize(1);
  }

  /**
   * Why the interceptor throws an IOException: one that throws the typed exception itself kills
   * the dispatcher's thread and reaches the callback only as "canceled". This also shows that the
   * test above would see a dying thread.
   */
  @Test
  void anInterceptorThrowingTheTypedExceptionKillsTheThread() throws Exception {
    Interceptor naive = chain -> {
      Response response = chain.proceed(chain.request());
      if (!response.isSuccessful()) {
        throw ErrataOkHttp.decode(DECODER, response);
      }
      return response;
    };
    OkHttpClient client = plain.newBuilder().addInterceptor(naive).build();
    RecordingCallback callback = new RecordingCallback(DECODER);

    client.newCall(get("/shapes/typed")).enqueue(callback);

    RecordingCallback.Outcome outcome = callback.await();
    assertThat(outcome.error()).isNull();
    assertThat(outcome.failure()).hasMessageThat().startsWith("canceled due to");
    RecordingCallback next = new RecordingCallback(DECODER);
    client.newCall(get("/ok")).enqueue(next);
    assertThat(next.await().body()).isEqualTo(ShopServer.OK_BODY);
    assertThat(uncaught).hasSize(1);
    assertThat(uncaught.get(0)).isInstanceOf(CatalogException.class);
    assertThat(threads).hasSize(2);
    assertThat(threads.get(0).isAlive()).isFalse();
  }

  private Request get(String path) {
    return new Request.Builder().url(server.url(path)).build();
  }
}
