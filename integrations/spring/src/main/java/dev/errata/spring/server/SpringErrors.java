package dev.errata.spring.server;

import dev.errata.Catalog;
import dev.errata.CatalogException;
import dev.errata.ErrorDetails;
import dev.errata.ReportedError;
import dev.errata.runtime.UpstreamFailures;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Spring's and Spring Security's own errors, and the failures of calls to other services, as
 * errors of the service's catalog, so that every error a service answers has one shape: a
 * validation failure, an unreadable body, a type mismatch, no handler, 405, 406, 415, 401, 403,
 * an upload too large, an upstream that could not be reached or did not answer in time.
 *
 * <p>Each becomes the error its status stands for in the service's catalog: the code the catalog
 * marks {@code standsForStatus} for it, else the HTTP catalog's code of that status, with
 * Spring's own detail (which Spring writes for clients) and field errors. Nothing else of the
 * exception is kept: no class name, no stack trace, no internal address.
 */
public final class SpringErrors {

  private static final String SECURITY_ACCESS_DENIED = "org.springframework.security.access.AccessDeniedException";
  private static final String SECURITY_AUTHENTICATION = "org.springframework.security.core.AuthenticationException";
  private static final String SECURITY_AUTHORIZATION_DENIED = "org.springframework.security.authorization.AuthorizationDeniedException";
  private static final List<String> CLIENT_FAILURES = List.of(
      "org.springframework.web.client.ResourceAccessException",
      "org.springframework.web.reactive.function.client.WebClientRequestException",
      "feign.RetryableException");

  private final Catalog catalog;
  private final boolean springErrors;

  /**
   * @param catalog the service's own catalog, whose stand-in codes answer Spring's errors
   * @param springErrors whether Spring's and Spring Security's own errors are answered too, or
   *     only catalog errors and failed calls to other services
   */
  public SpringErrors(Catalog catalog, boolean springErrors) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.springErrors = springErrors;
  }

  /** The service's catalog. */
  public Catalog catalog() {
    return catalog;
  }

  /**
   * The catalog error to answer {@code error} with: itself when it is one, a 502 or 504 when it
   * is the failure of a call to another service, and the error of the service's catalog that
   * stands for one of Spring's or Spring Security's own errors (unless turned off); else empty.
   */
  public Optional<CatalogException> toCatalogError(Throwable error) {
    if (error instanceof CatalogException catalogError) {
      return Optional.of(catalogError);
    }
    if (isClientFailure(error)) {
      return Optional.of(UpstreamFailures.toServeAny(error));
    }
    Optional<CatalogException> upstream = UpstreamFailures.toServe(error);
    if (upstream.isPresent() || !springErrors) {
      return upstream;
    }
    if (error instanceof ErrorResponse response) {
      ProblemDetail problem = response.getBody();
      return Optional.of(create(response.getStatusCode().value(), problem.getDetail(), errorsOf(error)));
    }
    if (error instanceof HttpMessageNotReadableException) {
      return Optional.of(create(400, "The request body is missing or could not be read.", List.of()));
    }
    if (error instanceof TypeMismatchException mismatch) {
      String name = mismatch.getPropertyName();
      String what = name == null ? "A value of the request" : "The value of '" + name + "'";
      return Optional.of(create(400, what + " has the wrong type.", List.of()));
    }
    if (error instanceof HttpMessageNotWritableException) {
      return Optional.of(create(500, null, List.of()));
    }
    if (isNamed(error, SECURITY_AUTHENTICATION)) {
      return Optional.of(create(401, null, List.of()));
    }
    if (isNamed(error, SECURITY_ACCESS_DENIED) || isNamed(error, SECURITY_AUTHORIZATION_DENIED)) {
      return Optional.of(create(403, null, List.of()));
    }
    return Optional.empty();
  }

  /** The headers Spring gives one of its own errors (Allow for a 405, Accept for a 415), else none. */
  public static HttpHeaders headersOf(Throwable error) {
    return error instanceof ErrorResponse response ? response.getHeaders() : HttpHeaders.EMPTY;
  }

  /** The error of the service's catalog that stands for {@code status}. */
  public CatalogException create(int status, String message, List<ReportedError> errors) {
    ErrorDetails.Builder details = ErrorDetails.builder().message(message).errors(errors);
    return catalog.create(/* code= */ null, status, details.build());
  }

  private static List<ReportedError> errorsOf(Throwable error) {
    if (error instanceof BindingResult result) {
      return bindingErrors(result);
    }
    if (error instanceof HandlerMethodValidationException validation) {
      return validation.getParameterValidationResults().stream()
          .flatMap(SpringErrors::parameterErrors)
          .toList();
    }
    return List.of();
  }

  private static java.util.stream.Stream<ReportedError> parameterErrors(ParameterValidationResult result) {
    if (result instanceof ParameterErrors errors) {
      return bindingErrors(errors).stream();
    }
    String name = result.getMethodParameter().getParameterName();
    return result.getResolvableErrors().stream()
        .map(e -> new ReportedError(orEmpty(codeOf(e.getCodes())), orEmpty(e.getDefaultMessage()), orEmpty(name)));
  }

  private static List<ReportedError> bindingErrors(org.springframework.validation.Errors result) {
    return result.getAllErrors().stream().map(SpringErrors::reported).toList();
  }

  private static ReportedError reported(ObjectError error) {
    String path = error instanceof FieldError field ? field.getField() : "";
    return new ReportedError(orEmpty(error.getCode()), orEmpty(error.getDefaultMessage()), path);
  }

  // The last code of a message resolvable is its bare constraint name, such as "NotBlank".
  private static String codeOf(String[] codes) {
    return codes == null || codes.length == 0 ? null : codes[codes.length - 1];
  }

  private static boolean isClientFailure(Throwable error) {
    for (Class<?> c = error.getClass(); c != null; c = c.getSuperclass()) {
      if (CLIENT_FAILURES.contains(c.getName())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNamed(Throwable error, String className) {
    for (Class<?> c = error.getClass(); c != null; c = c.getSuperclass()) {
      if (c.getName().equals(className)) {
        return true;
      }
    }
    return false;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
