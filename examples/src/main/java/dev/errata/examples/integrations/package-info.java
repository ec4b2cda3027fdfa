/** The automation platform's integration errors: {@link dev.errata.examples.integrations.IntegrationError}. */
package dev.errata.examples.integrations;
