package dev.errata.spring.server;

import dev.errata.CatalogException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceAware;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Spring Boot's error page, {@code /error}, in the problem shape: what the servlet container
 * answers for an error no handler took (a request no handler maps, an exception thrown by a
 * filter, an error a filter sent; Spring Security's refusals come through {@link
 * ErrataSecurityRefusalFilter}) carries the same members as a catalog error, with the
 * code the service's catalog has for its status. Nothing of an unexpected exception is shown:
 * its status's error, with the catalog's description.
 *
 * <p>Spring Boot registers it in place of its own {@code BasicErrorController} while {@code
 * errata.server.spring-errors} is on (the default); an application's own {@link ErrorController}
 * wins.
 */
@Controller
@ResponseBody
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ErrataErrorController implements ErrorController, MessageSourceAware {

  private final ErrataErrorResponses responses;
  private final SpringErrors springErrors;
  private final ErrorAttributes errorAttributes;
  private MessageSource messageSource;

  public ErrataErrorController(ErrataErrorResponses responses, SpringErrors springErrors, ErrorAttributes errorAttributes) {
    this.responses = Objects.requireNonNull(responses, "responses");
    this.springErrors = Objects.requireNonNull(springErrors, "springErrors");
    this.errorAttributes = Objects.requireNonNull(errorAttributes, "errorAttributes");
  }

  @Override
  public void setMessageSource(MessageSource messageSource) {
    this.messageSource = messageSource;
  }

  /** The problem details of the error the container forwarded here. */
  @RequestMapping
  public ResponseEntity<ProblemDetail> error(HttpServletRequest request, Locale locale) {
    Throwable thrown = errorAttributes.getError(new ServletWebRequest(request));
    CatalogException error = thrown == null ? null : springErrors.toCatalogError(thrown).orElse(null);
    if (error == null) {
      error = springErrors.create(status(request), /* message= */ null, List.of());
    }
    ErrorResponse response = responses.create(error, thrown != null ? SpringErrors.headersOf(thrown) : HttpHeaders.EMPTY, messageSource, locale);
    ProblemDetail problem = response.getBody();
    if (problem.getInstance() == null && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
      problem.setInstance(URI.create(uri));
    }
    return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders()).body(problem);
  }

  private static int status(HttpServletRequest request) {
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int code = status instanceof Integer i ? i : 500;
    return code >= 400 && code <= 599 ? code : 500;
  }
}
