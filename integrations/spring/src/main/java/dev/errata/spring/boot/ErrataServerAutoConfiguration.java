package dev.errata.spring.boot;

import dev.errata.Catalog;
import dev.errata.CatalogException;
import dev.errata.http.HttpErrorCatalog;
import dev.errata.spring.server.ErrataErrorController;
import dev.errata.spring.server.ErrataErrorResponses;
import dev.errata.spring.server.ErrataErrorWebExceptionHandler;
import dev.errata.spring.server.ErrataExceptionHandler;
import dev.errata.spring.server.ErrataHandlerExceptionResolver;
import dev.errata.spring.server.ErrataProblemCustomizer;
import dev.errata.spring.server.ErrataSecurityRefusalFilter;
import dev.errata.spring.server.ErrataSecurityRefusalWebFilter;
import dev.errata.spring.server.ErrataWebFluxExceptionHandler;
import dev.errata.spring.server.ErrataWebFluxSecurityExceptionHandler;
import dev.errata.spring.server.SpringErrors;
import dev.errata.spring.server.UpstreamErrorTranslator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.SearchStrategy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.server.WebFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;

/**
 * Serves errors as problem details in Spring MVC and WebFlux applications, in one shape: the
 * catalog errors handlers throw, Spring's and Spring Security's own errors, and failed calls to
 * other services (502, 504), ahead of any catch-all advice of the application.
 *
 * <p>Built from the {@code errata.server.*} properties and the application's {@link
 * UpstreamErrorTranslator} and {@link ErrataProblemCustomizer} beans. {@code
 * errata.server.catalog} names the service's own catalog (an {@code @ErrorCatalog} enum), whose
 * codes that stand for a status answer Spring's errors of that status; without it, the HTTP
 * catalog's. {@code errata.server.spring-errors=false} leaves Spring's own errors to Spring;
 * {@code errata.server.enabled=false} turns everything off. An application's own bean of each
 * type wins.
 */
@AutoConfiguration(beforeName = {
  "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
  "org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration"
})
@ConditionalOnClass({CatalogException.class, ProblemDetail.class})
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty(name = "errata.server.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ErrataProperties.class)
public class ErrataServerAutoConfiguration {

  /** How catalog errors become responses; for the application's own advice too. */
  @Bean
  @ConditionalOnMissingBean
  public ErrataErrorResponses errataErrorResponses(
      ErrataProperties properties,
      ObjectProvider<UpstreamErrorTranslator> translators,
      ObjectProvider<ErrataProblemCustomizer> customizers) {
    return new ErrataErrorResponses(
        properties.getServer().getUpstream(),
        translators.orderedStream().collect(Collectors.toList()),
        customizers.orderedStream().collect(Collectors.toList()));
  }

  /** Spring's own errors, and failed calls to other services, as errors of the service's catalog. */
  @Bean
  @ConditionalOnMissingBean
  public SpringErrors errataSpringErrors(ErrataProperties properties) {
    ErrataProperties.Server server = properties.getServer();
    Catalog catalog = server.getCatalog() != null ? CatalogProperty.resolve(server.getCatalog(), "errata.server.catalog") : HttpErrorCatalog.INSTANCE;
    return new SpringErrors(catalog, server.isSpringErrors());
  }

  /** Spring MVC: the advice, the resolver that puts it ahead of catch-alls, and the error page. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(HandlerExceptionResolver.class)
  static class Mvc {

    /** The advice that answers a handler's catalog error with problem details. */
    @Bean
    @ConditionalOnMissingBean
    ErrataExceptionHandler errataExceptionHandler(ErrataErrorResponses responses) {
      return new ErrataExceptionHandler(responses);
    }

    /** Puts {@link ErrataHandlerExceptionResolver} first among Spring MVC's exception resolvers. */
    @Bean
    WebMvcConfigurer errataExceptionResolvers(ErrataExceptionHandler handler, SpringErrors springErrors, ApplicationContext context) {
      return new WebMvcConfigurer() {
        @Override
        public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
          resolvers.stream()
              .filter(ExceptionHandlerExceptionResolver.class::isInstance)
              .map(ExceptionHandlerExceptionResolver.class::cast)
              .findFirst()
              .ifPresent(spring -> resolvers.add(0, new ErrataHandlerExceptionResolver(spring, handler, context, springErrors)));
        }
      };
    }

    /** {@code /error} in the problem shape, in place of Boot's own error controller. */
    @Bean
    @ConditionalOnBooleanProperty(name = "errata.server.spring-errors", matchIfMissing = true)
    @ConditionalOnClass(name = "org.springframework.boot.webmvc.error.ErrorController")
    @ConditionalOnMissingBean(type = "org.springframework.boot.webmvc.error.ErrorController", search = SearchStrategy.CURRENT)
    ErrataErrorController errataErrorController(
        ErrataErrorResponses responses, SpringErrors springErrors,
        ObjectProvider<org.springframework.boot.webmvc.error.ErrorAttributes> errorAttributes) {
      return new ErrataErrorController(responses, springErrors,
          errorAttributes.getIfAvailable(org.springframework.boot.webmvc.error.DefaultErrorAttributes::new));
    }
  }

  /** Spring Security's refusals in Spring MVC, answered as problems rather than by the container. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = {"org.springframework.security.web.SecurityFilterChain", "jakarta.servlet.Filter"})
  @ConditionalOnBooleanProperty(name = "errata.server.spring-errors", matchIfMissing = true)
  static class MvcSecurity {

    @Bean
    FilterRegistrationBean<ErrataSecurityRefusalFilter> errataSecurityRefusalFilter(
        @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolvers) {
      FilterRegistrationBean<ErrataSecurityRefusalFilter> registration =
          new FilterRegistrationBean<>(new ErrataSecurityRefusalFilter(resolvers));
      registration.setOrder(ErrataSecurityRefusalFilter.ORDER);
      return registration;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> errataSecurityPassedFilter() {
      FilterRegistrationBean<OncePerRequestFilter> registration =
          new FilterRegistrationBean<>(ErrataSecurityRefusalFilter.passed());
      registration.setOrder(ErrataSecurityRefusalFilter.PASSED_ORDER);
      return registration;
    }
  }

  /** Spring Security's refusals in Spring WebFlux, answered as problems rather than as plain text. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
  @ConditionalOnClass(name = "org.springframework.security.web.server.SecurityWebFilterChain")
  @ConditionalOnBean(ErrataErrorWebExceptionHandler.class)
  static class WebFluxSecurity {

    @Bean
    @ConditionalOnBean(ErrataWebFluxExceptionHandler.class)
    @ConditionalOnMissingBean
    ErrataWebFluxSecurityExceptionHandler errataWebFluxSecurityExceptionHandler(ErrataWebFluxExceptionHandler errata) {
      return new ErrataWebFluxSecurityExceptionHandler(errata);
    }

    @Bean
    ErrataSecurityRefusalWebFilter errataSecurityRefusalWebFilter(ErrataErrorWebExceptionHandler renderer) {
      return new ErrataSecurityRefusalWebFilter(renderer);
    }

    @Bean
    WebFilter errataSecurityPassedWebFilter() {
      return ErrataSecurityRefusalWebFilter.passed();
    }
  }

  /** Spring WebFlux: the advice, first among advice beans, and the error handler. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
  static class WebFlux {

    @Bean
    @ConditionalOnMissingBean
    ErrataWebFluxExceptionHandler errataWebFluxExceptionHandler(ErrataErrorResponses responses, SpringErrors springErrors) {
      return new ErrataWebFluxExceptionHandler(responses, springErrors);
    }

    /** Errors outside controllers in the problem shape, in place of Boot's own handler. */
    @Bean
    @ConditionalOnBooleanProperty(name = "errata.server.spring-errors", matchIfMissing = true)
    @ConditionalOnClass(name = "org.springframework.boot.webflux.error.ErrorWebExceptionHandler")
    @ConditionalOnMissingBean(type = "org.springframework.boot.webflux.error.ErrorWebExceptionHandler", search = SearchStrategy.CURRENT)
    ErrataErrorWebExceptionHandler errataErrorWebExceptionHandler(
        ErrataErrorResponses responses, SpringErrors springErrors, MessageSource messageSource,
        ObjectProvider<ServerCodecConfigurer> codecs) {
      return new ErrataErrorWebExceptionHandler(responses, springErrors, messageSource,
          codecs.getIfAvailable(ServerCodecConfigurer::create));
    }
  }
}
