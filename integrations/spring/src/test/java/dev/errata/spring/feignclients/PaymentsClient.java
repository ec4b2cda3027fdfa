package dev.errata.spring.feignclients;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The payments API as a Spring Cloud OpenFeign client. */
@FeignClient(name = "payments", url = "${payments.url}")
public interface PaymentsClient {

  @GetMapping("/payments/{code}")
  String payment(@PathVariable("code") String code);
}
