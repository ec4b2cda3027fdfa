package dev.errata.okhttp

import com.google.common.truth.Truth.assertThat
import com.google.common.truth.Truth.assertWithMessage
import java.io.File
import java.nio.file.Files
import java.nio.file.Path
import org.jetbrains.kotlin.cli.common.ExitCode
import org.jetbrains.kotlin.cli.common.messages.CompilerMessageSeverity
import org.jetbrains.kotlin.cli.common.messages.CompilerMessageSourceLocation
import org.jetbrains.kotlin.cli.common.messages.MessageCollector
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler
import org.jetbrains.kotlin.config.Services
import org.junit.jupiter.api.BeforeAll
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

/**
 * Errata's API as a Kotlin user sees it. JSpecify's `@NullMarked` and `@Nullable` make every value
 * `String` or `String?` to kotlinc, never the platform type `String!` that lets both
 * `val s: String? = e.code()` and `view.header("x").length` compile.
 *
 * Kotlin files are compiled here by the Kotlin compiler, in-process and against the test class
 * path, as a user's code would be, with kotlinc's default settings (no `-Xjspecify-annotations`):
 * a line ending in `// ERROR text` or `// WARNING text` must get that diagnostic, and every other
 * line none at all.
 */
internal class NullnessFromKotlinTest {

  companion object {
    /** Non-null values used as non-null, nullable ones checked, null passed where the API takes it. */
    private val SAFE = """
      package snippets

      import dev.errata.CatalogException
      import dev.errata.ErrorDetails
      import dev.errata.http.HttpErrorCatalog
      import dev.errata.http.HttpErrorHandler
      import dev.errata.http.NotFoundException
      import dev.errata.runtime.ErrorDecoder
      import dev.errata.runtime.RequestView
      import dev.errata.runtime.ResponseView
      import dev.errata.runtime.Verdict

      fun code(e: CatalogException): String = e.code()
      fun codeLength(e: CatalogException): Int = e.code().length
      fun title(e: CatalogException): String = e.definition().title()
      fun firstStep(e: CatalogException): String? = e.definition().remedy().firstOrNull()
      fun decode(decoder: ErrorDecoder, view: ResponseView): CatalogException = decoder.decode(view)

      fun header(view: ResponseView): String? = view.header("X-Request-Id")
      fun headerLength(view: ResponseView): Int = view.header("X-Request-Id")?.length ?: 0
      fun method(request: RequestView): String = request.method() ?: "unknown"
      fun failureCode(verdict: Verdict): String? = verdict.error()?.code()

      fun fromNothing(decoder: ErrorDecoder): CatalogException = decoder.decode(502, null, null)
      fun withoutCode(): CatalogException = HttpErrorCatalog.INSTANCE.create(null, 404, ErrorDetails.empty())
      fun notFound(message: String?): NotFoundException = NotFoundException(message)
      fun request(method: String?): RequestView = RequestView.of(method) { name -> if (name == "Idempotency-Key") "k-1" else null }

      val orNull: HttpErrorHandler<String?> = object : HttpErrorHandler<String?> {
        override fun onError(e: CatalogException): String? = null
      }
      fun handled(e: CatalogException): String? = HttpErrorCatalog.INSTANCE.dispatch(e, orNull)
    """.trimIndent()

    /** What may be null used as if it were not, and null where the API needs a value. */
    private val UNSAFE = """
      package snippets

      import dev.errata.CatalogException
      import dev.errata.runtime.Attempts
      import dev.errata.runtime.ErrorDecoder
      import dev.errata.runtime.RequestView
      import dev.errata.runtime.ResponseView
      import dev.errata.runtime.RetryAdvice
      import dev.errata.runtime.Verdict
      import java.io.InputStream

      fun unsafeHeaderLength(view: ResponseView): Int = view.header("X-Request-Id").length // ERROR nullable receiver
      fun unsafeFailureCode(verdict: Verdict): String = verdict.error().code() // ERROR nullable receiver
      fun unsafeMethod(request: RequestView): String = request.method() // ERROR mismatch
      fun unsafeBody(view: ResponseView): InputStream = view.body() // ERROR mismatch

      fun nullView(decoder: ErrorDecoder): CatalogException = decoder.decode(null) // ERROR Null cannot be a value of a non-null type
      fun nullFailure(attempts: Attempts): RetryAdvice = attempts.next(null) // ERROR Null cannot be a value of a non-null type
    """.trimIndent()

    /** A non-null value compared with null: kotlinc knows the answer. */
    private val REDUNDANT = """
      package snippets

      import dev.errata.CatalogException
      import dev.errata.runtime.ErrorDecoder
      import dev.errata.runtime.ResponseView

      fun codeIsNull(e: CatalogException): Boolean = e.code() == null // WARNING always 'false'
      fun titleIsNull(e: CatalogException): Boolean = e.definition().title() == null // WARNING always 'false'
      fun decodedIsNull(decoder: ErrorDecoder, view: ResponseView): Boolean = decoder.decode(view) == null // WARNING always 'false'
    """.trimIndent()

    private val EXPECTED = Regex("""// (ERROR|WARNING) (.+)$""")

    /** The Kotlin compiler's own jars: kotlinc would warn that their runtime versions differ from the stdlib's. */
    private val COMPILER_JARS = Regex("""kotlin-(compiler|daemon|reflect|script-runtime).*\.jar""")

    private val sources = mapOf("Safe.kt" to SAFE, "Redundant.kt" to REDUNDANT, "Unsafe.kt" to UNSAFE)
    private val diagnostics = mutableListOf<Diagnostic>()
    private lateinit var cleanExit: ExitCode
    private lateinit var unsafeExit: ExitCode

    /**
     * Two runs of kotlinc: it reports no warnings at all for a compilation that has errors, so the
     * files that must compile are compiled apart from the one that must not.
     */
    @JvmStatic
    @BeforeAll
    fun compile(@TempDir dir: Path) {
      cleanExit = compile(dir.resolve("clean"), "Safe.kt", "Redundant.kt")
      unsafeExit = compile(dir.resolve("unsafe"), "Unsafe.kt")
    }

    private fun compile(dir: Path, vararg names: String): ExitCode {
      Files.createDirectories(dir)
      val files = names.map { Files.writeString(dir.resolve(it), sources.getValue(it)).toString() }
      val classpath = System.getProperty("java.class.path").split(File.pathSeparator)
          .filter { File(it).exists() && !COMPILER_JARS.matches(File(it).name) }
          .joinToString(File.pathSeparator)
      val compiler = K2JVMCompiler()
      val arguments = compiler.createArguments()
      compiler.parseArguments(
          arrayOf(
              "-classpath", classpath, "-no-stdlib", "-no-reflect", "-jvm-target", "17",
              "-module-name", "snippets", "-d", dir.resolve("classes").toString(),
          ) + files,
          arguments)
      val collector = Collector()
      val exitCode = compiler.exec(collector, Services.EMPTY, arguments)
      diagnostics += collector.diagnostics
      return exitCode
    }
  }

  @Test
  fun nonNullValuesAreNonNullAndNullableOnesCanBeChecked() {
    assertThat(unexpected("Safe.kt")).isEmpty()
    assertThat(cleanExit).isEqualTo(ExitCode.OK)
  }

  @Test
  fun nullableValuesUsedAsNonNullDoNotCompile() {
    assertThat(unexpected("Unsafe.kt")).isEmpty()
    assertThat(missing("Unsafe.kt")).isEmpty()
    assertThat(unsafeExit).isEqualTo(ExitCode.COMPILATION_ERROR)
  }

  @Test
  fun comparingANonNullValueWithNullIsAlwaysFalse() {
    assertThat(unexpected("Redundant.kt")).isEmpty()
    assertThat(missing("Redundant.kt")).isEmpty()
  }

  @Test
  fun kotlincReportsNothingElse() {
    assertWithMessage("diagnostics without a place in the sources")
        .that(diagnostics.filter { it.file == null && (it.severity.isError || it.severity.isWarning) })
        .isEmpty()
  }

  /** Expected diagnostics of a file that kotlinc did not report: "line: SEVERITY text". */
  private fun missing(file: String): List<String> =
      expected(file).filter { (line, severity, text) ->
        diagnostics.none { it.file == file && it.line == line && it.isOf(severity) && it.message.contains(text) }
      }.map { (line, severity, text) -> "$line: $severity $text" }

  /** Errors and warnings on lines of a file that expect none. */
  private fun unexpected(file: String): List<Diagnostic> {
    val marked = expected(file).map { it.first }.toSet()
    return diagnostics.filter {
      it.file == file && (it.severity.isError || it.severity.isWarning) && it.line !in marked
    }
  }

  /** The diagnostics a file's lines expect, as (line, severity, text). */
  private fun expected(file: String): List<Triple<Int, String, String>> =
      sources.getValue(file).lines().mapIndexedNotNull { index, line ->
        EXPECTED.find(line)?.let { Triple(index + 1, it.groupValues[1], it.groupValues[2]) }
      }

  private data class Diagnostic(val severity: CompilerMessageSeverity, val message: String, val file: String?, val line: Int) {
    fun isOf(expected: String) = if (expected == "ERROR") severity.isError else severity.isWarning
  }

  private class Collector : MessageCollector {
    val diagnostics = mutableListOf<Diagnostic>()

    override fun clear() = diagnostics.clear()

    override fun hasErrors() = diagnostics.any { it.severity.isError }

    override fun report(severity: CompilerMessageSeverity, message: String, location: CompilerMessageSourceLocation?) {
      diagnostics += Diagnostic(severity, message, location?.path?.let { File(it).name }, location?.line ?: 0)
    }
  }
}
