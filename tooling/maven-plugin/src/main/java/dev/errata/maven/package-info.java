/**
 * The {@code errata-maven-plugin}: its {@code check} goal compares a module's error catalogs with
 * those of a baseline version from the repository and fails the build on breaking changes the
 * configuration does not accept. The comparison itself is {@link dev.errata.compat}.
 */
package dev.errata.maven;
