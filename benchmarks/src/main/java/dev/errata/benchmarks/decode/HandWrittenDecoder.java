package dev.errata.benchmarks.decode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a careful user writes without an error library: read the body as a Jackson 3 tree, switch
 * on its {@code type}, and create one of their own exceptions, falling back on the status. It
 * knows exactly one body shape and nothing about redaction, limits or other formats.
 */
public final class HandWrittenDecoder {

  private final JsonMapper mapper = JsonMapper.builder().build();

  /** The exception for a response of the bot platform API. */
  public BotApiException decode(int status, Map<String, List<String>> headers, byte[] body) {
    String type = null;
    String message = null;
    try {
      JsonNode tree = mapper.readTree(body);
      type = text(tree.get("type"));
      message = text(tree.get("message"));
    } catch (RuntimeException notJson) {
      // The status decides.
    }
    Fields f = new Fields(status, type, message, first(headers, "x-request-id"), retryAfter(first(headers, "retry-after")));
    if (type != null) {
      switch (type) {
        case "Unauthorized": return new Unauthorized(f);
        case "Forbidden": return new Forbidden(f);
        case "PayloadTooLarge": return new PayloadTooLarge(f);
        case "InvalidPayload": return new InvalidPayload(f);
        case "UnsupportedMediaType": return new UnsupportedMediaType(f);
        case "MethodNotFound": return new MethodNotFound(f);
        case "ResourceNotFound": return new ResourceNotFound(f);
        case "InvalidJsonSchema": return new InvalidJsonSchema(f);
        case "InvalidDataFormat": return new InvalidDataFormat(f);
        case "InvalidIdentifier": return new InvalidIdentifier(f);
        case "RelationConflict": return new RelationConflict(f);
        case "ReferenceConstraint": return new ReferenceConstraint(f);
        case "ReferenceNotFound": return new ReferenceNotFound(f);
        case "InvalidQuery": return new InvalidQuery(f);
        case "Runtime": return new RuntimeFailure(f);
        case "AlreadyExists": return new AlreadyExists(f);
        case "RateLimited": return new RateLimited(f);
        case "PaymentRequired": return new PaymentRequired(f);
        case "QuotaExceeded": return new QuotaExceeded(f);
        case "LimitExceeded": return new LimitExceeded(f);
        case "BreakingChanges": return new BreakingChanges(f);
        case "ResourceLockedConflict": return new ResourceLockedConflict(f);
        case "Unknown": return new Unknown(f);
        case "Internal": return new Internal(f);
        default: break;
      }
    }
    return new BotApiException(f);
  }

  private static String text(JsonNode node) {
    return node != null && node.isString() ? node.asString() : null;
  }

  private static String first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static Duration retryAfter(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Duration.ofSeconds(Long.parseLong(value.trim()));
    } catch (NumberFormatException httpDateOrGarbage) {
      return null;
    }
  }

  /** What the response said. */
  public record Fields(int status, String type, String message, String requestId, Duration retryAfter) {}

  /** The user's root exception; one subclass per type of the API. */
  public static class BotApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Fields fields;

    BotApiException(Fields fields) {
      super(fields.message());
      this.fields = fields;
    }

    public Fields fields() {
      return fields;
    }
  }

  // @formatter:off
  public static final class Unauthorized extends BotApiException { private static final long serialVersionUID = 1L; Unauthorized(Fields f) { super(f); } }
  public static final class Forbidden extends BotApiException { private static final long serialVersionUID = 1L; Forbidden(Fields f) { super(f); } }
  public static final class PayloadTooLarge extends BotApiException { private static final long serialVersionUID = 1L; PayloadTooLarge(Fields f) { super(f); } }
  public static final class InvalidPayload extends BotApiException { private static final long serialVersionUID = 1L; InvalidPayload(Fields f) { super(f); } }
  public static final class UnsupportedMediaType extends BotApiException { private static final long serialVersionUID = 1L; UnsupportedMediaType(Fields f) { super(f); } }
  public static final class MethodNotFound extends BotApiException { private static final long serialVersionUID = 1L; MethodNotFound(Fields f) { super(f); } }
  public static final class ResourceNotFound extends BotApiException { private static final long serialVersionUID = 1L; ResourceNotFound(Fields f) { super(f); } }
  public static final class InvalidJsonSchema extends BotApiException { private static final long serialVersionUID = 1L; InvalidJsonSchema(Fields f) { super(f); } }
  public static final class InvalidDataFormat extends BotApiException { private static final long serialVersionUID = 1L; InvalidDataFormat(Fields f) { super(f); } }
  public static final class InvalidIdentifier extends BotApiException { private static final long serialVersionUID = 1L; InvalidIdentifier(Fields f) { super(f); } }
  public static final class RelationConflict extends BotApiException { private static final long serialVersionUID = 1L; RelationConflict(Fields f) { super(f); } }
  public static final class ReferenceConstraint extends BotApiException { private static final long serialVersionUID = 1L; ReferenceConstraint(Fields f) { super(f); } }
  public static final class ReferenceNotFound extends BotApiException { private static final long serialVersionUID = 1L; ReferenceNotFound(Fields f) { super(f); } }
  public static final class InvalidQuery extends BotApiException { private static final long serialVersionUID = 1L; InvalidQuery(Fields f) { super(f); } }
  public static final class RuntimeFailure extends BotApiException { private static final long serialVersionUID = 1L; RuntimeFailure(Fields f) { super(f); } }
  public static final class AlreadyExists extends BotApiException { private static final long serialVersionUID = 1L; AlreadyExists(Fields f) { super(f); } }
  public static final class RateLimited extends BotApiException { private static final long serialVersionUID = 1L; RateLimited(Fields f) { super(f); } }
  public static final class PaymentRequired extends BotApiException { private static final long serialVersionUID = 1L; PaymentRequired(Fields f) { super(f); } }
  public static final class QuotaExceeded extends BotApiException { private static final long serialVersionUID = 1L; QuotaExceeded(Fields f) { super(f); } }
  public static final class LimitExceeded extends BotApiException { private static final long serialVersionUID = 1L; LimitExceeded(Fields f) { super(f); } }
  public static final class BreakingChanges extends BotApiException { private static final long serialVersionUID = 1L; BreakingChanges(Fields f) { super(f); } }
  public static final class ResourceLockedConflict extends BotApiException { private static final long serialVersionUID = 1L; ResourceLockedConflict(Fields f) { super(f); } }
  public static final class Unknown extends BotApiException { private static final long serialVersionUID = 1L; Unknown(Fields f) { super(f); } }
  public static final class Internal extends BotApiException { private static final long serialVersionUID = 1L; Internal(Fields f) { super(f); } }
  // @formatter:on
}
