package dev.errata.processor.contract;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errata.processor.Compilations.compile;
import static dev.errata.processor.Compilations.filesWrittenBy;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errata.ErrorDetails;
import dev.errata.processor.fixtures.cards.CardDeclinedException;
import dev.errata.processor.fixtures.cards.CardsCatalog;
import dev.errata.processor.fixtures.cards.InvalidRequestException;
import dev.errata.processor.fixtures.cards.NotFoundException;
import dev.errata.processor.fixtures.web.BadRequestException;
import dev.errata.processor.fixtures.web.ConflictException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.nio.charset.StandardCharsets;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Several code and message pointers, and codes declared to stand for their status: what the
 * generated catalog says, and every mistake a compile error on the offending line.
 */
class PointerListAndStandInTest {

  private static final CardsCatalog CARDS = CardsCatalog.INSTANCE;

  private static final JavaFileObject WEB = JavaFileObjects.forSourceString("test.base.Base", """
      package test.base;
      import dev.errata.*;
      @ErrorCatalog
      public enum Base {
        @ErrorCategory(from = 400, to = 499, description = "Client.") CLIENT_ERROR,
        @ErrorCode(status = 400, description = "Bad.") BAD_REQUEST,
        @ErrorCode(status = 409, description = "Conflict.") CONFLICT
      }
      """);

  private static JavaFileObject catalog(String source) {
    return JavaFileObjects.forSourceString("test.Errors", "package test;\nimport dev.errata.*;\nimport test.base.Base;\n" + source);
  }

  private static void assertSingleError(JavaFileObject catalog, String id, String line) {
    Compilation compilation = compile(catalog, WEB);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[Errata/" + id + "]").inFile(catalog).onLineContaining(line);
  }

  @Nested
  class GeneratedCatalog {

    @Test
    void listsItsPointersInOrder() {
      assertThat(CARDS.codePointers()).containsExactly("/error/decline_code", "/error/code").inOrder();
      assertThat(CARDS.messagePointers()).containsExactly("/error/message", "/message").inOrder();
    }

    @Test
    void aCodeThatStandsForItsStatusTakesUnknownAndBareResponsesOfIt() {
      assertThat(CARDS.create("parameter_unknown", 400, ErrorDetails.empty())).isInstanceOf(InvalidRequestException.class);
      assertThat(CARDS.create(null, 400, ErrorDetails.empty()).getClass()).isEqualTo(InvalidRequestException.class);
      assertThat(new InvalidRequestException("x")).isInstanceOf(BadRequestException.class);
    }

    @Test
    void aCodeThatIsOneParticularErrorOfItsStatusStillDoesNot() {
      // card_declined refines Web.CONFLICT with a code of its own: a bare 409 is Web's.
      assertThat(CARDS.create(null, 409, ErrorDetails.empty()).getClass()).isEqualTo(ConflictException.class);
      assertThat(CARDS.create("card_declined", 409, ErrorDetails.empty())).isInstanceOf(CardDeclinedException.class);
      // NOT_FOUND overrides Web.NOT_FOUND (same wire code), so it stands for 404 without saying so.
      assertThat(CARDS.create(null, 404, ErrorDetails.empty()).getClass()).isEqualTo(NotFoundException.class);
    }

    @Test
    void theReferenceJsonSaysWhichCodesStandForTheirStatusAndListsThePointers() throws IOException {
      String json;
      try (InputStream in = getClass().getResourceAsStream("/META-INF/errata/dev.errata.processor.fixtures.cards.Cards.json")) {
        json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertThat(json).contains("\"codePointers\" : [ \"/error/decline_code\", \"/error/code\" ]");
      assertThat(json).doesNotContain("\"codePointer\"");
      assertThat(json.replaceAll("\\s+", " ")).containsMatch(
          "\"name\" : \"INVALID_REQUEST\"[^}]*\"standsForStatus\" : true");
      assertThat(json.replaceAll("\\s+", " ")).containsMatch(
          "\"name\" : \"PARAMETER_MISSING\"[^}]*\"standsForStatus\" : false");
      assertThat(json.replaceAll("\\s+", " ")).containsMatch(
          "\"name\" : \"NOT_FOUND\"[^}]*\"standsForStatus\" : true");
    }

    @Test
    void aChildCatalogsCodeOfThatStatusRefinesTheDeclaredStandIn() {
      JavaFileObject child = JavaFileObjects.forSourceString("test.Child", """
          package test;
          import dev.errata.*;
          import dev.errata.processor.fixtures.cards.Cards;
          @ErrorCatalog(parent = Cards.class)
          public enum Child {
            @ErrorCode(status = 400, code = "amount_too_small", description = "Too small.") AMOUNT_TOO_SMALL
          }
          """);
      Compilation compilation = compile(child);

      assertThat(compilation).succeededWithoutWarnings();
      assertThat(compilation).generatedSourceFile("test.AmountTooSmallException")
          .contentsAsUtf8String().contains("extends InvalidRequestException");
    }

    @Test
    void aSinglePointerStaysValidJavaAndAChildInheritsTheList() throws IOException {
      JavaFileObject single = JavaFileObjects.forSourceString("test.Single", """
          package test;
          import dev.errata.*;
          import dev.errata.processor.fixtures.cards.Cards;
          @ErrorCatalog(parent = Cards.class, messagePointer = "/detail")
          public enum Single {
            @ErrorCode(status = 402, description = "Pay.") PAY
          }
          """);
      Compilation compilation = compile(single);

      assertThat(compilation).succeededWithoutWarnings();
      String catalog = compilation.generatedSourceFile("test.SingleCatalog").orElseThrow().getCharContent(true).toString();
      assertThat(catalog).contains("List.of(\"/error/decline_code\", \"/error/code\")");
      assertThat(catalog).contains("List.of(\"/detail\")");
    }
  }

  @Nested
  class Diagnostics {

    @Test
    void malformedEntryOfAPointerList() {
      assertSingleError(catalog("""
          @ErrorCatalog(parent = Base.class, codePointer = {
              "/error/decline_code",
              "error/code"})
          public enum Errors { @ErrorCode(status = 400, description = "Bad.") BAD }
          """), "MalformedJsonPointer", "\"error/code\"})");
    }

    @Test
    void blankEntryOfAPointerList() {
      assertSingleError(catalog("""
          @ErrorCatalog(parent = Base.class, messagePointer = {
              "/error/message",
              " "})
          public enum Errors { @ErrorCode(status = 400, description = "Bad.") BAD }
          """), "BlankJsonPointer", "\" \"})");
    }

    @Test
    void emptySinglePointer() {
      assertSingleError(catalog("""
          @ErrorCatalog(parent = Base.class,
              codePointer = "")
          public enum Errors { @ErrorCode(status = 400, description = "Bad.") BAD }
          """), "BlankJsonPointer", "codePointer = \"\"");
    }

    @Test
    void duplicateEntryOfAPointerList() {
      assertSingleError(catalog("""
          @ErrorCatalog(parent = Base.class, codePointer = {
              "/error/code",
              "/error/decline_code",
              "/error/code"})
          public enum Errors { @ErrorCode(status = 400, description = "Bad.") BAD }
          """), "DuplicateJsonPointer", "\"/error/code\"})");
    }

    @Test
    void duplicateStandInNamesTheFirst() {
      JavaFileObject file = catalog("""
          @ErrorCatalog(parent = Base.class)
          public enum Errors {
            @ErrorCode(status = 400, code = "invalid_request", description = "Invalid.",
                standsForStatus = true) INVALID_REQUEST,
            @ErrorCode(status = 400, code = "bad_input", description = "Bad input.",
                standsForStatus = true) BAD_INPUT
          }
          """);
      assertSingleError(file, "DuplicateStatusStandIn", "true) BAD_INPUT");
      assertThat(compile(file, WEB)).hadErrorContaining("and so does INVALID_REQUEST");
    }

    @Test
    void standInNextToAnOverrideOfTheSameStatus() {
      JavaFileObject file = catalog("""
          @ErrorCatalog(parent = Base.class)
          public enum Errors {
            @ErrorCode(status = 409, code = "CONFLICT", description = "Our conflict advice.") CONFLICT,
            @ErrorCode(status = 409, code = "locked", description = "Locked.",
                standsForStatus = true)
            LOCKED
          }
          """);
      assertSingleError(file, "StandInClashesWithOverride", "standsForStatus = true)");
      assertThat(compile(file, WEB)).hadErrorContaining("but CONFLICT already does: it overrides Base.CONFLICT");
    }

    @Test
    void nothingIsGeneratedForACatalogWithAStandInClash() throws IOException {
      JavaFileObject file = catalog("""
          @ErrorCatalog(parent = Base.class)
          public enum Errors {
            @ErrorCode(status = 400, code = "a", description = "A.", standsForStatus = true) A,
            @ErrorCode(status = 400, code = "b", description = "B.", standsForStatus = true) B
          }
          """);
      List<String> written = filesWrittenBy(file, WEB);

      assertThat(written).contains("test/base/BaseCatalog.java");
      assertThat(written.stream().filter(f -> f.startsWith("test/") && !f.startsWith("test/base/")).toList()).isEmpty();
      assertThat(written).doesNotContain("META-INF/errata/test.Errors.json");
    }

    @Test
    void aStandInOfAStatusTheOverrideDoesNotCoverIsFine() {
      Compilation compilation = compile(catalog("""
          @ErrorCatalog(parent = Base.class, codePointer = {"/error/decline_code", "/error/code"})
          public enum Errors {
            @ErrorCode(status = 409, code = "CONFLICT", description = "Our conflict advice.") CONFLICT,
            @ErrorCode(status = 400, code = "invalid_request", description = "Invalid.", standsForStatus = true)
            INVALID_REQUEST
          }
          """), WEB);
      assertThat(compilation).succeededWithoutWarnings();
    }
  }
}
