package dev.errata.spring.upstreams;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import reactor.core.publisher.Mono;

/** The payments API as a reactive HTTP service interface. */
public interface PaymentsApi {
  @GetExchange("/payments/{code}")
  Mono<String> payment(@PathVariable("code") String code);
}
