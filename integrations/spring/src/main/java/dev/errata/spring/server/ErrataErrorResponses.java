package dev.errata.spring.server;

import dev.errata.CatalogException;
import dev.errata.ErrorDefinition;
import dev.errata.ReportedError;
import dev.errata.runtime.ProblemRenderer;
import dev.errata.runtime.RetryAfter;
import dev.errata.runtime.UpstreamPolicy;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;

/**
 * Turns a {@link CatalogException} into Spring's {@link ErrorResponse}: the status, the
 * Retry-After header and an RFC 9457 {@link org.springframework.http.ProblemDetail} with the same
 * members as {@link dev.errata.runtime.ProblemRenderer} writes: {@code type} (the code's
 * documentation link, which for the HTTP catalog's codes is their section of RFC 9110, else
 * {@code about:blank}), {@code title}, {@code status}, {@code detail}, and the extension members
 * {@code code}, {@code remedy}, {@code retryable} and {@code errors} (the error's own list; never
 * another service's), followed by the error's members ({@link ProblemRenderer#members}: those of an
 * error the application raised or a translator returned, never those of another service's).
 * {@code instance} is the error's own when it carries one; otherwise Spring sets the request path.
 *
 * <p>Spring's message codes apply: a {@code MessageSource} entry {@code
 * problemDetail.title.<exception class>} replaces the title, {@code problemDetail.<exception
 * class>} the detail and {@code problemDetail.type.<exception class>} the type.
 *
 * <p>An error decoded from another service's response goes first to the {@link
 * UpstreamErrorTranslator}s, then to the {@link UpstreamPolicy}. Thread-safe.
 */
public final class ErrataErrorResponses {

  private static final Log log = LogFactory.getLog(ErrataErrorResponses.class);

  private final UpstreamPolicy upstreamPolicy;
  private final List<UpstreamErrorTranslator> translators;
  private final List<ErrataProblemCustomizer> customizers;

  /**
   * @param upstreamPolicy what to serve for an upstream error no translator took
   * @param translators asked in this order
   * @param customizers called in this order
   */
  public ErrataErrorResponses(
      UpstreamPolicy upstreamPolicy,
      List<UpstreamErrorTranslator> translators,
      List<ErrataProblemCustomizer> customizers) {
    this.upstreamPolicy = Objects.requireNonNull(upstreamPolicy, "upstreamPolicy");
    this.translators = List.copyOf(translators);
    this.customizers = List.copyOf(customizers);
  }

  /** The default policy ({@link UpstreamPolicy#BAD_GATEWAY}), no translators, no customizers. */
  public static ErrataErrorResponses withDefaults() {
    return new ErrataErrorResponses(UpstreamPolicy.BAD_GATEWAY, List.of(), List.of());
  }

  /**
   * The response for {@code error}.
   *
   * @param messages the source of localized type, title and detail texts; may be {@code null}
   * @param locale the locale of the request
   */
  public ErrorResponse create(CatalogException error, @Nullable MessageSource messages, Locale locale) {
    return create(error, HttpHeaders.EMPTY, messages, locale);
  }

  /**
   * The response for {@code error}, with {@code headers} besides its own: those Spring gives one
   * of its own errors, such as {@code Allow} for a 405.
   */
  public ErrorResponse create(CatalogException error, HttpHeaders headers, @Nullable MessageSource messages, Locale locale) {
    CatalogException served = errorToServe(error);
    ErrorResponse.Builder builder = builder(served);
    builder.headers(h -> h.addAll(headers));
    ErrorResponse response = builder.build(messages, locale);
    for (ErrataProblemCustomizer customizer : customizers) {
      customizer.customize(response.getBody(), served);
    }
    return response;
  }

  /** The error served for {@code error}: itself, unless it came from another service's response. */
  public CatalogException errorToServe(CatalogException error) {
    if (!error.fromResponse()) {
      return error;
    }
    for (UpstreamErrorTranslator translator : translators) {
      CatalogException translated = translator.translate(error);
      if (translated != null) {
        return translated;
      }
    }
    CatalogException served = upstreamPolicy.errorToServe(error);
    if (served != error) {
      // The client learns nothing of the other service's failure; the server's log does.
      log.warn("Serving " + served.status() + " for an error of another service: " + error.getMessage());
    }
    return served;
  }

  private static ErrorResponse.Builder builder(CatalogException e) {
    ErrorDefinition d = e.definition();
    ErrorResponse.Builder b =
        ErrorResponse.builder(e, HttpStatusCode.valueOf(e.status()), e.detail().orElse(d.description()))
            .title(d.title());
    URI type = uri(d.docsUrl());
    if (type != null) {
      b.type(type);
    }
    // An instance a decoded error carries names a resource of the other service.
    URI instance = e.fromResponse() ? null : e.details().instance().map(ErrataErrorResponses::uri).orElse(null);
    if (instance != null) {
      b.instance(instance);
    }
    b.property("code", d.code());
    if (!d.remedy().isEmpty()) {
      b.property("remedy", d.remedy());
    }
    b.property("retryable", e.isRetryable());
    // Another service's errors list names its fields and values: never served as this one's.
    if (!e.fromResponse() && !e.details().errors().isEmpty()) {
      b.property("errors", errors(e.details().errors()));
    }
    ProblemRenderer.members(e).forEach(b::property);
    e.retryAfter().ifPresent(wait -> b.header(HttpHeaders.RETRY_AFTER, RetryAfter.format(wait)));
    return b;
  }

  private static List<Map<String, String>> errors(List<ReportedError> reported) {
    List<Map<String, String>> errors = new ArrayList<>(reported.size());
    for (ReportedError error : reported) {
      Map<String, String> entry = new LinkedHashMap<>(4);
      putUnlessEmpty(entry, "code", error.code());
      putUnlessEmpty(entry, "message", error.message());
      putUnlessEmpty(entry, "path", error.path());
      errors.add(entry);
    }
    return errors;
  }

  private static void putUnlessEmpty(Map<String, String> entry, String name, String value) {
    if (!value.isEmpty()) {
      entry.put(name, value);
    }
  }

  // A docs URL or instance that is not a valid URI is left out rather than failing the response.
  private static @Nullable URI uri(String value) {

    if (value.isEmpty()) {
      return null;
    }
    try {
      return new URI(value);
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }
}
