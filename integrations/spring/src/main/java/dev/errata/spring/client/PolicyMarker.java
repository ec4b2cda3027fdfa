package dev.errata.spring.client;

import dev.errata.runtime.ClientPolicy;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestInitializer;

/**
 * Marks a {@code RestClient} builder as having an Errata policy, and, once a second policy was
 * applied to it (a clone of an auto-configured builder, typically), tells every request which
 * policy is the builder's now. Spring keeps every status handler ever added to a builder and asks
 * the first; that one then reads the request's policy instead of its own. A builder with one
 * policy pays nothing per request.
 */
final class PolicyMarker implements ClientHttpRequestInitializer {

  static final String ATTRIBUTE = ClientPolicy.class.getName();

  private final ClientPolicy policy;
  private final boolean announce;

  PolicyMarker(ClientPolicy policy, boolean announce) {
    this.policy = policy;
    this.announce = announce;
  }

  ClientPolicy policy() {
    return policy;
  }

  @Override
  public void initialize(ClientHttpRequest request) {
    if (announce) {
      request.getAttributes().put(ATTRIBUTE, policy);
    }
  }

  @Override
  public String toString() {
    return "Errata " + policy;
  }
}
