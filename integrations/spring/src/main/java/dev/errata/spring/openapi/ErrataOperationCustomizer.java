package dev.errata.spring.openapi;

import dev.errata.CatalogException;
import dev.errata.spring.openapi.ErrorResponseDocuments.Entry;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springdoc.core.customizers.GlobalOperationComponentsCustomizer;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.web.method.HandlerMethod;

/**
 * Lists, on each operation of a springdoc OpenAPI document, exactly the catalog errors its handler
 * method declares: the generated exceptions in its {@code throws} clause and in {@link
 * ErrataResponses} on the method or its class. Each becomes the response the Errata processor
 * wrote for the code ({@code META-INF/errata/<enum>.openapi.json}): its status, description, and
 * an {@code application/problem+json} body of the {@code Problem} schema (with the code's members,
 * for a code that has some) with an example. Codes of the same status share that status's
 * response, which then has one example per code. A response springdoc built for the same status is
 * replaced; other responses stay.
 *
 * <p>The {@code Problem} schema is added to the document's components once, when an operation
 * first refers to it.
 */
public final class ErrataOperationCustomizer implements GlobalOperationComponentsCustomizer {

  private final ErrorResponseDocuments documents;

  private ErrataOperationCustomizer(ErrorResponseDocuments documents) {
    this.documents = documents;
  }

  /**
   * Reads the error responses of every catalog on the class path.
   *
   * @param resolver where to find the documents, usually the application context
   * @param openapi31 whether springdoc writes OpenAPI 3.1 (its default) rather than 3.0
   * @return the customizer
   * @throws IllegalStateException if a document on the class path cannot be read
   */
  public static ErrataOperationCustomizer of(ResourcePatternResolver resolver, boolean openapi31) {
    Objects.requireNonNull(resolver, "resolver");
    return new ErrataOperationCustomizer(ErrorResponseDocuments.load(resolver, openapi31));
  }

  @Override
  public Operation customize(Operation operation, Components components, HandlerMethod handlerMethod) {
    Map<Integer, List<Entry>> byStatus = new TreeMap<>();
    for (Class<? extends CatalogException> error : DeclaredErrors.of(handlerMethod)) {
      documents.entry(error).ifPresent(entry -> {
        List<Entry> entries = byStatus.computeIfAbsent(entry.status(), status -> new ArrayList<>());
        if (!entries.contains(entry)) {
          entries.add(entry);
        }
      });
    }
    if (byStatus.isEmpty()) {
      return operation;
    }
    ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
    byStatus.forEach((status, entries) -> responses.addApiResponse(String.valueOf(status), response(entries)));
    operation.setResponses(responses);
    registerProblemSchema(components);
    return operation;
  }

  /** springdoc calls the form with components, which this customizer needs for the schema. */
  @Override
  public Operation customize(Operation operation, HandlerMethod handlerMethod) {
    return operation;
  }

  private ApiResponse response(List<Entry> entries) {
    if (entries.size() == 1) {
      return documents.response(entries.get(0));
    }
    Map<String, ApiResponse> responses = new LinkedHashMap<>();
    for (Entry entry : entries) {
      responses.put(entry.name(), documents.response(entry));
    }
    return SharedStatusResponse.merge(responses);
  }

  private void registerProblemSchema(Components components) {
    if (components.getSchemas() == null || !components.getSchemas().containsKey(ErrorResponseDocuments.PROBLEM_SCHEMA)) {
      documents.problemSchema().ifPresent(schema -> components.addSchemas(ErrorResponseDocuments.PROBLEM_SCHEMA, schema));
    }
  }
}
