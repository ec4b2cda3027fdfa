/** A card payments API's errors: {@link dev.errata.examples.payments.PaymentError}. */
package dev.errata.examples.payments;
