/** A runnable demo: four APIs' real error responses from a loopback server, decoded by the runtime. */
package dev.errata.examples.demo;
