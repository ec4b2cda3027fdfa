package dev.errata.spring.feignclients;

import org.springframework.stereotype.Component;

/**
 * The service's use of its clients. Spring Cloud OpenFeign builds a client when it is first
 * injected, so a service's clients are built, and say which catalog they decode with, at startup.
 */
@Component
class Checkout {

  final InventoryClient inventory;
  final PaymentsClient payments;
  final LegacyInventoryClient legacyInventory;

  Checkout(InventoryClient inventory, PaymentsClient payments, LegacyInventoryClient legacyInventory) {
    this.inventory = inventory;
    this.payments = payments;
    this.legacyInventory = legacyInventory;
  }
}
