package dev.errata.spring.openapi;

import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One response for several codes of the same status, as OpenAPI keys an operation's responses by
 * status: the codes' descriptions one after the other, one named example per code, the headers of
 * any of them, and their schema: the one they share, or {@code anyOf} their schemas when codes with
 * members give them different ones.
 */
final class SharedStatusResponse {

  /** The wire codes the merged response stands for, in declaration order. */
  static final String CODES_EXTENSION = "x-errata-codes";

  private SharedStatusResponse() {}

  /**
   * Merges the responses of codes that share a status.
   *
   * @param responses each code's own response, by response name ({@code RelationConflict}), in order
   * @return the response for the status
   */
  static ApiResponse merge(Map<String, ApiResponse> responses) {
    List<String> descriptions = new ArrayList<>();
    List<Object> codes = new ArrayList<>();
    MediaType problem = new MediaType();
    List<Schema<?>> schemas = new ArrayList<>();
    ApiResponse merged = new ApiResponse();
    responses.forEach((name, response) -> {
      descriptions.add(response.getDescription());
      Map<String, Object> extensions = response.getExtensions();
      Object code = extensions == null ? null : extensions.get("x-errata-code");
      if (code != null) {
        codes.add(code);
      }
      MediaType own = response.getContent() == null
          ? null
          : response.getContent().get(ErrorResponseDocuments.PROBLEM_MEDIA_TYPE);
      if (own != null) {
        if (own.getSchema() != null && !schemas.contains(own.getSchema())) {
          schemas.add(own.getSchema());
        }
        problem.addExamples(name, new Example()
            .summary(code == null ? name : code.toString())
            .value(own.getExample()));
      }
      Map<String, Header> headers = response.getHeaders();
      if (headers != null) {
        headers.forEach(merged::addHeaderObject);
      }
    });
    if (schemas.size() == 1) {
      problem.setSchema(schemas.get(0));
    } else if (schemas.size() > 1) {
      problem.setSchema(new Schema<>().anyOf(new ArrayList<>(schemas)));
    }
    merged.description(String.join("\n\n", descriptions))
        .content(new Content().addMediaType(ErrorResponseDocuments.PROBLEM_MEDIA_TYPE, problem))
        .addExtension(CODES_EXTENSION, codes);
    return merged;
  }
}
