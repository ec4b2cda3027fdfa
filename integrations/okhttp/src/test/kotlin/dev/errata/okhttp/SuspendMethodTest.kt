package dev.errata.okhttp

import com.google.common.truth.Truth.assertThat
import dev.errata.CatalogException
import dev.errata.okhttp.fixture.Shape
import dev.errata.okhttp.fixture.ShopServer
import dev.errata.okhttp.fixture.ShopErrorCatalog
import dev.errata.runtime.ErrorDecoder
import java.io.IOException
import java.net.InetAddress
import java.net.ServerSocket
import java.time.Duration
import java.util.concurrent.TimeUnit
import kotlinx.coroutines.TimeoutCancellationException
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeout
import mockwebserver3.MockResponse
import okhttp3.OkHttpClient
import okhttp3.ResponseBody
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.BeforeAll
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.Timeout
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.params.ParameterizedTest
import org.junit.jupiter.params.provider.MethodSource
import retrofit2.HttpException
import retrofit2.Response
import retrofit2.Retrofit
import retrofit2.SkipCallbackExecutor
import retrofit2.http.GET
import retrofit2.http.Path

/** Kotlin suspend service methods, on Retrofit's own coroutine support, fail with the typed exception. */
@Timeout(20)
internal class SuspendMethodTest {

  companion object {
    private val decoder = ErrorDecoder.builder(ShopErrorCatalog.INSTANCE).build()
    private lateinit var server: ShopServer
    private lateinit var plain: OkHttpClient

    @JvmStatic
    @BeforeAll
    fun startServer() {
      server = ShopServer()
      plain = OkHttpClient.Builder().callTimeout(Duration.ofSeconds(10)).build()
    }

    @JvmStatic
    @AfterAll
    fun stopServer() {
      server.close()
      plain.dispatcher.executorService.shutdown()
      plain.connectionPool.evictAll()
    }

    @JvmStatic
    fun shapes(): List<Shape> = Shape.all()
  }

  interface ShopService {
    @GET("shapes/{name}")
    suspend fun shape(@Path("name") name: String): ResponseBody

    @GET("shapes/{name}")
    suspend fun shapeResponse(@Path("name") name: String): Response<ResponseBody>

    @GET("ok")
    suspend fun ok(): ResponseBody

    @GET("ok")
    suspend fun okResponse(): Response<ResponseBody>

    @GET("script/{key}")
    suspend fun script(@Path("key") key: String): ResponseBody

    /** Carries the annotation Retrofit marks suspend methods with, so the factory cannot tell. */
    @SkipCallbackExecutor
    @GET("shapes/{name}")
    suspend fun shapeSkippingExecutor(@Path("name") name: String): ResponseBody
  }

  private fun service(client: OkHttpClient, baseUrl: String = server.url("/").toString()): ShopService =
    Retrofit.Builder()
      .baseUrl(baseUrl)
      .client(client)
      .addCallAdapterFactory(ErrataCallAdapterFactory.create(decoder))
      .build()
      .create(ShopService::class.java)

  private fun intercepted(): OkHttpClient =
    plain.newBuilder().addInterceptor(ErrataInterceptor.of(decoder)).build()

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  fun bodyMethodsThrowTheTypedException(shape: Shape) {
    verifyWithAndWithoutTheInterceptor(shape) { api -> api.shape(shape.name()) }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  fun responseMethodsThrowTheTypedExceptionToo(shape: Shape) {
    verifyWithAndWithoutTheInterceptor(shape) { api -> api.shapeResponse(shape.name()) }
  }

  /** Runs [call] on a client with the interceptor and on one without: both fail as [shape] says. */
  private fun verifyWithAndWithoutTheInterceptor(shape: Shape, call: suspend (ShopService) -> Any) {
    for (client in listOf(intercepted(), plain)) {
      val api = service(client)
      shape.verify(assertThrows<CatalogException> { runBlocking { call(api) } })
    }
  }

  @Test
  fun successesAreRetrofits() {
    val api = service(intercepted())

    val body = runBlocking { api.ok() }
    val response = runBlocking { api.okResponse() }

    assertThat(body.string()).isEqualTo(ShopServer.OK_BODY)
    assertThat(response.code()).isEqualTo(200)
    assertThat(response.body()!!.string()).isEqualTo(ShopServer.OK_BODY)
  }

  @Test
  fun aFailedExchangeIsItsIOException() {
    val port = ServerSocket(0, 1, InetAddress.getByName("127.0.0.1")).use { it.localPort }
    val api = service(intercepted(), "http://127.0.0.1:$port/")

    val e = assertThrows<IOException> { runBlocking { api.ok() } }

    assertThat(e).isNotInstanceOf(ErrataIOException::class.java)
  }

  @Test
  fun cancellingTheCoroutineCancelsTheCall() {
    server.script("slow", MockResponse.Builder().body("late").headersDelay(5, TimeUnit.SECONDS).build())
    val client = intercepted()
    val api = service(client)

    assertThrows<TimeoutCancellationException> { runBlocking { withTimeout(300) { api.script("slow") } } }

    // The cancelled call leaves the dispatcher at once instead of waiting for the slow response.
    val deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2)
    while (client.dispatcher.runningCallsCount() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10)
    }
    assertThat(client.dispatcher.runningCallsCount()).isEqualTo(0)
  }

  @Test
  fun aSuspendMethodMarkedSkipCallbackExecutorKeepsRetrofitsBehaviour() {
    val api = service(plain)

    val e = assertThrows<HttpException> { runBlocking { api.shapeSkippingExecutor("problem") } }

    assertThat(e.code()).isEqualTo(409)
  }
}
