package dev.errata.spring.client;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import reactor.core.publisher.Mono;

/** An {@code @HttpExchange} interface over the error server's paths. */
public interface ShopApi {

  @GetExchange("/{path}")
  String get(@PathVariable("path") String path);

  @GetExchange("/{path}")
  ResponseEntity<String> entity(@PathVariable("path") String path);

  @GetExchange("/{path}")
  Mono<String> mono(@PathVariable("path") String path);
}
