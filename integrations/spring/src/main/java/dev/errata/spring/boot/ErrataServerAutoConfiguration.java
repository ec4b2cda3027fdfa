package dev.errata.spring.boot;

import dev.errata.CatalogException;
import dev.errata.spring.server.ErrataErrorResponses;
import dev.errata.spring.server.ErrataExceptionHandler;
import dev.errata.spring.server.ErrataProblemCustomizer;
import dev.errata.spring.server.UpstreamErrorTranslator;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ProblemDetail;

/**
 * Serves catalog errors as problem details in Spring MVC and WebFlux applications: registers an
 * {@link ErrataExceptionHandler}, built from the {@code errata.server.*} properties and the
 * application's {@link UpstreamErrorTranslator} and {@link ErrataProblemCustomizer} beans. An
 * application's own bean of either type wins; {@code errata.server.enabled=false} turns it off.
 */
@AutoConfiguration
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

  /** The advice that answers a handler's catalog error with problem details. */
  @Bean
  @ConditionalOnMissingBean
  public ErrataExceptionHandler errataExceptionHandler(ErrataErrorResponses responses) {
    return new ErrataExceptionHandler(responses);
  }
}
