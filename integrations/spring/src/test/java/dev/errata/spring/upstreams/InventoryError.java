package dev.errata.spring.upstreams;

import dev.errata.ErrorCatalog;
import dev.errata.ErrorCode;
import dev.errata.http.HttpError;

/** The inventory API's catalog. */
@ErrorCatalog(name = "Inventory", parent = HttpError.class)
public enum InventoryError {
  @ErrorCode(status = 404, code = "SkuNotFound", description = "No item has this SKU.")
  SKU_NOT_FOUND,

  @ErrorCode(status = 409, code = "Reserved", description = "The item is reserved by another order.")
  RESERVED
}
