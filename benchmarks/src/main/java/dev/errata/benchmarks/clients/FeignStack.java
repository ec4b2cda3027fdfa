package dev.errata.benchmarks.clients;

import dev.errata.feign.ErrataCapability;
import dev.errata.runtime.ErrorDecoder;
import feign.Client;
import feign.Feign;
import feign.RequestLine;
import feign.Response;
import java.util.List;
import java.util.Map;

/** OpenFeign on a client that answers at once: Feign's default error decoder, and Errata's capability. */
final class FeignStack implements Stack {

  /** The platform's API, as a Feign interface. */
  interface BotApi {
    @RequestLine("GET " + Answers.OK_PATH)
    String bot();

    @RequestLine("GET " + Answers.MISSING_PATH)
    String missing();
  }

  private static final Client ANSWERS = (request, options) -> {
    boolean missing = Answers.isMissing(request.url());
    byte[] body = missing ? Answers.MISSING : Answers.OK;
    return Response.builder()
        .status(missing ? 404 : 200)
        .reason(missing ? "Not Found" : "OK")
        .request(request)
        .headers(Map.of("Content-Type", List.of(missing ? Answers.PROBLEM_JSON : Answers.JSON),
            "Content-Length", List.of(Integer.toString(body.length))))
        .body(body)
        .build();
  };

  private final BotApi bare;
  private final BotApi errata;

  FeignStack(ErrorDecoder decoder) {
    bare = Feign.builder().client(ANSWERS).target(BotApi.class, "http://platform.example");
    errata = Feign.builder().client(ANSWERS).addCapability(ErrataCapability.of(decoder))
        .target(BotApi.class, "http://platform.example");
  }

  @Override
  public Object bareSuccess() {
    return bare.bot();
  }

  @Override
  public Object errataSuccess() {
    return errata.bot();
  }

  @Override
  public Object defaultError() {
    return Stack.thrown(bare::missing);
  }

  @Override
  public Object errataError() {
    return Stack.thrown(errata::missing);
  }
}
