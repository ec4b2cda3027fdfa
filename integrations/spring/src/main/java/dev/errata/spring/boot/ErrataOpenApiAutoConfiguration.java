package dev.errata.spring.boot;

import dev.errata.CatalogException;
import dev.errata.spring.openapi.ErrataOperationCustomizer;
import org.springdoc.core.customizers.GlobalOperationComponentsCustomizer;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * Documents catalog errors in the OpenAPI document springdoc serves: registers an {@link
 * ErrataOperationCustomizer} when springdoc is on the class path. An application's own bean of
 * that type wins.
 */
@AutoConfiguration
@ConditionalOnClass({CatalogException.class, GlobalOperationComponentsCustomizer.class, SpringDocConfigProperties.class})
public class ErrataOpenApiAutoConfiguration {

  /** Each operation lists the catalog errors its handler declares, in springdoc's OpenAPI version. */
  @Bean
  @ConditionalOnMissingBean
  public ErrataOperationCustomizer errataOperationCustomizer(
      ResourceLoader resourceLoader, ObjectProvider<SpringDocConfigProperties> springdoc) {
    SpringDocConfigProperties properties = springdoc.getIfAvailable();
    boolean openapi31 = properties == null || properties.isOpenapi31();
    return ErrataOperationCustomizer.of(
        ResourcePatternUtils.getResourcePatternResolver(resourceLoader), openapi31);
  }
}
