package dev.errata.spring.security;

import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.HttpStatusServerEntryPoint;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * A service secured as teams usually secure one: HTTP Basic, an admin area by URL, a method only
 * admins may call, and a partner area whose refusals the application answers itself (reactive, so that method security guards it on both stacks). The user {@code clerk} (password {@code pw}) is no admin.
 */
@SpringBootApplication
@RestController
public class SecuredApplication {

  static final String PARTNER_ANSWER = "{\"partner\":\"sign in at the partner portal\"}";

  @GetMapping("/orders/42")
  public String order() {
    return "order 42";
  }

  @GetMapping({"/partners/orders", "/tokens/orders"})
  public String partnerOrders() {
    return "partner orders";
  }

  @GetMapping("/admin/report")
  public String report() {
    return "report";
  }

  @GetMapping("/refunds")
  @PreAuthorize("hasRole('ADMIN')")
  public Mono<String> refunds() {
    return Mono.just("refunds");
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @EnableMethodSecurity
  static class Servlet {
    /** Partners get the application's own JSON answer; tokens a bare 401, as bearer tokens do. */
    @Bean
    @Order(1)
    SecurityFilterChain partners(HttpSecurity http) {
      return http
          .securityMatcher("/partners/**", "/tokens/**")
          .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
          .exceptionHandling(handling -> handling
              .defaultAuthenticationEntryPointFor((request, response, e) -> {
                response.setStatus(401);
                response.setContentType("application/json");
                response.getWriter().write(PARTNER_ANSWER);
              }, PathPatternRequestMatcher.pathPattern("/partners/**"))
              .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                  PathPatternRequestMatcher.pathPattern("/tokens/**")))
          .build();
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http) {
      return http
          .authorizeHttpRequests(requests -> requests
              .requestMatchers("/admin/**").hasRole("ADMIN")
              .anyRequest().authenticated())
          .httpBasic(basic -> {})
          .build();
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
  @EnableReactiveMethodSecurity
  static class Reactive {
    /** Partners get the application's own JSON answer; tokens a bare 401, as bearer tokens do. */
    @Bean
    @Order(1)
    SecurityWebFilterChain partners(ServerHttpSecurity http) {
      return http
          .securityMatcher(ServerWebExchangeMatchers.pathMatchers("/partners/**", "/tokens/**"))
          .authorizeExchange(exchanges -> exchanges.anyExchange().authenticated())
          .exceptionHandling(handling -> handling.authenticationEntryPoint((exchange, e) -> {
            if (exchange.getRequest().getPath().value().startsWith("/tokens")) {
              return new HttpStatusServerEntryPoint(HttpStatus.UNAUTHORIZED).commence(exchange, e);
            }
            exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
            exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_JSON);
            return exchange.getResponse().writeWith(Mono.just(
                exchange.getResponse().bufferFactory().wrap(PARTNER_ANSWER.getBytes(StandardCharsets.UTF_8))));
          }))
          .build();
    }

    @Bean
    SecurityWebFilterChain security(ServerHttpSecurity http) {
      return http
          .authorizeExchange(exchanges -> exchanges
              .pathMatchers("/admin/**").hasRole("ADMIN")
              .anyExchange().authenticated())
          .httpBasic(basic -> {})
          .build();
    }
  }
}
