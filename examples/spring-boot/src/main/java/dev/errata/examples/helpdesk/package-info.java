/**
 * A Spring Boot service that uses Errata on both sides: it calls the bot platform API of the
 * examples with the auto-configured {@code RestClient}, and answers its own clients with problem
 * details of its own catalog, {@link dev.errata.examples.helpdesk.HelpdeskError}.
 */
package dev.errata.examples.helpdesk;
