package dev.errata.spring.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errata.CatalogException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The error responses the Errata processor wrote next to each catalog ({@code
 * META-INF/errata/<enum>.openapi.json}), indexed by the exception each one documents. The
 * generated documents are the one source of the descriptions and examples; nothing here restates
 * them.
 */
final class ErrorResponseDocuments {

  /** Where the processor writes the documents, in every jar and directory of the class path. */
  static final String LOCATION = "classpath*:META-INF/errata/*.openapi.json";
  static final String PROBLEM_SCHEMA = "Problem";
  static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

  /** One code's response: its name in the document, its status and the response as written. */
  record Entry(String name, int status, String code, JsonNode response) {}

  private final ObjectMapper mapper;
  private final Map<String, Entry> byException;
  private final @Nullable JsonNode problemSchema;

  private ErrorResponseDocuments(ObjectMapper mapper, Map<String, Entry> byException, @Nullable JsonNode problemSchema) {
    this.mapper = mapper;
    this.byException = byException;
    this.problemSchema = problemSchema;
  }

  /**
   * Reads every document on the class path.
   *
   * @param resolver the application's resource resolver
   * @param openapi31 whether the API document is OpenAPI 3.1 (springdoc's default) rather than 3.0
   * @throws IllegalStateException naming the document that cannot be read
   */
  static ErrorResponseDocuments load(ResourcePatternResolver resolver, boolean openapi31) {
    ObjectMapper mapper = openapi31 ? Json31.mapper() : Json.mapper();
    Map<String, Entry> byException = new HashMap<>();
    JsonNode problemSchema = null;
    Resource[] documents;
    try {
      documents = resolver.getResources(LOCATION);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the Errata OpenAPI documents at " + LOCATION, e);
    }
    for (Resource document : documents) {
      JsonNode root = read(mapper, document);
      JsonNode components = root.path("components");
      if (problemSchema == null && components.path("schemas").has(PROBLEM_SCHEMA)) {
        problemSchema = components.path("schemas").get(PROBLEM_SCHEMA);
      }
      components.path("responses").properties().forEach(response -> {
        JsonNode body = response.getValue();
        String exception = body.path("x-errata-exception").asText("");
        if (!exception.isEmpty()) {
          byException.putIfAbsent(exception, new Entry(response.getKey(),
              body.path("x-errata-status").asInt(), body.path("x-errata-code").asText(), body));
        }
      });
    }
    return new ErrorResponseDocuments(mapper, Map.copyOf(byException), problemSchema);
  }

  private static JsonNode read(ObjectMapper mapper, Resource document) {
    try (InputStream in = document.getInputStream()) {
      JsonNode root = mapper.readTree(in);
      if (root == null || !root.isObject()) {
        throw new IllegalStateException(document.getDescription() + " is not an OpenAPI document");
      }
      return root;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the Errata OpenAPI document "
          + document.getDescription() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The response of an exception's code. An exception with no response of its own (a hand-written
   * subclass of a generated exception) is documented as its nearest generated ancestor; a
   * category ({@code ClientErrorException}) has none, as it stands for many statuses.
   */
  Optional<Entry> entry(Class<? extends CatalogException> exception) {
    for (Class<?> type = exception; type != null && type != CatalogException.class; type = type.getSuperclass()) {
      Entry entry = byException.get(type.getCanonicalName());
      if (entry != null) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  /** A fresh copy of the entry's response, for one operation to own. */
  ApiResponse response(Entry entry) {
    return mapper.convertValue(entry.response(), ApiResponse.class);
  }

  /** A fresh copy of the problem details schema, if any document on the class path has one. */
  Optional<Schema<?>> problemSchema() {
    return Optional.ofNullable(problemSchema).map(schema -> mapper.convertValue(schema, Schema.class));
  }
}
