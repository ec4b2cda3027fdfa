package dev.errata.conformance;

import java.util.function.Supplier;

/**
 * The columns of the conformance table: every stack Errata supports, each through its adapter.
 * Adding a stack is writing its {@link Stack} and adding its constant here.
 */
enum Stacks {
  JDK_SEND("JDK send", "JDK HttpClient send",
      "`ErrataHttpClient.of(HttpClient.newHttpClient(), policy).send(…)`", JdkSendStack::new),
  JDK_SEND_ASYNC("JDK sendAsync", "JDK HttpClient sendAsync",
      "`ErrataHttpClient.of(HttpClient.newHttpClient(), policy).sendAsync(…)`", JdkSendAsyncStack::new),
  REST_CLIENT("RestClient", "RestClient",
      "`RestClient.builder().apply(ErrataResponseErrorHandler.of(policy))`, its default (JDK) request factory",
      RestClientStack::new),
  REST_TEMPLATE("RestTemplate", "RestTemplate",
      "`ErrataResponseErrorHandler.of(policy).configure(new RestTemplate())`, its default (`HttpURLConnection`) request factory",
      RestTemplateStack::new),
  WEB_CLIENT("WebClient", "WebClient",
      "`WebClient.builder().clientConnector(new JdkClientHttpConnector()).apply(ErrataWebClientStatusHandler.of(policy))`,"
          + " subscribed to",
      WebClientStack::new),
  HTTP_EXCHANGE("@HttpExchange", "@HttpExchange over RestClient",
      "an `@HttpExchange` interface over the RestClient above (`RestClientAdapter`)", HttpExchangeStack::new),
  FEIGN("Feign", "Feign",
      "`Feign.builder().client(new Http2Client()).addCapability(ErrataCapability.of(policy))`", FeignStack::new),
  ASYNC_FEIGN("AsyncFeign", "AsyncFeign",
      "`AsyncFeign.builder().client(new DefaultAsyncClient<>(new DefaultClient(null, null), executor))"
          + ".addCapability(ErrataCapability.of(policy))`",
      AsyncFeignStack::new),
  OKHTTP_EXECUTE("OkHttp execute", "OkHttp execute",
      "`ErrataOkHttp.execute(call)` on a client with `ErrataInterceptor.of(policy)`, or on `ErrataOkHttp.calls(client, policy)`"
          + " when the policy retries",
      OkHttpExecuteStack::new),
  OKHTTP_ENQUEUE("OkHttp enqueue", "OkHttp enqueue",
      "`call.enqueue(new ErrataCallback(policy) {…})` on the same clients", OkHttpEnqueueStack::new),
  RETROFIT("Retrofit", "Retrofit",
      "a method returning the body, on `callFactory(ErrataOkHttp.calls(client, policy))`"
          + " and `addCallAdapterFactory(ErrataCallAdapterFactory.create(policy))`",
      RetrofitStack::new),
  RETROFIT_FUTURE("Retrofit future", "Retrofit CompletableFuture",
      "a method returning `CompletableFuture` of the body, on the same Retrofit", RetrofitFutureStack::new);

  private final String label;
  private final String title;
  private final String setup;
  private final Supplier<Stack> adapter;

  Stacks(String label, String title, String setup, Supplier<Stack> adapter) {
    this.label = label;
    this.title = title;
    this.setup = setup;
    this.adapter = adapter;
  }

  /** The column's short heading in docs/conformance.md. */
  String label() {
    return label;
  }

  /** The stack's name in test names: "<scenario> on <title>". */
  String title() {
    return title;
  }

  /** How the adapter sets its client up and calls it, in Markdown, for docs/conformance.md. */
  String setup() {
    return setup;
  }

  /** A new adapter: its clients are its own. */
  Stack newAdapter() {
    return adapter.get();
  }

  /** The stack's part of a path on the loopback server. */
  String slug() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
