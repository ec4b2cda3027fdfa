package dev.errata.spring.service;

import static com.google.common.truth.Truth.assertThat;
import static dev.errata.spring.service.Service.json;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.WebApplicationType;
import tools.jackson.databind.JsonNode;

/**
 * A call to another service that fails without a response is the service's own error: a 502
 * when the other service cannot be reached, a 504 when it does not answer in time, retryable,
 * and with nothing of the other service's address. Through the JDK's client and RestClient, on
 * Tomcat and on Netty.
 */
class UpstreamFailuresTest {

  static java.util.List<Arguments> stacks() {
    return java.util.List.of(
        Arguments.of(WebApplicationType.SERVLET, "/upstream/jdk"),
        Arguments.of(WebApplicationType.SERVLET, "/upstream/rest"),
        Arguments.of(WebApplicationType.REACTIVE, "/upstream/jdk"),
        Arguments.of(WebApplicationType.REACTIVE, "/upstream/rest"));
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("stacks")
  void anUnreachableUpstreamIsABadGatewayAndASlowOneAGatewayTimeout(WebApplicationType stack, String path) throws Exception {
    int closed = closedPort();
    HttpServer slow = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    slow.createContext("/slow", exchange -> {
      try {
        Thread.sleep(1_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
    });
    slow.start();
    try (Service refused = Service.start(ServiceApplication.class, stack, "upstream.url=http://127.0.0.1:" + closed)) {
      HttpResponse<String> response = refused.get(path);
      JsonNode problem = problem(response, 502, "BAD_GATEWAY");
      assertThat(response.body()).doesNotContain(Integer.toString(closed));
    }
    try (Service timedOut = Service.start(ServiceApplication.class, stack, "upstream.url=http://127.0.0.1:" + slow.getAddress().getPort())) {
      HttpResponse<String> response = timedOut.get(path);
      problem(response, 504, "GATEWAY_TIMEOUT");
      assertThat(response.body()).doesNotContain(Integer.toString(slow.getAddress().getPort()));
    } finally {
      slow.stop(0);
    }
  }

  private static JsonNode problem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).isEqualTo(status);
    JsonNode problem = json(response);
    assertThat(problem.get("code").asString()).isEqualTo(code);
    assertThat(problem.get("retryable").asBoolean()).isTrue();
    assertThat(response.body()).doesNotContain("127.0.0.1");
    assertThat(response.body()).doesNotContain("Exception");
    return problem;
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
