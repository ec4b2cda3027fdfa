package dev.errata.spring.members;

import static com.google.common.truth.Truth.assertThat;
import static dev.errata.spring.members.RoundTripApplication.VALUES;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.CatalogException;
import dev.errata.feign.ErrataCapability;
import dev.errata.jdk.ErrataHttpClient;
import dev.errata.okhttp.ErrataInterceptor;
import dev.errata.okhttp.ErrataOkHttp;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.spring.client.ErrataResponseErrorHandler;
import dev.errata.spring.client.ErrataWebClientStatusHandler;
import dev.errata.spring.service.Service;
import feign.Feign;
import feign.RequestLine;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Members of every type, round trip: declared in a catalog, raised by a Spring MVC handler on a
 * real Boot server, served as problem details, decoded by each client stack, and read through
 * the generated accessor as the value the handler raised.
 */
class MembersRoundTripTest {

  private static final ErrorDecoder DECODER = ErrorDecoder.builder(RoundTripErrorCatalog.INSTANCE).build();

  private static Service service;

  /** Feign's view of the service. */
  interface ValuesApi {
    @RequestLine("GET /values")
    String values();
  }

  @BeforeAll
  static void start() {
    service = Service.start(RoundTripApplication.class, WebApplicationType.SERVLET);
  }

  @AfterAll
  static void stop() {
    if (service != null) {
      service.close();
    }
  }

  /** One client stack: calls GET /values and returns the exception it throws. */
  private record Client(String name, Function<String, CatalogException> call) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static List<Client> clients() {
    return List.of(
        new Client("RestClient", url -> assertThrows(CatalogException.class,
            () -> RestClient.builder().baseUrl(url).apply(ErrataResponseErrorHandler.of(DECODER)).build()
                .get().uri("/values").retrieve().body(String.class))),
        new Client("Feign", url -> assertThrows(CatalogException.class,
            () -> Feign.builder().addCapability(ErrataCapability.of(DECODER)).target(ValuesApi.class, url).values())),
        new Client("OkHttp", url -> assertThrows(CatalogException.class, () -> {
          OkHttpClient client = new OkHttpClient.Builder().addInterceptor(ErrataInterceptor.of(DECODER)).build();
          ErrataOkHttp.execute(client.newCall(new Request.Builder().url(url + "/values").build())).close();
        })),
        new Client("WebClient", url -> assertThrows(CatalogException.class,
            () -> WebClient.builder().baseUrl(url).apply(ErrataWebClientStatusHandler.of(DECODER)).build()
                .get().uri("/values").retrieve().bodyToMono(String.class).block())),
        new Client("JDK HttpClient", url -> assertThrows(CatalogException.class,
            () -> ErrataHttpClient.of(HttpClient.newHttpClient(), DECODER)
                .send(HttpRequest.newBuilder(URI.create(url + "/values")).build(), BodyHandlers.ofString()))));
  }

  /** One member type: what the accessor reads, and what the handler raised. */
  private record Read(String type, Function<ValuesRejectedException, Object> accessor, Object raised) {
    @Override
    public String toString() {
      return type;
    }
  }

  private static List<Read> reads() {
    RoundTripError.Values v = VALUES;
    return List.of(
        new Read("String", e -> e.text().orElseThrow(), v.text()),
        new Read("int", e -> e.count().getAsInt(), v.count()),
        new Read("Integer", e -> e.boxedCount().getAsInt(), v.boxedCount()),
        new Read("long", e -> e.total().getAsLong(), v.total()),
        new Read("Long", e -> e.boxedTotal().getAsLong(), v.boxedTotal()),
        new Read("boolean", e -> e.flag().orElseThrow(), v.flag()),
        new Read("Boolean", e -> e.boxedFlag().orElseThrow(), v.boxedFlag()),
        new Read("BigDecimal", e -> e.amount().orElseThrow(), v.amount()),
        new Read("Instant", e -> e.at().orElseThrow(), v.at()),
        new Read("OffsetDateTime", e -> e.localAt().orElseThrow(), v.localAt()),
        new Read("URI", e -> e.link().orElseThrow(), v.link()),
        new Read("enum", e -> e.stage().orElseThrow(), v.stage()),
        new Read("List<String>", ValuesRejectedException::texts, v.texts()),
        new Read("List<Integer>", ValuesRejectedException::counts, v.counts()),
        new Read("List<Long>", ValuesRejectedException::totals, v.totals()),
        new Read("List<Boolean>", ValuesRejectedException::flags, v.flags()),
        new Read("List<BigDecimal>", ValuesRejectedException::amounts, v.amounts()),
        new Read("List<Instant>", ValuesRejectedException::ats, v.ats()),
        new Read("List<OffsetDateTime>", ValuesRejectedException::localAts, v.localAts()),
        new Read("List<URI>", ValuesRejectedException::links, v.links()),
        new Read("List<enum>", ValuesRejectedException::stages, v.stages()),
        new Read("String at a pointer, served at the root", e -> e.declineCode().orElseThrow(), v.declineCode()));
  }

  static Stream<Arguments> everyTypeOnEveryClient() {
    List<Arguments> all = new ArrayList<>();
    for (Read read : reads()) {
      for (Client client : clients()) {
        all.add(Arguments.of(read, client));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} through {1}")
  @MethodSource("everyTypeOnEveryClient")
  void aMemberRaisedOnTheServerReadsBackThroughItsAccessor(Read read, Client client) {
    CatalogException e = client.call().apply(service.uri().toString());

    assertThat(e).isInstanceOf(ValuesRejectedException.class);
    assertThat(e.fromResponse()).isTrue();
    assertThat(read.accessor().apply((ValuesRejectedException) e)).isEqualTo(read.raised());
  }

  /**
   * Every stack hands the response to the same decoder: the members are the same JSON values on
   * each, those the served body holds (a decimal raised as {@code 1} reads back as the JSON integer
   * it was written as; its accessor makes it a {@code BigDecimal} again).
   */
  @Test
  void everyStackDecodesTheSameMembers() throws Exception {
    HttpResponse<String> served = service.get("/values");
    Map<String, Object> decoded = DECODER.decode(served.statusCode(), served.headers().map(),
        served.body().getBytes(StandardCharsets.UTF_8)).details().members();

    assertThat(decoded).hasSize(22);
    for (Client client : clients()) {
      assertThat(client.call().apply(service.uri().toString()).details().members()).isEqualTo(decoded);
    }
  }
}
