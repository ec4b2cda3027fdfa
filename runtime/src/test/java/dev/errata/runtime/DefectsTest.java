package dev.errata.runtime;

import static com.google.common.truth.Truth.assertThat;
import static dev.errata.runtime.fixture.TestBodies.read;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.errata.Catalog;
import dev.errata.CatalogException;
import dev.errata.ErrorDefinition;
import dev.errata.ErrorDetails;
import dev.errata.http.BadGatewayException;
import dev.errata.http.NotFoundException;
import dev.errata.runtime.fixture.TestCatalogs;
import dev.errata.runtime.fixture.WithPointers;
import dev.errata.runtime.fixture.members.QuotaExceededException;
import dev.errata.runtime.fixture.platform.RelationConflictException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A defect of the library or of a catalog is logged, with its stack trace, through the logger
 * {@code dev.errata.runtime}; hostile or broken input never is, however odd. (System.Logger
 * reaches java.util.logging here, as it does in any application that routes it nowhere else.)
 */
class DefectsTest {

  private final Logger logger = Logger.getLogger("dev.errata.runtime");
  private final List<LogRecord> records = new ArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void listen() {
    logger.addHandler(capture);
  }

  @AfterEach
  void stopListening() {
    logger.removeHandler(capture);
  }

  @Test
  void aCatalogThatThrowsIsLoggedWithItsStackTraceAndTheCallerStillGetsAnError() {
    CatalogException e = ErrorDecoder.builder(new BrokenCatalog()).build().decode(404, Map.of(), read("problem.json"));

    assertThat(e.details().status()).isEqualTo(404);
    assertThat(records).isNotEmpty();
    LogRecord first = records.get(0);
    assertThat(first.getLevel()).isEqualTo(Level.SEVERE);
    assertThat(first.getMessage()).contains("This is a defect of Errata or of the catalog's generated code");
    assertThat(first.getThrown()).hasMessageThat().isEqualTo("broken");
  }

  @Test
  void aCatalogThatFailsToCreateACodesExceptionIsLoggedAndTheStatusAnswers() {
    CatalogException e = ErrorDecoder.builder(new FailsOnCodes()).build()
        .decode(404, Map.of("Content-Type", List.of("application/json")), "{\"code\":\"NOT_FOUND\"}".getBytes(UTF_8));

    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(records).hasSize(1);
    assertThat(records.get(0).getMessage()).contains("failed to create the exception of code NOT_FOUND and status 404");
    assertThat(records.get(0).getThrown()).hasMessageThat().isEqualTo("no exception for NOT_FOUND");
  }

  @Test
  void anAdapterWhoseHeadersThrowIsLoggedAndTheStatusAnswers() {
    ClientPolicy policy = ClientPolicy.builder(ErrorDecoder.builder(TestCatalogs.HTTP).build()).graphQl(true).build();

    Verdict error = policy.judge(new HeadersThrow(502, "<html>"));
    Verdict success = policy.judge(new HeadersThrow(200, "{\"errors\":[{\"message\":\"no\"}]}"));

    assertThat(error.error()).isInstanceOf(BadGatewayException.class);
    assertThat(success.passed()).isTrue();
    assertThat(records).hasSize(2);
    assertThat(records.get(0).getMessage()).contains("Decoding a response of status 502");
    assertThat(records.get(1).getMessage()).contains("Reading GraphQL errors");
    assertThat(records.get(1).getThrown()).hasMessageThat().isEqualTo("headers gone");
  }

  @Test
  void aCatalogThatFailsToListItsPointersIsLoggedAndCodesAreDetected() {
    Catalog noPointers = new WithPointers(TestCatalogs.PLATFORM, List.of(), List.of()) {
      @Override
      public List<String> codePointers() {
        throw new IllegalStateException("no pointers today");
      }
    };

    CatalogException e = ErrorDecoder.builder(noPointers).build()
        .decode(409, Map.of(), "{\"code\":\"RelationConflict\"}".getBytes(UTF_8));

    assertThat(e).isInstanceOf(RelationConflictException.class);
    assertThat(records).hasSize(1);
    assertThat(records.get(0).getMessage()).contains("A catalog failed to list its pointers");
  }

  @Test
  void aCatalogThatFailsToListItsDefinitionsIsLoggedAndDecodesWithoutMembers() {
    Catalog noDefinitions = new WithPointers(TestCatalogs.MEMBERS, List.of("/error/code"), List.of()) {
      @Override
      public List<ErrorDefinition> definitions() {
        throw new IllegalStateException("no definitions today");
      }
    };

    CatalogException e = ErrorDecoder.builder(noDefinitions).build()
        .decode(429, Map.of(), "{\"error\":{\"code\":\"quota_exceeded\"},\"remaining\":3}".getBytes(UTF_8));

    assertThat(e).isInstanceOf(QuotaExceededException.class);
    assertThat(e.details().members()).isEmpty();
    assertThat(records).hasSize(1);
    assertThat(records.get(0).getMessage()).contains("failed to list its definitions' members");
  }

  /** A response adapter whose header walk fails, though it finds the Content-Type. */
  private static final class HeadersThrow implements ResponseView {
    private final int status;
    private final byte[] body;

    HeadersThrow(int status, String body) {
      this.status = status;
      this.body = body.getBytes(UTF_8);
    }

    @Override
    public int status() {
      return status;
    }

    @Override
    public String header(String name) {
      return name.equalsIgnoreCase("Content-Type") ? "application/json" : null;
    }

    @Override
    public void forEachHeader(BiConsumer<String, String> action) {
      throw new IllegalStateException("headers gone");
    }

    @Override
    public InputStream body() {
      return new ByteArrayInputStream(body);
    }
  }

  /** The HTTP catalog, except that creating the exception of a wire code fails. */
  private static final class FailsOnCodes implements Catalog {
    private final Catalog http = TestCatalogs.HTTP;

    @Override
    public String name() {
      return "FailsOnCodes";
    }

    @Override
    public Optional<Catalog> parent() {
      return Optional.empty();
    }

    @Override
    public List<ErrorDefinition> definitions() {
      return http.definitions();
    }

    @Override
    public Optional<ErrorDefinition> definition(@Nullable String code) {
      return http.definition(code);
    }

    @Override
    public ErrorDefinition resolve(@Nullable String code, int status) {
      return http.resolve(code, status);
    }

    @Override
    public CatalogException create(@Nullable String code, int status, ErrorDetails details, boolean captureStackTrace) {
      if (code != null) {
        throw new IllegalStateException("no exception for " + code);
      }
      return http.create(null, status, details, captureStackTrace);
    }
  }

  @Test
  void hostileInputIsNeverLogged() {
    ErrorDecoder decoder = ErrorDecoder.builder(TestCatalogs.PLATFORM).build();
    SplittableRandom random = new SplittableRandom(11);
    List<byte[]> seeds = new ArrayList<>();
    for (String fixture : List.of("problem.json", "graphql-200.json", "google-error.json", "jsonapi.json",
        "field-errors.json", "typed.json", "proxy-502.html")) {
      seeds.add(read(fixture));
    }
    for (byte[] seed : seeds) {
      for (int n = 0; n <= seed.length; n += 7) {
        decoder.decode(409, null, Arrays.copyOf(seed, n));
      }
    }
    for (int i = 0; i < 5_000; i++) {
      byte[] body = seeds.get(random.nextInt(seeds.size())).clone();
      for (int f = 1 + random.nextInt(8); f > 0; f--) {
        body[random.nextInt(body.length)] = (byte) random.nextInt(256);
      }
      decoder.decode(400 + random.nextInt(200), Map.of("Retry-After", List.of("soon"), "Content-Type", List.of(";;")), body);
      Responses.graphQlErrors(decoder, 200, null, body);
    }

    assertThat(records).isEmpty();
  }
}
