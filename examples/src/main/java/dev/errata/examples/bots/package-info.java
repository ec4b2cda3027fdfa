/** The bot platform API's 24 error types: {@link dev.errata.examples.bots.BotError}. */
package dev.errata.examples.bots;
