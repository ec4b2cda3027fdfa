/**
 * Spring Boot 4 auto-configuration: {@link dev.errata.spring.boot.ErrataClientAutoConfiguration}
 * puts the client handlers on the builders Boot configures, with settings from {@link
 * dev.errata.spring.boot.ErrataProperties} ({@code errata.*}).
 */
package dev.errata.spring.boot;
