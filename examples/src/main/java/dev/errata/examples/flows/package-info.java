/** The GraphQL flow API's errors, HTTP statuses and custom codes: {@link dev.errata.examples.flows.FlowError}. */
package dev.errata.examples.flows;
