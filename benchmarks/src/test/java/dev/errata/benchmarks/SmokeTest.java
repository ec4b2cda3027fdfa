package dev.errata.benchmarks;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.CatalogException;
import dev.errata.ErrorDetails;
import dev.errata.benchmarks.clients.ClientOverheadBenchmark;
import dev.errata.benchmarks.cold.ColdStartBenchmark;
import dev.errata.benchmarks.decode.Decoders;
import dev.errata.benchmarks.decode.Delivery;
import dev.errata.benchmarks.decode.ErrorResponse;
import dev.errata.benchmarks.decode.HandWrittenDecoder;
import dev.errata.benchmarks.decode.RestClientBenchmark;
import dev.errata.benchmarks.dispatch.Catalogs;
import dev.errata.benchmarks.dispatch.DispatchBenchmark;
import dev.errata.examples.bots.RateLimitedException;
import dev.errata.examples.bots.RelationConflictException;
import dev.errata.examples.bots.ResourceNotFoundException;
import dev.errata.http.ConflictException;
import dev.errata.http.NotFoundException;
import dev.errata.http.TooManyRequestsException;
import feign.FeignException;
import feign.RetryableException;
import java.time.Duration;
import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Proves in seconds that the benchmarks still measure what they claim: every decoder turns the
 * same response into the type expected (Errata's the most specific), the three dispatch tables
 * agree, and every benchmark runs once under JMH.
 */
class SmokeTest {

  @Test
  void errataDecodesToTheCatalogsTypesThePeersToStatusTypes() {
    Decoders notFound = new Decoders(ErrorResponse.NOT_FOUND);
    Decoders conflict = new Decoders(ErrorResponse.CONFLICT);
    Decoders tooMany = new Decoders(ErrorResponse.TOO_MANY_REQUESTS);

    assertThat(notFound.errata()).isInstanceOf(ResourceNotFoundException.class);
    assertThat(conflict.errata()).isInstanceOf(RelationConflictException.class);
    assertThat(tooMany.errata()).isInstanceOf(RateLimitedException.class);
    assertThat(tooMany.errata().retryAfter()).hasValue(Duration.ofSeconds(30));
    assertThat(conflict.errata().getStackTrace()).isNotEmpty();
    // More specific than a status type: each refines the HTTP catalog's exception of its status.
    assertThat(NotFoundException.class.isAssignableFrom(ResourceNotFoundException.class)).isTrue();
    assertThat(ConflictException.class.isAssignableFrom(RelationConflictException.class)).isTrue();
    assertThat(TooManyRequestsException.class.isAssignableFrom(RateLimitedException.class)).isTrue();

    CatalogException fast = conflict.errataNoStackTrace();
    assertThat(fast).isInstanceOf(RelationConflictException.class);
    assertThat(fast.getStackTrace()).isEmpty();
    assertThat(fast.details()).isEqualTo(conflict.errata().details());

    // The Spring adapter decodes Spring's response type to the same exception as the decoder.
    assertThat(notFound.errataSpring()).isInstanceOf(ResourceNotFoundException.class);
    assertThat(conflict.errataSpring().details()).isEqualTo(conflict.errata().details());
    assertThat(tooMany.errataSpring().retryAfter()).hasValue(Duration.ofSeconds(30));
    assertThat(conflict.errataSpringOnConnection().details()).isEqualTo(conflict.errata().details());
    assertThat(conflict.springOnConnection().getClass()).isEqualTo(conflict.spring().getClass());

    // A whole RestClient call throws the same: Errata's type with the handler, Spring's without,
    // however the body is delivered.
    for (int status : new int[] {404, 409, 429}) {
      for (Delivery delivery : Delivery.values()) {
        RestClientBenchmark call = new RestClientBenchmark();
        call.status = status;
        call.body = delivery;
        call.setUp();
        Decoders same = new Decoders(delivery == Delivery.CHUNKED
            ? ErrorResponse.of(status).withoutContentLength()
            : ErrorResponse.of(status));
        assertThat(call.errata().getClass()).isEqualTo(same.errata().getClass());
        assertThat(((CatalogException) call.errata()).details()).isEqualTo(same.errata().details());
        assertThat(call.springDefault().getClass()).isEqualTo(same.spring().getClass());
        assertThat(((RestClientResponseException) call.springDefault()).getResponseBodyAsByteArray())
            .isEqualTo(ErrorResponse.of(status).body());
        assertThat(call.errataWithoutStackTraces().getClass()).isEqualTo(same.errata().getClass());
        assertThat(call.errataWithoutStackTraces().getStackTrace()).isEmpty();
      }
    }

    assertThat(notFound.spring()).isInstanceOf(HttpClientErrorException.NotFound.class);
    assertThat(conflict.spring()).isInstanceOf(HttpClientErrorException.Conflict.class);
    assertThat(tooMany.spring()).isInstanceOf(HttpClientErrorException.TooManyRequests.class);

    assertThat(notFound.feign()).isInstanceOf(FeignException.NotFound.class);
    assertThat(conflict.feign()).isInstanceOf(FeignException.Conflict.class);
    assertThat(tooMany.feign()).isInstanceOf(RetryableException.class);
    assertThat(tooMany.feign().getCause()).isInstanceOf(FeignException.TooManyRequests.class);

    // Errata's Feign error decoder: the typed exception, retryable or not.
    assertThat(notFound.errataFeign()).isInstanceOf(ResourceNotFoundException.class);
    assertThat(conflict.errataFeign()).isInstanceOf(RelationConflictException.class);
    assertThat(conflict.errataFeignNoStackTrace().getStackTrace()).isEmpty();
    RateLimitedException limitedByErrata = (RateLimitedException) tooMany.errataFeign();
    assertThat(limitedByErrata.retryAfter()).hasValue(Duration.ofSeconds(30));

    assertThat(notFound.handWritten()).isInstanceOf(HandWrittenDecoder.ResourceNotFound.class);
    assertThat(conflict.handWritten()).isInstanceOf(HandWrittenDecoder.RelationConflict.class);
    HandWrittenDecoder.BotApiException limited = (HandWrittenDecoder.BotApiException) tooMany.handWritten();
    assertThat(limited).isInstanceOf(HandWrittenDecoder.RateLimited.class);
    assertThat(limited.fields().retryAfter()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void theThreeTablesCreateTheSameExceptions() {
    ErrorDetails details = ErrorDetails.builder().status(409).build();
    for (int size : new int[] {25, 400, 4000}) {
      Catalogs catalogs = Catalogs.of(size);
      String[] codes = catalogs.codes();
      assertThat(codes).hasLength(size);
      assertThat(catalogs.generated().definitions()).hasSize(size);
      for (int i = 0; i < size; i += size == 4000 ? 13 : 1) {
        String code = new String(codes[i].toCharArray());
        CatalogException generated = catalogs.generated().create(code, 409, details, false);
        CatalogException map = catalogs.map().create(code, details);
        CatalogException switches = catalogs.switches().create(code, details);
        assertThat(generated.code()).isEqualTo(code);
        assertThat(map.getClass()).isEqualTo(generated.getClass());
        assertThat(switches.getClass()).isEqualTo(generated.getClass());
        assertThat(map.definition()).isSameInstanceAs(generated.definition());
        assertThat(switches.definition()).isSameInstanceAs(generated.definition());
        assertThat(map.getStackTrace()).isEmpty();
        assertThat(switches.getStackTrace()).isEmpty();
      }
      assertThat(catalogs.map().create("NoSuchCode", details)).isNull();
      assertThat(catalogs.switches().create("NoSuchCode", details)).isNull();
    }
  }

  @Test
  void dispatchAndColdStartBenchmarksReturnTheSameTypeOnBothSides() {
    for (int size : new int[] {25, 400, 4000}) {
      DispatchBenchmark generated = dispatch(size);
      DispatchBenchmark map = dispatch(size);
      DispatchBenchmark switches = dispatch(size);
      for (int i = 0; i < 1024; i++) {
        Class<?> type = generated.generatedTable().getClass();
        assertThat(map.handWrittenMap().getClass()).isEqualTo(type);
        assertThat(switches.handWrittenSwitch().getClass()).isEqualTo(type);
      }
    }

    ColdStartBenchmark cold = new ColdStartBenchmark();
    cold.setUp();
    CatalogException errata = cold.errata();
    CatalogException map = cold.prefilledMap();
    assertThat(map.getClass()).isEqualTo(errata.getClass());
    assertThat(errata.code()).endsWith("Conflict");
  }

  @ParameterizedTest
  @EnumSource(ClientOverheadBenchmark.Client.class)
  void everyClientStackAnswersTheSameOnBothSides(ClientOverheadBenchmark.Client client) throws Exception {
    ClientOverheadBenchmark benchmark = new ClientOverheadBenchmark();
    benchmark.client = client;
    benchmark.setUp();

    assertThat(benchmark.successBare()).isEqualTo(benchmark.successErrata());
    assertThat(benchmark.successErrata().toString()).contains("Support bot");
    assertThat(benchmark.errorErrata()).isInstanceOf(ResourceNotFoundException.class);
    assertThat(benchmark.errorDefault()).isNotInstanceOf(CatalogException.class);
    assertThat(benchmark.errorDefault()).isInstanceOf(Exception.class);
  }

  private static DispatchBenchmark dispatch(int size) {
    DispatchBenchmark benchmark = new DispatchBenchmark();
    benchmark.size = size;
    benchmark.setUp();
    return benchmark;
  }

  @Test
  void everyBenchmarkRunsOnceUnderJmh() throws RunnerException {
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include("dev\\.errata\\.benchmarks\\..*Benchmark")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(20))
        .shouldFailOnError(true)
        .output("target/jmh-smoke.txt")
        .build()).run();
    // Decode 10 x 3 statuses, contention 5, dispatch 3 x 3 sizes x 2 sequences, cold start 2,
    // RestClient 3 x 3 statuses x 3 deliveries, over loopback 2, client overhead 4 x 5 stacks,
    // the JDK client and OkHttp over loopback 2 each.
    assertThat(results).hasSize(108);
  }
}
