/**
 * A Spring Boot service that uses Errata on both sides: it calls two APIs, the bot platform of
 * the examples and a customer directory, each client decoding errors with that API's own catalog,
 * and answers its own clients with problem details of its own catalog, {@link
 * dev.errata.examples.helpdesk.HelpdeskError}, validation errors included, beside a catch-all
 * advice of its own.
 */
package dev.errata.examples.helpdesk;
