package dev.errata.spring.client;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.errata.CatalogException;
import dev.errata.http.BadGatewayException;
import dev.errata.http.InternalServerErrorException;
import dev.errata.http.ServerErrorException;
import dev.errata.http.ServiceUnavailableException;
import dev.errata.http.UnauthorizedException;
import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.runtime.RetryAdvisor;
import dev.errata.spring.client.catalog.LoginRequiredException;
import dev.errata.spring.client.catalog.OutOfStockException;
import dev.errata.spring.client.catalog.RateLimitedException;
import dev.errata.spring.client.catalog.ShopErrorCatalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.support.WebClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;
import reactor.core.publisher.Mono;

/**
 * Every body shape the decoder understands, from a real loopback server, through each of
 * Spring's client stacks: each arrives as the catalog's typed exception, thrown as it is.
 */
class ClientStacksTest {

  private static final int CAP = 64 * 1024;
  private static final ErrorDecoder DECODER = ErrorDecoder.builder(ShopErrorCatalog.INSTANCE)
      .maxReadBytes(CAP)
      .redactHeaders("X-Shop-Key")
      .build();

  private static ErrorServer server;
  private static final Map<ClientStack, ClientStack.Call> CLIENTS = new EnumMap<>(ClientStack.class);

  @BeforeAll
  static void start() {
    server = new ErrorServer();
    for (ClientStack stack : ClientStack.values()) {
      CLIENTS.put(stack, stack.client(server.url(), DECODER));
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static <T extends CatalogException> T call(ClientStack stack, String path, Class<T> type) {
    return assertThrows(type, () -> CLIENTS.get(stack).get(path));
  }

  @Test
  void aMonoFromWebClientFailsWithTheExceptionItself() {
    WebClient client = WebClient.builder().baseUrl(server.url())
        .apply(ErrataWebClientStatusHandler.of(DECODER))
        .build();
    ShopApi api = HttpServiceProxyFactory.builderFor(WebClientAdapter.create(client)).build()
        .createClient(ShopApi.class);

    Throwable viaRetrieve = client.get().uri("/problem").retrieve().bodyToMono(String.class)
        .map(body -> (Throwable) null).onErrorResume(Mono::just).block();
    Throwable viaInterface = api.mono("limited").map(body -> (Throwable) null).onErrorResume(Mono::just).block();

    assertThat(viaRetrieve).isInstanceOf(OutOfStockException.class);
    assertThat(viaInterface).isInstanceOf(RateLimitedException.class);
  }

  @ParameterizedTest
  @EnumSource(ClientStack.class)
  void successfulBodyArrivesUntouched(ClientStack stack) {
    assertThat(CLIENTS.get(stack).get("/ok")).isEqualTo("fine");
  }

  @ParameterizedTest
  @EnumSource(ClientStack.class)
  void problemJsonIsTheCatalogsException(ClientStack stack) {
    OutOfStockException e = call(stack, "/problem", OutOfStockException.class);

    assertThat(e.status()).isEqualTo(409);
    assertThat(e.details().message()).hasValue("Only 2 units of sku-7 are left.");
    assertThat(e.details().type()).hasValue("https://shop.example.com/errors#OutOfStock");
    assertThat(e.details().instance()).hasValue("/orders/42");
    assertThat(e.getCause()).isNull();
  }

  @ParameterizedTest
  @EnumSource(ClientStack.class)
  void graphQlErrorsAreTheCatalogsException(ClientStack stack) {
    LoginRequiredException e = call(stack, "/graphql", LoginRequiredException.class);

    assertThat(e).isInstanceOf(UnauthorizedException.class);
    assertThat(e.details().message()).hasValue("Sign in to see your orders.");
  }

  @ParameterizedTest
  @EnumSource(ClientStack.class)
  void codeTypeMessageBodyIsTheCatalogsException(ClientStack stack) {
    OutOfStockException e = call(stack, "/typed", OutOfStockException.class);

    assertThat(e.details().message()).hasValue("Only 2 units of sku-9 are left.");
  }

  @ParameterizedTest
  @EnumSource(ClientStack.class)
  void plainTextIsTypedByStatus(ClientStack stack) {
    ServiceUnavailableException e = call(stack, "/text", ServiceUnavailableException.class);

    assertThat(e.details().message()).hasValue("Down for maintenance until 03:00 UTC.");
  }

  @ParameterizedTest
  @EnumSource(ClientStack.class)
  void proxyHtmlPageIsABadGatewayWithItsTitle(ClientStack stack) {
    BadGatewayException e = call(stack, "/html", BadGatewayException.class);

    assertThat(e.details().message()).hasValue("502 Bad Gateway");
  }

  @ParameterizedTest
  @EnumSource(ClientStack.class)
  void retryAfterReachesTheException(ClientStack stack) {
    RateLimitedException e = call(stack, "/limited", RateLimitedException.class);

    assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(30));
    assertThat(e.isRetryable()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(ClientStack.class)
  void hugeBodyIsReadOnlyUpToTheCap(ClientStack stack) {
    InternalServerErrorException e = call(stack, "/huge", InternalServerErrorException.class);

    assertThat(e.details().bodyTruncated()).isTrue();
    assertThat(e.details().body().orElseThrow().length()).isAtMost(ErrorDecoder.DEFAULT_MAX_KEPT_BODY_BYTES + 1);
  }

  @ParameterizedTest
  @EnumSource(ClientStack.class)
  void anEndlessBodyIsGivenUpAtTheCap(ClientStack stack) {
    // Spring's own close() reads a body to its end: the error must end without doing so.
    ServiceUnavailableException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> call(stack, "/endless", ServiceUnavailableException.class));

    assertThat(e.details().message()).hasValue("Back soon.");
    assertThat(e.details().bodyTruncated()).isTrue();
  }

  @Test
  void aRetriedEndlessBodyIsGivenUpAtTheCapToo() {
    ClientPolicy retrying = ClientPolicy.builder(DECODER)
        .retry(RetryAdvisor.builder().maxAttempts(2).baseDelay(Duration.ZERO).build())
        .build();
    RestClient client = RestClient.builder().baseUrl(server.url()).apply(ErrataResponseErrorHandler.of(retrying)).build();

    ServiceUnavailableException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThrows(ServiceUnavailableException.class, () -> client.get().uri("/endless").retrieve().toEntity(String.class)));

    assertThat(e.details().bodyTruncated()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(ClientStack.class)
  void anUnknownErrorStatusWithoutBodyIsItsCategory(ClientStack stack) {
    ServerErrorException e = call(stack, "/nowhere", ServerErrorException.class);

    assertThat(e.status()).isEqualTo(599);
    assertThat(e.details().body()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(ClientStack.class)
  void credentialsNeverReachTheException(ClientStack stack) {
    UnauthorizedException e = call(stack, "/secret", UnauthorizedException.class);

    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    String everything = e.getMessage() + e + e.details() + e.details().headers() + trace;
    assertThat(everything).doesNotContain("s3cr3t");
    assertThat(e.details().header("Set-Cookie")).hasValue("[redacted]");
    assertThat(e.details().header("Authorization")).hasValue("[redacted]");
    assertThat(e.details().header("X-Shop-Key")).hasValue("[redacted]");
    assertThat(e.details().requestId()).hasValue("req-1");
  }
}
