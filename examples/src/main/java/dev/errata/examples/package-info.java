/** Error catalogs of five APIs, extending the standard HTTP catalog, and a runnable demo. */
package dev.errata.examples;
