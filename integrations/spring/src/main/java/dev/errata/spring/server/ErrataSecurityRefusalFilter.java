package dev.errata.spring.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Spring Security's refusals in Spring MVC (a 401 from an entry point, a 403 from an access
 * denied handler) in the problem shape of every other error.
 *
 * <p>Spring Security answers a refused request inside its filter chain, before any handler: it
 * sends the error, which the container forwards to {@code /error} in an ERROR dispatch that the
 * same authorization refuses again for an anonymous caller (an empty 401), or it sets the status
 * alone (a bearer token's 401). This filter runs just outside Spring Security's chain, and {@link
 * #passed()} just inside it: a request that never got through, whose response has a 401 or 403
 * and no body yet, is answered by Spring MVC's exception resolvers (so by Errata's) as that
 * status. The headers Spring Security set, such as the {@code WWW-Authenticate} challenge, stay.
 * A body Spring Security's handlers wrote themselves is kept as it is.
 */
public final class ErrataSecurityRefusalFilter extends OncePerRequestFilter {

  /** Just outside Spring Security's filter chain, which Spring Boot registers at -100. */
  public static final int ORDER = -101;

  /** Just inside Spring Security's filter chain: only requests it lets through get here. */
  public static final int PASSED_ORDER = -99;

  private static final String PASSED = ErrataSecurityRefusalFilter.class.getName() + ".PASSED";

  private final HandlerExceptionResolver resolver;

  /** @param resolver Spring MVC's exception resolvers, Errata's first among them */
  public ErrataSecurityRefusalFilter(HandlerExceptionResolver resolver) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  /** The filter that marks a request Spring Security let through; registered at {@link #PASSED_ORDER}. */
  public static OncePerRequestFilter passed() {
    return new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        request.setAttribute(PASSED, Boolean.TRUE);
        chain.doFilter(request, response);
      }
    };
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    RefusalCapture capture = new RefusalCapture(request, response);
    chain.doFilter(request, capture);
    int status = capture.getStatus();
    boolean refused = (status == 401 || status == 403) && request.getAttribute(PASSED) == null;
    if (!refused || capture.bodyStarted || response.isCommitted()) {
      capture.sendCapturedError();
      return;
    }
    ModelAndView answered = resolver.resolveException(
        request, response, /* handler= */ null, new ResponseStatusException(HttpStatus.valueOf(status)));
    if (answered == null) {
      capture.sendCapturedError();
    }
  }

  /**
   * Holds back a 401 or 403 sent as an error before the request got through Spring Security, and
   * notes whether anyone began a body. Errors sent later, by the application, pass untouched.
   */
  private static final class RefusalCapture extends HttpServletResponseWrapper {

    private final HttpServletRequest request;
    private int heldStatus;
    private String heldMessage;
    private boolean bodyStarted;

    RefusalCapture(HttpServletRequest request, HttpServletResponse response) {
      super(response);
      this.request = request;
    }

    @Override
    public void sendError(int status) throws IOException {
      sendError(status, null);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      if ((status == 401 || status == 403) && request.getAttribute(PASSED) == null && !isCommitted()) {
        heldStatus = status;
        heldMessage = message;
        setStatus(status);
      } else {
        super.sendError(status, message);
      }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      bodyStarted = true;
      return super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      bodyStarted = true;
      return super.getWriter();
    }

    /** Sends the held error on after all, when Errata does not answer it. */
    void sendCapturedError() throws IOException {
      if (heldStatus != 0 && !isCommitted()) {
        if (heldMessage == null) {
          super.sendError(heldStatus);
        } else {
          super.sendError(heldStatus, heldMessage);
        }
      }
    }
  }
}
