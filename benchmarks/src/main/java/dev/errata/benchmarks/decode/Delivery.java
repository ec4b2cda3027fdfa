package dev.errata.benchmarks.decode;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** How a canned Spring response hands its body to the handler that reads it. */
public enum Delivery {

  /**
   * With a Content-Length header, on a connection's stream: what Spring's request factories
   * hand over (the JDK client's, {@code HttpURLConnection}'s, Apache HttpClient's and Reactor
   * Netty's body streams), and what an application gets unless it buffers responses.
   */
  CONNECTION,

  /**
   * Without a Content-Length header, on a connection's stream: a chunked HTTP/1.1 response, or
   * an HTTP/2 one that does not state its length.
   */
  CHUNKED,

  /**
   * With a Content-Length header, in a {@code ByteArrayInputStream}: what Spring's buffering
   * wrapper hands over ({@code RestClient.Builder.bufferContent}). Its {@code readAllBytes} is a
   * single copy of the array.
   */
  BUFFERED;

  /** The response's headers, as this delivery states them. */
  ErrorResponse shape(ErrorResponse response) {
    return this == CHUNKED ? response.withoutContentLength() : response;
  }

  /** A new stream over the body, as this delivery hands it over. */
  InputStream stream(byte[] body) {
    return this == BUFFERED ? new ByteArrayInputStream(body) : new ConnectionBodyStream(body);
  }
}
