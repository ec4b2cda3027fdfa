package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.CatalogException;
import dev.errata.ErrorDetails;
import dev.errata.http.HttpErrorCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** One unwrapping rule for the HTTP client and the retry advice. */
class ThrowablesTest {

  @Test
  void looksThroughEveryWrapperFuturesAndStreamsAdd() {
    IOException reset = new IOException("reset");
    Throwable wrapped = new CompletionException(new ExecutionException(new UncheckedIOException(reset)));

    assertThat(Throwables.unwrap(wrapped)).isSameInstanceAs(reset);
  }

  @Test
  void keepsAWrapperThatWrapsNothingAndAnythingElse() {
    CompletionException empty = new CompletionException("no cause", null);
    IllegalStateException other = new IllegalStateException(new IOException());

    assertThat(Throwables.unwrap(empty)).isSameInstanceAs(empty);
    assertThat(Throwables.unwrap(other)).isSameInstanceAs(other);
    assertThat(Throwables.unwrap(null)).isNull();
  }

  @Test
  void stopsOnAnEndlessChain() {
    Throwable deep = new IOException("bottom");
    for (int i = 0; i < 100; i++) {
      deep = new CompletionException(deep);
    }

    // A bounded walk, as a cycle of causes would need: it gives up in the wrappers.
    assertThat(Throwables.unwrap(deep)).isInstanceOf(CompletionException.class);
    assertThat(Throwables.unwrap(new CompletionException(new CompletionException(new IOException("x")))))
        .isInstanceOf(IOException.class);
  }

  @Test
  void theClientAndTheAdvisorAgreeOnAnUncheckedIoFailure() {
    CatalogException unavailable = HttpErrorCatalog.INSTANCE.create(null, 503, ErrorDetails.empty());
    Throwable wrapped = new CompletionException(new UncheckedIOException(new IOException("reset")));

    assertThat(RetryAdvisor.defaults().advise(wrapped, 1, "GET").retry()).isTrue();
    assertThat(RetryAdvisor.defaults().advise(new ExecutionException(unavailable), 1, "GET").retry()).isTrue();
  }
}
