package dev.errata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.errata.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** Shapes of catalogs that must compile cleanly under every lint check. */
class StrictCompileTest {

  private static Compilation compileStrictly(JavaFileObject... sources) {
    return javac()
        .withProcessors(new ErrataProcessor())
        .withOptions("-Xlint:all", "-Werror", "-Xdoclint:all,-missing")
        .compile(sources);
  }

  @Test
  void nestedCatalogEnum() {
    Compilation compilation = compileStrictly(source("test.Api", """
        package test;
        import dev.errata.*;
        public class Api {
          @ErrorCatalog public enum Errors {
            @ErrorCode(status = 400, description = "Bad.") BAD_REQUEST
          }
        }
        """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.ApiErrorsCatalog").contentsAsUtf8String().contains("Api.Errors constant");
    assertThat(compilation).generatedSourceFile("test.ApiErrorsHandler");
    assertThat(compilation).generatedSourceFile("test.BadRequestException");
    assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/errata/test.Api.Errors.json")).isPresent();
  }

  @Test
  void catalogInTheUnnamedPackage() {
    Compilation compilation = compileStrictly(source("Plain", """
        import dev.errata.*;
        @ErrorCatalog public enum Plain {
          @ErrorCode(status = 400, description = "Bad.") BAD_REQUEST
        }
        """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("PlainCatalog");
  }

  @Test
  void emptyCatalog() {
    Compilation compilation = compileStrictly(source("test.Nothing", """
        package test;
        import dev.errata.*;
        @ErrorCatalog public enum Nothing {}
        """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.NothingCatalog");
  }

  @Test
  void catalogWithTextThatNeedsEscapingInJavadocAndJava() {
    Compilation compilation = compileStrictly(source("test.Odd", """
        package test;
        import dev.errata.*;
        @ErrorCatalog(docsUrl = "https://example.com/errors?code={code}&v=1")
        public enum Odd {
          @ErrorCode(status = 400, code = "a/b:c\\"d", title = "<b>Bold</b> & \\"quoted\\"",
              description = "Ends a comment */ then @param x and {@code y} and \\\\u0041 and $L.",
              remedy = {"Line one\\nline two.", "Tab\\there, unicode \\u00e9\\u2603."})
          ODD_ONE
        }
        """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.OddOneException").contentsAsUtf8String().contains("*&#47;");
  }

  @Test
  void membersOfEverySupportedType() {
    Compilation compilation = compileStrictly(source("test.Typed", """
        package test;
        import dev.errata.*;
        import java.math.BigDecimal;
        import java.net.URI;
        import java.time.*;
        import java.util.List;
        @ErrorCatalog public enum Typed {
          @ErrorCode(status = 400, description = "Every type.", members = Typed.All.class) ALL,
          @ErrorCode(code = "more", refines = "ALL", description = "More.", members = Typed.More.class) MORE,
          @ErrorCode(code = "most", refines = "MORE", description = "Most.") MOST;

          /**
           * Every type a member may have.
           *
           * @param text a {@code String}, with <b>markup</b> &amp; an ampersand
           * @param count an {@code int} */
          public record All(
              String text, int count, Integer boxedCount, long big, Long boxedBig, boolean flag, Boolean boxedFlag,
              BigDecimal amount, Instant at, OffsetDateTime localAt, URI link, Kind kind,
              @Member(name = "texts", pointer = "/error/texts") List<String> textList,
              List<Integer> counts, List<Long> bigs, List<Boolean> flags, List<BigDecimal> amounts,
              List<Instant> ats, List<OffsetDateTime> localAts, List<URI> links, List<Kind> kinds) {}

          /** @param extra one more */
          public record More(String extra, int count) {}

          public enum Kind { ONE, TWO }
        }
        """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.MostException").contentsAsUtf8String()
        .contains("public MostException(@Nullable String message, Typed.All inherited1, Typed.More inherited2)");
    assertThat(compilation).generatedSourceFile("test.MoreException").contentsAsUtf8String()
        .contains("public Optional<String> extra()");
    assertThat(compilation).generatedSourceFile("test.MoreException").contentsAsUtf8String()
        .doesNotContain("OptionalInt count()");
    assertThat(compilation).generatedSourceFile("test.AllException").contentsAsUtf8String()
        .contains("Member <code>text</code> (string): a String, with markup &amp; an ampersand.");
  }

  @Test
  void constantsWithMixedCaseAndDigitsGetJavaNames() {
    Compilation compilation = compileStrictly(source("test.Mixed", """
        package test;
        import dev.errata.*;
        @ErrorCatalog public enum Mixed {
          @ErrorCode(status = 400, description = "Camel.") RelationConflict,
          @ErrorCode(status = 401, description = "Acronym.") URIError,
          @ErrorCode(status = 402, description = "Digits.") E402_PAYMENT,
          @ErrorCode(status = 403, description = "Leading underscore.") _404
        }
        """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.RelationConflictException");
    assertThat(compilation).generatedSourceFile("test.UriErrorException");
    assertThat(compilation).generatedSourceFile("test.E402PaymentException");
    assertThat(compilation).generatedSourceFile("test.Error404Exception");
  }

  @Test
  void constantsNamedLikeWhatTheCatalogClassAlreadyNamesAreReferredToByIndex() {
    Compilation compilation = compileStrictly(source("test.ERRORS", """
        package test;
        import dev.errata.*;
        @ErrorCatalog public enum ERRORS {
          @ErrorCode(status = 400, description = "Named like the catalog's instance.") INSTANCE,
          @ErrorCode(status = 401, description = "Named like the enum.") ERRORS,
          @ErrorCode(status = 402, description = "Named like a parameter.") code,
          @ErrorCode(status = 403, description = "Named plainly.", refines = "INSTANCE") FORBIDDEN
        }
        """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.ERRORSCatalog").contentsAsUtf8String()
        .contains("case \"FORBIDDEN\" -> FORBIDDEN;");
    assertThat(compilation).generatedSourceFile("test.ERRORSCatalog").contentsAsUtf8String()
        .contains("case \"INSTANCE\" -> 0;");
  }
}
