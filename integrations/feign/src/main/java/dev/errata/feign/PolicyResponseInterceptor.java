package dev.errata.feign;

import dev.errata.runtime.ClientPolicy;
import dev.errata.runtime.Verdict;
import feign.FeignException;
import feign.InvocationContext;
import feign.Response;
import feign.ResponseInterceptor;
import feign.Util;
import feign.codec.DecodeException;
import java.lang.reflect.Type;
import org.jspecify.annotations.Nullable;

/**
 * The client policy where Feign turns a response into a result: an error response is thrown as
 * the catalog's typed exception, one that passes through is decoded as Feign decodes a 2xx (by
 * the client's {@link feign.codec.Decoder}), and a GraphQL 2xx carrying errors is thrown. Every
 * other response goes on through Feign's chain unchanged, to its decoder or error decoder.
 */
final class PolicyResponseInterceptor implements ResponseInterceptor {

  private final ClientPolicy policy;

  PolicyResponseInterceptor(ClientPolicy policy) {
    this.policy = policy;
  }

  @Override
  public @Nullable Object intercept(InvocationContext context, Chain chain) throws Exception {
    Response response = context.response();
    int status = response.status();
    if (!policy.looksInto(status)) {
      return chain.next(context);
    }
    boolean errorStatus = status >= 400 && status <= 599;
    Verdict verdict = response.body() instanceof ReplayedBody replayed
        ? replayed.verdict()
        : policy.judge(FeignViews.response(response)); // without the client, or the body rebuffered for logging
    if (!verdict.passed()) {
      Util.ensureClosed(response.body());
      throw verdict.error();
    }
    if (!errorStatus) {
      return chain.next(context);
    }
    return decodeAsSuccess(context, verdict.bodyRead() ? response.toBuilder().body(new ReplayedBody(verdict, response.body())).build() : response);
  }

  /** An error response that passes through, decoded as Feign decodes a 2xx. */
  private static @Nullable Object decodeAsSuccess(InvocationContext context, Response response) throws Exception {

    Type type = context.returnType();
    if (type == Response.class) {
      return response;
    }
    try {
      if (type == void.class || type == Void.class) {
        return null;
      }
      return context.decoder().decode(response, type);
    } catch (FeignException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new DecodeException(response.status(), e.getMessage(), response.request(), e);
    } finally {
      if (type != Response.class) {
        Util.ensureClosed(response.body());
      }
    }
  }

  @Override
  public String toString() {
    return "Errata " + policy;
  }
}
