package dev.errata.spring.client;

import dev.errata.runtime.ErrorDecoder;
import java.util.List;
import java.util.function.Function;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.client.support.RestTemplateAdapter;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.support.WebClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;
import org.springframework.web.util.DefaultUriBuilderFactory;

/**
 * One of Spring's six ways to call an HTTP API, configured with Errata as a user would: GET a
 * path of the error server and return the body.
 */
enum ClientStack {
  REST_CLIENT(base -> decoder -> {
    RestClient client = restClient(base, decoder);
    return path -> client.get().uri(path).retrieve().body(String.class);
  }),
  REST_TEMPLATE(base -> decoder -> {
    RestTemplate template = new RestTemplate();
    ErrataResponseErrorHandler.of(decoder).configure(template);
    return path -> template.getForObject(base + path, String.class);
  }),
  HTTP_EXCHANGE_REST_TEMPLATE(base -> decoder -> {
    RestTemplate template = new RestTemplate();
    template.setUriTemplateHandler(new DefaultUriBuilderFactory(base));
    ErrataResponseErrorHandler.of(decoder).configure(template);
    ShopApi api = HttpServiceProxyFactory.builderFor(RestTemplateAdapter.create(template))
        .build().createClient(ShopApi.class);
    return path -> api.get(path.substring(1));
  }),
  HTTP_EXCHANGE_REST_CLIENT(base -> decoder -> {
    ShopApi api = HttpServiceProxyFactory.builderFor(RestClientAdapter.create(restClient(base, decoder)))
        .build().createClient(ShopApi.class);
    return path -> api.get(path.substring(1));
  }),
  WEB_CLIENT(base -> decoder -> {
    WebClient client = webClient(base, decoder);
    return path -> client.get().uri(path).retrieve().bodyToMono(String.class).block();
  }),
  HTTP_EXCHANGE_WEB_CLIENT(base -> decoder -> {
    ShopApi api = HttpServiceProxyFactory.builderFor(WebClientAdapter.create(webClient(base, decoder)))
        .build().createClient(ShopApi.class);
    return path -> api.get(path.substring(1));
  });

  /** Calls a path and returns the body. */
  interface Call {
    String get(String path);
  }

  private final Function<String, Function<ErrorDecoder, Call>> factory;

  ClientStack(Function<String, Function<ErrorDecoder, Call>> factory) {
    this.factory = factory;
  }

  Call client(String baseUrl, ErrorDecoder decoder) {
    return factory.apply(baseUrl).apply(decoder);
  }

  static List<ClientStack> all() {
    return List.of(values());
  }

  private static RestClient restClient(String base, ErrorDecoder decoder) {
    return RestClient.builder().baseUrl(base).apply(ErrataResponseErrorHandler.of(decoder)).build();
  }

  private static WebClient webClient(String base, ErrorDecoder decoder) {
    return WebClient.builder().baseUrl(base).apply(ErrataWebClientStatusHandler.of(decoder)).build();
  }
}
