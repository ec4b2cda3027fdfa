package dev.errata.spring.boot;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.spring.openapi.ErrataOperationCustomizer;
import org.junit.jupiter.api.Test;
import org.springdoc.core.customizers.GlobalOperationComponentsCustomizer;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** When the springdoc customizer is registered. */
class ErrataOpenApiAutoConfigurationTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ErrataOpenApiAutoConfiguration.class));

  @Test
  void springdocOnTheClassPathGetsTheCustomizer() {
    runner.run(context -> assertThat(context.getBeansOfType(ErrataOperationCustomizer.class)).hasSize(1));
  }

  @Test
  void withoutSpringdocThereIsNone() {
    runner.withClassLoader(new FilteredClassLoader(GlobalOperationComponentsCustomizer.class))
        .run(context -> assertThat(context.getBeansOfType(ErrataOperationCustomizer.class)).isEmpty());
  }

  @Test
  void theApplicationsOwnCustomizerWins() {
    runner.withUserConfiguration(OwnCustomizer.class).run(context ->
        assertThat(context.getBean(ErrataOperationCustomizer.class)).isSameInstanceAs(OwnCustomizer.CUSTOMIZER));
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnCustomizer {
    static final ErrataOperationCustomizer CUSTOMIZER =
        ErrataOperationCustomizer.of(new PathMatchingResourcePatternResolver(), /* openapi31= */ true);

    @Bean
    ErrataOperationCustomizer own() {
      return CUSTOMIZER;
    }
  }
}
