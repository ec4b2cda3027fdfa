package dev.errata.spring.feignclients;

import feign.RetryableException;
import feign.Retryer;
import feign.codec.ErrorDecoder;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;

/**
 * An application's own Feign beans, for every client: an error decoder and a retryer that record
 * what reaches them. A source of the tests that want it, not found by component scanning.
 */
class ApplicationFeignBeans {

  /** What the application's error decoder throws. */
  static final class ApplicationDecodedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ApplicationDecodedException(int status) {
      super("The application's error decoder saw a " + status);
    }
  }

  /** Counts the failures it is asked about, and retries none. */
  static final class CountingRetryer implements Retryer {
    final AtomicInteger asked = new AtomicInteger();

    @Override
    public void continueOrPropagate(RetryableException e) {
      asked.incrementAndGet();
      throw e;
    }

    @Override
    public Retryer clone() {
      return this; // Feign clones the retryer for each call: every clone counts in one place
    }
  }

  @Bean
  ErrorDecoder applicationErrorDecoder() {
    return (methodKey, response) -> new ApplicationDecodedException(response.status());
  }

  @Bean
  CountingRetryer applicationRetryer() {
    return new CountingRetryer();
  }
}
