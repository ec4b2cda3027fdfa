package dev.errata;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogExceptionTest {

  private static final ErrorDefinition LOCKED = new ErrorDefinition(
      "Bots", "RESOURCE_LOCKED", "ResourceLocked", 409, "Resource Locked", "Someone holds the lock.",
      List.of(), true, "", Optional.empty());

  /** A subclass as the processor generates them. */
  private static final class LockedException extends CatalogException {
    private static final long serialVersionUID = 1L;

    LockedException(ErrorDetails details, String message, boolean trace) {
      super(LOCKED, details, message, null, trace);
    }
  }

  @Test
  void describesItselfFromDefinitionAndDetails() {
    ErrorDetails details = ErrorDetails.builder().status(409).code("ResourceLocked").message("bot b1 is being edited").requestId("req-7").build();

    assertThat(new LockedException(details, null, true).getMessage())
        .isEqualTo("Resource Locked (409 ResourceLocked): bot b1 is being edited [request req-7]");
    assertThat(new LockedException(ErrorDetails.empty(), null, true).getMessage())
        .isEqualTo("Resource Locked (409 ResourceLocked): Someone holds the lock.");
    assertThat(new LockedException(ErrorDetails.empty(), "custom", true).getMessage()).isEqualTo("custom");
  }

  @Test
  void statusIsTheResponsesErrorStatusElseTheCatalogs() {
    assertThat(new LockedException(ErrorDetails.builder().status(423).build(), null, true).status()).isEqualTo(423);
    assertThat(new LockedException(ErrorDetails.builder().status(200).build(), null, true).status()).isEqualTo(409);
    assertThat(new LockedException(ErrorDetails.empty(), null, true).status()).isEqualTo(409);
  }

  @Test
  void everyStatusFrom400To599IsAnErrorStatusOfTheResponse() {
    assertThat(new LockedException(ErrorDetails.builder().status(400).build(), null, true).status()).isEqualTo(400);
    assertThat(new LockedException(ErrorDetails.builder().status(599).build(), null, true).status()).isEqualTo(599);
    assertThat(new LockedException(ErrorDetails.builder().status(399).build(), null, true).status()).isEqualTo(409);
    assertThat(new LockedException(ErrorDetails.builder().status(600).build(), null, true).status()).isEqualTo(409);
  }

  @Test
  void whatTheOccurrenceSaysOfRetryingWinsOverTheDefinition() {
    ErrorDefinition notRetryable = ErrorDefinition.unknown("Bots");

    assertThat(CatalogException.unknown(notRetryable, ErrorDetails.empty(), false).isRetryable()).isFalse();
    assertThat(CatalogException.unknown(notRetryable, ErrorDetails.builder().retryable(true).build(), false)
        .isRetryable()).isTrue();
    assertThat(new LockedException(ErrorDetails.builder().retryable(false).build(), null, true).isRetryable())
        .isFalse();
  }

  @Test
  void codeAndRetryComeFromTheDefinition() {
    LockedException e = new LockedException(
        ErrorDetails.builder().code("something-else").retryAfter(Duration.ofSeconds(3)).build(), null, true);

    assertThat(e.code()).isEqualTo("ResourceLocked");
    assertThat(e.details().code()).hasValue("something-else");
    assertThat(e.isRetryable()).isTrue();
    assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(3));
  }

  @Test
  void stackTraceOnlyWhenAskedFor() {
    assertThat(new LockedException(ErrorDetails.empty(), null, true).getStackTrace()).isNotEmpty();
    assertThat(new LockedException(ErrorDetails.empty(), null, false).getStackTrace()).isEmpty();
  }

  @Test
  void aPlainCatalogExceptionIsOnlyForUnknownErrors() {
    CatalogException unknown = CatalogException.unknown(ErrorDefinition.unknown("Bots"), ErrorDetails.empty(), false);

    assertThat(unknown.definition().kind()).isEqualTo(ErrorDefinition.Kind.UNKNOWN);
    assertThrows(IllegalArgumentException.class, () -> CatalogException.unknown(LOCKED, ErrorDetails.empty(), false));
  }
}
