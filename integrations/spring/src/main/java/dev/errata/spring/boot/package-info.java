/**
 * Spring Boot 4 auto-configuration: {@link dev.errata.spring.boot.ErrataClientAutoConfiguration}
 * puts the client handlers on the builders Boot configures, with settings from {@link
 * dev.errata.spring.boot.ErrataProperties} ({@code errata.*}); {@link
 * dev.errata.spring.boot.ErrataOpenFeignAutoConfiguration} gives each Spring Cloud OpenFeign
 * client the Feign capability with its own catalog; {@link
 * dev.errata.spring.boot.ErrataOpenApiAutoConfiguration} puts each handler's declared catalog
 * errors into springdoc's OpenAPI document.
 */
@NullMarked
package dev.errata.spring.boot;

import org.jspecify.annotations.NullMarked;
