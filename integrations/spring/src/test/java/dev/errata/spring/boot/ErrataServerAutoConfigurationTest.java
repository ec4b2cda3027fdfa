package dev.errata.spring.boot;

import static com.google.common.truth.Truth.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.errata.CatalogException;
import dev.errata.http.BadGatewayException;
import dev.errata.runtime.ErrorDecoder;
import dev.errata.spring.server.ErrataErrorResponses;
import dev.errata.spring.server.ErrataExceptionHandler;
import dev.errata.spring.server.ErrataWebFluxExceptionHandler;
import dev.errata.spring.server.UpstreamErrorTranslator;
import dev.errata.spring.shop.OrderNotFoundException;
import dev.errata.spring.shop.ShopErrorCatalog;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** When the auto-configuration applies, and how the application's beans and properties shape it. */
class ErrataServerAutoConfigurationTest {

  private static final AutoConfigurations ERRATA = AutoConfigurations.of(ErrataServerAutoConfiguration.class);

  private final WebApplicationContextRunner servlet = new WebApplicationContextRunner().withConfiguration(ERRATA);

  private static CatalogException upstreamNotFound() {
    return ErrorDecoder.builder(ShopErrorCatalog.INSTANCE).build()
        .decode(404, Map.of(), "{\"code\":\"OrderNotFound\"}".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void servletAndReactiveApplicationsGetTheHandler() {
    servlet.run(context -> assertThat(context.getBeansOfType(ErrataExceptionHandler.class)).hasSize(1));
    new ReactiveWebApplicationContextRunner().withConfiguration(ERRATA)
        .run(context -> assertThat(context.getBeansOfType(ErrataWebFluxExceptionHandler.class)).hasSize(1));
  }

  @Test
  void anApplicationWithoutAWebServerGetsNothing() {
    new ApplicationContextRunner().withConfiguration(ERRATA)
        .run(context -> assertThat(context.getBeansOfType(ErrataExceptionHandler.class)).isEmpty());
  }

  @Test
  void theApplicationsOwnBeansWin() {
    servlet.withUserConfiguration(OwnHandler.class).run(context -> {
      assertThat(context.getBeansOfType(ErrataExceptionHandler.class)).hasSize(1);
      assertThat(context.getBean(ErrataExceptionHandler.class)).isSameInstanceAs(OwnHandler.HANDLER);
    });
  }

  @Test
  void itCanBeTurnedOff() {
    servlet.withPropertyValues("errata.server.enabled=false").run(context -> {
      assertThat(context.getBeansOfType(ErrataExceptionHandler.class)).isEmpty();
      assertThat(context.getBeansOfType(ErrataErrorResponses.class)).isEmpty();
    });
  }

  @Test
  void upstreamErrorsBecomeBadGatewaysByDefaultAndTheServerLogsWhatHappened() {
    Logger logger = (Logger) LoggerFactory.getLogger(ErrataErrorResponses.class);
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    logger.addAppender(logged);
    try {
      servlet.run(context -> {
        CatalogException upstream = upstreamNotFound();
        CatalogException served = context.getBean(ErrataErrorResponses.class).errorToServe(upstream);

        assertThat(served).isInstanceOf(BadGatewayException.class);
        assertThat(served.getCause()).isSameInstanceAs(upstream);
      });
    } finally {
      logger.detachAppender(logged);
    }
    assertThat(logged.list).hasSize(1);
    assertThat(logged.list.get(0).getLevel()).isEqualTo(Level.WARN);
    assertThat(logged.list.get(0).getFormattedMessage())
        .isEqualTo("Serving 502 for an error of another service: Order Not Found (404 OrderNotFound): No order has this number.");
  }

  @Test
  void thePropertyPropagatesUpstreamErrorsOnPurpose() {
    servlet.withPropertyValues("errata.server.upstream=propagate").run(context -> {
      CatalogException upstream = upstreamNotFound();

      assertThat(context.getBean(ErrataErrorResponses.class).errorToServe(upstream)).isSameInstanceAs(upstream);
    });
  }

  @Test
  void anUnknownPolicyStopsTheApplicationWithTheValuesItTakes() {
    servlet.withPropertyValues("errata.server.upstream=forward").run(context -> {
      assertThat(context.getStartupFailure()).isNotNull();
      assertThat(stackOf(context.getStartupFailure())).contains("errata.server.upstream");
    });
  }

  @Test
  void translatorsAreAskedInOrderAndTheFirstAnswerWins() {
    servlet.withUserConfiguration(Translators.class).run(context -> {
      CatalogException served = context.getBean(ErrataErrorResponses.class).errorToServe(upstreamNotFound());

      assertThat(served).isInstanceOf(OrderNotFoundException.class);
      assertThat(served.detail()).hasValue("first");
    });
  }

  private static String stackOf(Throwable failure) {
    StringBuilder s = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      s.append(t.getMessage()).append('\n');
    }
    return s.toString();
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnHandler {
    static final ErrataExceptionHandler HANDLER = new ErrataExceptionHandler(ErrataErrorResponses.withDefaults());

    @Bean
    ErrataExceptionHandler ownHandler() {
      return HANDLER;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Translators {
    @Bean
    @Order(2)
    UpstreamErrorTranslator second() {
      return upstream -> new OrderNotFoundException("second");
    }

    @Bean
    @Order(1)
    UpstreamErrorTranslator first() {
      return upstream -> new OrderNotFoundException("first");
    }

    @Bean
    @Order(0)
    UpstreamErrorTranslator passes() {
      return upstream -> null;
    }
  }
}
