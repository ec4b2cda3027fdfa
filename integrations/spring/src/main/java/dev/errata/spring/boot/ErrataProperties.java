package dev.errata.spring.boot;

import dev.errata.runtime.UpstreamPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Errata's settings, under {@code errata.*}. */
@ConfigurationProperties("errata")
public class ErrataProperties {

  private final Server server = new Server();

  /** How a web application serves catalog errors. */
  public Server getServer() {
    return server;
  }

  /** Settings under {@code errata.server.*}. */
  public static class Server {

    /** Whether catalog errors thrown by handlers are served as problem details. */
    private boolean enabled = true;

    /**
     * What to serve for an error decoded from another service's response that no
     * UpstreamErrorTranslator translated: BAD_GATEWAY (502, nothing of the other service) or
     * PROPAGATE (its status, code and message, as if this application raised it).
     */
    private UpstreamPolicy upstream = UpstreamPolicy.BAD_GATEWAY;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public UpstreamPolicy getUpstream() {
      return upstream;
    }

    public void setUpstream(UpstreamPolicy upstream) {
      this.upstream = upstream;
    }
  }
}
