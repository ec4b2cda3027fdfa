package com.acme.addresses;

import dev.errata.ErrorCatalog;
import dev.errata.ErrorCode;
import dev.errata.http.HttpError;

/** Version 1.0 of the addresses API's errors. */
@ErrorCatalog(name = "Addresses API", parent = HttpError.class,
    codePointer = {"/error/reason", "/error/code"}, messagePointer = "/error/message")
public enum AddressError {
  @ErrorCode(status = 400, code = "invalid_request", standsForStatus = true, description = "The request is malformed; the message says how.")
  INVALID_REQUEST,

  @ErrorCode(status = 422, code = "address_unresolvable", description = "No address matches the fields given.")
  ADDRESS_UNRESOLVABLE,

  @ErrorCode(code = "postcode_unknown", refines = "ADDRESS_UNRESOLVABLE", description = "The postcode does not exist.")
  POSTCODE_UNKNOWN,

  @ErrorCode(status = 409, code = "address_locked", description = "The address is being verified and cannot change now.")
  ADDRESS_LOCKED
}
