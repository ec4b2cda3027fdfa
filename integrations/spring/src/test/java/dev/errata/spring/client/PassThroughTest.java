package dev.errata.spring.client;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.http.NotFoundException;
import dev.errata.http.PaymentRequiredException;
import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.runtime.PassThrough;
import dev.errata.spring.client.catalog.CardDeclinedException;
import dev.errata.spring.client.catalog.ShopErrorCatalog;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.support.WebClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * Error responses the caller marks as outcomes reach it as responses, whole, while every other
 * error still throws the typed exception.
 */
class PassThroughTest {

  // Smaller than the declined body, so a passed-through body must come back beyond the cap.
  private static final ErrorDecoder DECODER = ErrorDecoder.builder(ShopErrorCatalog.INSTANCE).maxReadBytes(100).build();
  // Reads every body of the server whole.
  private static final ErrorDecoder ROOMY = ErrorDecoder.builder(ShopErrorCatalog.INSTANCE).build();
  private static final PassThrough DECLINED_OR_MISSING = PassThrough.statuses(404).andCodes("CardDeclined");

  @AutoClose
  private static final ErrorServer server = new ErrorServer();

  private static ClientPolicy policy(ErrorDecoder decoder, PassThrough passThrough) {
    return ClientPolicy.builder(decoder).passThrough(passThrough).build();
  }

  private static WebClient webClient(ErrataWebClientStatusHandler handler) {
    return WebClient.builder().baseUrl(server.url()).apply(handler).build();
  }

  private static RestClient restClient(ErrataResponseErrorHandler handler) {
    return RestClient.builder().baseUrl(server.url()).apply(handler).build();
  }

  @Test
  void restClientReturnsAnOutcomeCodeWithItsWholeBody() {
    RestClient client = restClient(ErrataResponseErrorHandler.of(policy(DECODER, DECLINED_OR_MISSING)));

    ResponseEntity<String> declined = client.get().uri("/declined").retrieve().toEntity(String.class);

    assertThat(declined.getStatusCode().value()).isEqualTo(402);
    assertThat(declined.getBody()).startsWith("{\"code\":\"CardDeclined\"");
    assertThat(declined.getBody()).endsWith("p\"}");
    assertThat(declined.getBody().length()).isGreaterThan(DECODER.maxReadBytes());
  }

  @Test
  void restClientStillThrowsForTheSameStatusWithAnotherCode() {
    RestClient client = restClient(ErrataResponseErrorHandler.of(policy(DECODER, DECLINED_OR_MISSING)));

    PaymentRequiredException e = assertThrows(PaymentRequiredException.class,
        () -> client.get().uri("/payment").retrieve().toEntity(String.class));

    assertThat(e).isNotInstanceOf(CardDeclinedException.class);
    assertThat(e.details().code()).hasValue("PaymentMethodMissing");
  }

  @Test
  void restClientReturnsAnOutcomeStatusWithoutReadingItsBody() {
    RestClient client = restClient(ErrataResponseErrorHandler.of(policy(DECODER, PassThrough.statuses(404))));

    ResponseEntity<String> missing = client.get().uri("/missing").retrieve().toEntity(String.class);

    assertThat(missing.getStatusCode().value()).isEqualTo(404);
    assertThat(missing.getBody()).isEqualTo("{\"message\":\"No such order.\"}");
    assertThrows(CardDeclinedException.class, () -> client.get().uri("/declined").retrieve().body(String.class));
  }

  @Test
  void httpExchangeOverRestClientReturnsTheOutcome() {
    ShopApi api = HttpServiceProxyFactory
        .builderFor(RestClientAdapter.create(restClient(ErrataResponseErrorHandler.of(policy(DECODER, DECLINED_OR_MISSING)))))
        .build().createClient(ShopApi.class);

    assertThat(api.entity("declined").getStatusCode().value()).isEqualTo(402);
    assertThat(api.entity("missing").getBody()).contains("No such order.");
    assertThrows(PaymentRequiredException.class, () -> api.entity("payment"));
  }

  @Test
  void restTemplateReturnsAnOutcomeCodeWithItsWholeBody() {
    RestTemplate template = new RestTemplate();
    ErrataResponseErrorHandler.of(policy(DECODER, DECLINED_OR_MISSING)).configure(template);

    ResponseEntity<String> declined = template.getForEntity(server.url() + "/declined", String.class);

    assertThat(declined.getStatusCode().value()).isEqualTo(402);
    assertThat(declined.getBody()).endsWith("p\"}");
    assertThrows(PaymentRequiredException.class, () -> template.getForObject(server.url() + "/payment", String.class));
  }

  @Test
  void webClientReturnsAnOutcomeStatus() {
    WebClient client = WebClient.builder().baseUrl(server.url())
        .apply(ErrataWebClientStatusHandler.of(policy(DECODER, PassThrough.statuses(404))))
        .build();

    ResponseEntity<String> missing = client.get().uri("/missing").retrieve().toEntity(String.class).block();

    assertThat(missing.getStatusCode().value()).isEqualTo(404);
    assertThat(missing.getBody()).isEqualTo("{\"message\":\"No such order.\"}");
    assertThrows(CardDeclinedException.class,
        () -> client.get().uri("/declined").retrieve().bodyToMono(String.class).block());
  }

  @Test
  void webClientReturnsAnOutcomeCodeWithItsWholeBodyWhenItFitsTheCap() {
    WebClient client = webClient(ErrataWebClientStatusHandler.of(policy(ROOMY, DECLINED_OR_MISSING)));

    ResponseEntity<String> declined = client.get().uri("/declined").retrieve().toEntity(String.class).block();
    String missing = client.get().uri("/missing").retrieve().bodyToMono(String.class).block();

    assertThat(declined.getStatusCode().value()).isEqualTo(402);
    assertThat(declined.getBody()).startsWith("{\"code\":\"CardDeclined\"");
    assertThat(declined.getBody()).endsWith("p\"}");
    assertThat(missing).isEqualTo("{\"message\":\"No such order.\"}");
  }

  @Test
  void webClientStillFailsForTheSameStatusWithAnotherCode() {
    WebClient client = webClient(ErrataWebClientStatusHandler.of(policy(ROOMY, DECLINED_OR_MISSING)));

    PaymentRequiredException e = assertThrows(PaymentRequiredException.class,
        () -> client.get().uri("/payment").retrieve().bodyToMono(String.class).block());

    assertThat(e).isNotInstanceOf(CardDeclinedException.class);
    assertThat(e.details().code()).hasValue("PaymentMethodMissing");
  }

  @Test
  void httpExchangeOverWebClientReturnsTheOutcome() {
    ShopApi api = HttpServiceProxyFactory
        .builderFor(WebClientAdapter.create(webClient(ErrataWebClientStatusHandler.of(policy(ROOMY, DECLINED_OR_MISSING)))))
        .build().createClient(ShopApi.class);

    assertThat(api.entity("declined").getStatusCode().value()).isEqualTo(402);
    assertThat(api.mono("declined").block()).endsWith("p\"}");
    assertThrows(PaymentRequiredException.class, () -> api.mono("payment").block());
  }

  @Test
  void webClientReturnsAnOutcomeCodeWhoseBodyOutgrowsTheCapWhole() {
    // The declined body is longer than DECODER reads: its head decides, and the caller reads the
    // head and then the rest.
    WebClient client = webClient(ErrataWebClientStatusHandler.of(policy(DECODER, DECLINED_OR_MISSING)));

    String declined = client.get().uri("/declined").retrieve().bodyToMono(String.class).block();

    assertThat(declined).startsWith("{\"code\":\"CardDeclined\"");
    assertThat(declined).endsWith("p\"}");
    assertThat(declined.length()).isGreaterThan(DECODER.maxReadBytes());
  }

  @Test
  void webClientRegisteredOnlyAsStatusHandlerKeepsAnOutcomeCodeAnError() {
    ErrataWebClientStatusHandler handler = ErrataWebClientStatusHandler.of(policy(ROOMY, DECLINED_OR_MISSING));
    WebClient client = WebClient.builder().baseUrl(server.url())
        .defaultStatusHandler(status -> status.isError(), handler::exceptionFor)
        .build();

    assertThrows(CardDeclinedException.class,
        () -> client.get().uri("/declined").retrieve().bodyToMono(String.class).block());
    assertThat(client.get().uri("/missing").retrieve().toBodilessEntity().block().getStatusCode().value())
        .isEqualTo(404);
  }

  @Test
  void exchangeSeesAnErrorBodyWholeOnEveryStack() {
    WebClient webClient = webClient(ErrataWebClientStatusHandler.of(policy(DECODER, DECLINED_OR_MISSING)));
    RestClient restClient = restClient(ErrataResponseErrorHandler.of(policy(DECODER, PassThrough.none())));

    String reactive = webClient.get().uri("/payment").exchangeToMono(r -> r.bodyToMono(String.class)).block();
    String blocking = restClient.get().uri("/declined").exchange((request, response) -> new String(response.getBody().readAllBytes()));

    assertThat(reactive).isEqualTo("{\"code\":\"PaymentMethodMissing\",\"message\":\"Add a card.\"}");
    assertThat(blocking).endsWith("p\"}");
    assertThat(blocking.length()).isGreaterThan(DECODER.maxReadBytes());
  }

  @Test
  void webClientPassesSuccessesThroughItsFilterUntouched() {
    WebClient client = webClient(ErrataWebClientStatusHandler.of(policy(ROOMY, DECLINED_OR_MISSING)));

    assertThat(client.get().uri("/ok").retrieve().bodyToMono(String.class).block()).isNotEmpty();
  }

  @Test
  void withoutPassThroughEveryErrorStatusThrows() {
    RestClient client = restClient(ErrataResponseErrorHandler.of(DECODER));

    assertThrows(NotFoundException.class, () -> client.get().uri("/missing").retrieve().toBodilessEntity());
    assertThrows(CardDeclinedException.class, () -> client.get().uri("/declined").retrieve().toBodilessEntity());
  }

  @Test
  void passThroughRejectsWhatIsNotAStatusOrACode() {
    assertThrows(IllegalArgumentException.class, () -> PassThrough.statuses(42));
    assertThrows(IllegalArgumentException.class, () -> PassThrough.codes(" "));
    assertThrows(NullPointerException.class, () -> PassThrough.codes((String) null));
  }
}
