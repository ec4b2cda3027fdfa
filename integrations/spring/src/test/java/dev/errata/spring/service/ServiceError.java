package dev.errata.spring.service;

import dev.errata.ErrorCatalog;
import dev.errata.ErrorCode;
import dev.errata.http.HttpError;

/** The orders service's own catalog: its codes, and its stand-in for every unknown 400. */
@ErrorCatalog(name = "Orders", parent = HttpError.class, docsUrl = "https://orders.example.com/errors/{code}")
public enum ServiceError {
  @ErrorCode(status = 400, code = "InvalidRequest", standsForStatus = true,
      description = "The request is not one this service accepts as sent.",
      remedy = {"Read the detail and the errors, correct the request and send it again."})
  INVALID_REQUEST,

  @ErrorCode(status = 404, code = "OrderNotFound", description = "No order has this number.")
  ORDER_NOT_FOUND,

  @ErrorCode(status = 409, code = "OutOfStock", description = "None of the item is left.")
  OUT_OF_STOCK
}
