package dev.errata.compat;

import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A payments catalog in the JSON form the processor writes, and edits of it: each test starts
 * from the same version 1 and changes one thing for version 2.
 */
final class Catalogs {

  static final JsonMapper JSON = JsonMapper.builder().build();

  static final String PAYMENTS = """
      {
        "catalog" : "Payments API",
        "enum" : "com.acme.PaymentError",
        "parent" : "dev.errata.http.HttpError",
        "catalogClass" : "com.acme.PaymentErrorCatalog",
        "handlerInterface" : "com.acme.PaymentErrorHandler",
        "docsUrl" : "https://docs.example.com/errors#{code}",
        "codePointers" : [ "/error/code" ],
        "messagePointers" : [ "/error/message" ],
        "entries" : [ %s, %s, %s, %s, %s ]
      }
      """.formatted(
          entry("CARD_ERROR", "card_error", 402, false, "dev.errata.http.HttpError.PAYMENT_REQUIRED", "CardErrorException"),
          entry("CARD_DECLINED", "card_declined", 402, false, "com.acme.PaymentError.CARD_ERROR", "CardDeclinedException"),
          entry("INVALID_REQUEST", "invalid_request", 400, false, "dev.errata.http.HttpError.BAD_REQUEST", "InvalidRequestException"),
          entry("RATE_LIMITED", "rate_limited", 429, true, "dev.errata.http.HttpError.TOO_MANY_REQUESTS", "RateLimitedException"),
          entry("API_ERROR", "api_error", 500, true, "dev.errata.http.HttpError.INTERNAL_SERVER_ERROR", "ApiErrorException"));

  private Catalogs() {}

  static String entry(String name, String code, int status, boolean retryable, String refines, String exception) {
    return """
        {
          "name" : "%s",
          "kind" : "code",
          "code" : "%s",
          "status" : %d,
          "title" : "A title",
          "description" : "What it means.",
          "remedy" : [ "Do this.", "Then that." ],
          "retryable" : %b,
          "docsUrl" : "https://docs.example.com/errors#%s",
          "refines" : "%s",
          "exception" : "com.acme.%s"
        }""".formatted(name, code, status, retryable, code, refines, exception);
  }

  /** Version 1 of the payments catalog. */
  static CatalogSnapshot payments() {
    return CatalogJson.parse(PAYMENTS, "v1");
  }

  /** Version 2: version 1 with one edit of its JSON. */
  static CatalogSnapshot payments(Consumer<ObjectNode> edit) {
    ObjectNode root = (ObjectNode) JSON.readTree(PAYMENTS);
    edit.accept(root);
    return CatalogJson.parse(JSON.writeValueAsString(root), "v2");
  }

  /** The JSON object of one entry, to edit. */
  static ObjectNode entryOf(ObjectNode catalog, String name) {
    for (JsonNode entry : catalog.get("entries")) {
      if (entry.get("name").asString().equals(name)) {
        return (ObjectNode) entry;
      }
    }
    throw new IllegalArgumentException(name);
  }

  static List<String> ids(CompatibilityReport report) {
    return report.changes().stream().map(Change::id).toList();
  }
}
