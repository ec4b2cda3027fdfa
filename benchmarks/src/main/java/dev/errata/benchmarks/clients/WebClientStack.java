package dev.errata.benchmarks.clients;

import dev.errata.runtime.ErrorDecoder;
import dev.errata.spring.client.ErrataWebClientStatusHandler;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** WebClient on an exchange function that answers at once: Spring's default handling, and Errata's. */
final class WebClientStack implements Stack {

  private final WebClient bare;
  private final WebClient errata;

  WebClientStack(ErrorDecoder decoder) {
    bare = WebClient.builder().baseUrl("http://platform.example").exchangeFunction(WebClientStack::answer).build();
    errata = bare.mutate().apply(ErrataWebClientStatusHandler.of(decoder)).build();
  }

  @Override
  public Object bareSuccess() {
    return bare.get().uri(Answers.OK_PATH).retrieve().bodyToMono(String.class).block();
  }

  @Override
  public Object errataSuccess() {
    return errata.get().uri(Answers.OK_PATH).retrieve().bodyToMono(String.class).block();
  }

  @Override
  public Object defaultError() {
    return Stack.thrown(() -> bare.get().uri(Answers.MISSING_PATH).retrieve().bodyToMono(String.class).block());
  }

  @Override
  public Object errataError() {
    return Stack.thrown(() -> errata.get().uri(Answers.MISSING_PATH).retrieve().bodyToMono(String.class).block());
  }

  private static Mono<ClientResponse> answer(ClientRequest request) {
    boolean missing = Answers.isMissing(request.url().getPath());
    byte[] body = missing ? Answers.MISSING : Answers.OK;
    return Mono.just(ClientResponse.create(HttpStatusCode.valueOf(missing ? 404 : 200))
        .header(HttpHeaders.CONTENT_TYPE, missing ? Answers.PROBLEM_JSON : Answers.JSON)
        .header(HttpHeaders.CONTENT_LENGTH, Integer.toString(body.length))
        .body(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body)))
        .build());
  }
}
