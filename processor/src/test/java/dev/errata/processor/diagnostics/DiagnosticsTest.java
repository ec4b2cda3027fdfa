package dev.errata.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errata.processor.Compilations.compile;
import static dev.errata.processor.Compilations.filesWrittenBy;
import static dev.errata.processor.Compilations.source;

import com.google.common.truth.Truth;
import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One test per diagnostic: each mistake is a compile error on the offending line, with its
 * stable ID, and nothing is generated for a catalog with a mistake.
 */
class DiagnosticsTest {

  private static final String IMPORTS =
      "import dev.errata.*;";

  /** A root catalog others can extend: categories and one code per status used below. */
  private static final JavaFileObject BASE = source("test.base.Base", """
      package test.base;
      import dev.errata.*;
      @ErrorCatalog
      public enum Base {
        @ErrorCategory(from = 400, to = 499, description = "Client.") CLIENT_ERROR,
        @ErrorCategory(from = 500, to = 599, description = "Server.") SERVER_ERROR,
        @ErrorCode(status = 400, description = "Bad.") BAD_REQUEST,
        @ErrorCode(status = 404, description = "Missing.") NOT_FOUND,
        @ErrorCode(status = 409, description = "Conflict.") CONFLICT,
        @ErrorCode(status = 503, description = "Down.") SERVICE_UNAVAILABLE
      }
      """);

  /** Compiles a catalog that has exactly one mistake (next to {@link #BASE}) and checks its diagnostic. */
  private static void assertSingleError(JavaFileObject catalog, String id, String line, JavaFileObject... others) {
    JavaFileObject[] sources = new JavaFileObject[others.length + 2];
    sources[0] = catalog;
    sources[1] = BASE;
    System.arraycopy(others, 0, sources, 2, others.length);
    Compilation compilation = compile(sources);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[Errata/" + id + "]").inFile(catalog).onLineContaining(line);
  }

  private static JavaFileObject catalog(String... body) {
    String[] lines = new String[body.length + 5];
    lines[0] = "package test;";
    lines[1] = IMPORTS;
    lines[2] = "import test.base.Base;";
    lines[3] = "@ErrorCatalog(parent = Base.class)";
    lines[4] = "public enum Errors {";
    System.arraycopy(body, 0, lines, 5, body.length);
    String[] all = Arrays.copyOf(lines, lines.length + 1);
    all[lines.length] = "}";
    return source("test.Errors", all);
  }

  @Nested
  class OnTheCatalog {

    @Test
    void notAnEnum() {
      JavaFileObject file = source("test.Errors", """
          package test;
          import dev.errata.*;
          @ErrorCatalog
          public class Errors {}
          """);
      assertSingleError(file, "NotAnEnum", "@ErrorCatalog");
    }

    @Test
    void privateCatalog() {
      JavaFileObject file = source("test.Outer", """
          package test;
          import dev.errata.*;
          public class Outer {
            @ErrorCatalog private enum Errors {
              @ErrorCode(status = 400, description = "Bad.") BAD
            }
          }
          """);
      assertSingleError(file, "InaccessibleCatalog", "private enum Errors");
    }

    @Test
    void blankName() {
      JavaFileObject file = source("test.Errors", """
          package test;
          import dev.errata.*;
          @ErrorCatalog(name = "  ")
          public enum Errors { @ErrorCode(status = 400, description = "Bad.") BAD }
          """);
      assertSingleError(file, "BlankCatalogName", "name = \"  \"");
    }

    @Test
    void malformedCodePointer() {
      JavaFileObject file = source("test.Errors", """
          package test;
          import dev.errata.*;
          @ErrorCatalog(
              codePointer = "error/code",
              messagePointer = "/message")
          public enum Errors { @ErrorCode(status = 400, description = "Bad.") BAD }
          """);
      assertSingleError(file, "MalformedJsonPointer", "codePointer = \"error/code\"");
    }

    @Test
    void malformedMessagePointerEscape() {
      JavaFileObject file = source("test.Errors", """
          package test;
          import dev.errata.*;
          @ErrorCatalog(
              messagePointer = "/a~2b")
          public enum Errors { @ErrorCode(status = 400, description = "Bad.") BAD }
          """);
      assertSingleError(file, "MalformedJsonPointer", "messagePointer = \"/a~2b\"");
    }

    @Test
    void malformedDocsUrlTemplate() {
      JavaFileObject file = source("test.Errors", """
          package test;
          import dev.errata.*;
          @ErrorCatalog(
              docsUrl = "docs/errors#{code}")
          public enum Errors { @ErrorCode(status = 400, description = "Bad.") BAD }
          """);
      assertSingleError(file, "MalformedDocsUrl", "docsUrl = \"docs/errors#{code}\"");
    }

    @Test
    void docsUrlWithUnknownPlaceholder() {
      JavaFileObject file = source("test.Errors", """
          package test;
          import dev.errata.*;
          @ErrorCatalog(
              docsUrl = "https://example.com/{name}")
          public enum Errors { @ErrorCode(status = 400, description = "Bad.") BAD }
          """);
      Compilation compilation = compile(file);
      assertThat(compilation).hadErrorContaining("unknown placeholder {name}").inFile(file).onLineContaining("{name}");
    }

    @Test
    void parentThatIsNotACatalog() {
      JavaFileObject file = source("test.Errors", """
          package test;
          import dev.errata.*;
          @ErrorCatalog(
              parent = String.class)
          public enum Errors { @ErrorCode(status = 400, description = "Bad.") BAD }
          """);
      assertSingleError(file, "ParentNotCatalog", "parent = String.class");
    }

    @Test
    void parentCycle() {
      JavaFileObject a = source("test.A", """
          package test;
          import dev.errata.*;
          @ErrorCatalog(parent = B.class)
          public enum A { @ErrorCode(status = 400, description = "Bad.") BAD_A }
          """);
      JavaFileObject b = source("test.B", """
          package test;
          import dev.errata.*;
          @ErrorCatalog(parent = A.class)
          public enum B { @ErrorCode(status = 400, description = "Bad.") BAD_B }
          """);
      Compilation compilation = compile(a, b);
      assertThat(compilation).hadErrorCount(2);
      assertThat(compilation).hadErrorContaining("[Errata/ParentCycle]").inFile(a).onLineContaining("parent = B.class");
      assertThat(compilation).hadErrorContaining("A → B → A").inFile(a).onLineContaining("parent = B.class");
      assertThat(compilation).hadErrorContaining("[Errata/ParentCycle]").inFile(b).onLineContaining("parent = A.class");
    }

    @Test
    void parentWithErrors() throws IOException {
      JavaFileObject parent = source("test.Parent", """
          package test;
          import dev.errata.*;
          @ErrorCatalog
          public enum Parent { @ErrorCode(status = 200, description = "Fine.") OK }
          """);
      JavaFileObject child = source("test.Child", """
          package test;
          import dev.errata.*;
          @ErrorCatalog(parent = Parent.class)
          public enum Child { @ErrorCode(status = 400, description = "Bad.") BAD }
          """);
      Compilation compilation = compile(parent, child);
      assertThat(compilation).hadErrorCount(2);
      assertThat(compilation).hadErrorContaining("[Errata/StatusOutOfRange]").inFile(parent).onLineContaining("status = 200");
      assertThat(compilation).hadErrorContaining("[Errata/ParentHasErrors]").inFile(child).onLineContaining("parent = Parent.class");
      Truth.assertThat(filesWrittenBy(parent, child)).isEmpty();
    }
  }

  @Nested
  class OnAConstant {

    @Test
    void missingErrorCode() {
      assertSingleError(catalog("""
            @ErrorCode(status = 400, description = "Bad.") BAD,
            FORGOTTEN
          """), "MissingErrorCode", "FORGOTTEN");
    }

    @Test
    void codeAndCategory() {
      assertSingleError(catalog("""
            @ErrorCode(status = 400, description = "Bad.")
            @ErrorCategory(from = 400, to = 409, description = "Some.")
            BOTH
          """), "CodeAndCategory", "@ErrorCategory");
    }

    @Test
    void blankDescription() {
      assertSingleError(catalog("""
            @ErrorCode(status = 400, description = " ") BAD
          """), "BlankDescription", "BAD");
    }

    @Test
    void blankTitle() {
      assertSingleError(catalog("""
            @ErrorCode(status = 400, description = "Bad.",
                title = "\\t")
            BAD
          """), "BlankTitle", "title = ");
    }

    @Test
    void blankRemedyStep() {
      assertSingleError(catalog("""
            @ErrorCode(status = 400, description = "Bad.", remedy = {
                "Fix it.",
                "   "})
            BAD
          """), "BlankRemedy", "\"   \"");
    }

    @Test
    void statusOutOfRange() {
      assertSingleError(catalog("""
            @ErrorCode(status = 302, description = "Moved.") MOVED
          """), "StatusOutOfRange", "status = 302");
    }

    @Test
    void inheritedStatusWithoutRefines() {
      assertSingleError(catalog("""
            @ErrorCode(description = "Which status?") VAGUE
          """), "InheritedStatusWithoutRefines", "VAGUE");
    }

    @Test
    void inheritedStatusFromCategory() {
      assertSingleError(catalog("""
            @ErrorCode(description = "Some client error.",
                refines = "CLIENT_ERROR")
            SOME
          """), "InheritedStatusFromCategory", "refines = \"CLIENT_ERROR\"");
    }

    @Test
    void categoryRange() {
      assertSingleError(catalog("""
            @ErrorCategory(from = 450, to = 420, description = "Backwards.") BACKWARDS
          """), "CategoryRange", "BACKWARDS");
    }

    @Test
    void categoryOutsideErrorStatuses() {
      assertSingleError(catalog("""
            @ErrorCategory(from = 300, to = 399, description = "Redirects.") REDIRECTS
          """), "CategoryRange", "REDIRECTS");
    }

    @Test
    void categoriesOverlapping() {
      assertSingleError(catalog("""
            @ErrorCategory(from = 420, to = 440, description = "Some.") SOME,
            @ErrorCategory(from = 430, to = 450, description = "Others.") OTHERS
          """), "CategoryOverlap", "OTHERS");
    }

    @Test
    void categoryOverlappingAnAncestorCategory() {
      assertSingleError(catalog("""
            @ErrorCategory(from = 450, to = 550, description = "Straddles.") STRADDLES
          """), "CategoryOverlap", "STRADDLES");
    }

    @Test
    void wireCodeWithWhitespace() {
      assertSingleError(catalog("""
            @ErrorCode(status = 400, description = "Bad.",
                code = "bad request")
            BAD
          """), "InvalidWireCode", "code = \"bad request\"");
    }

    @Test
    void wireCodeWithControlCharacter() {
      assertSingleError(catalog("""
            @ErrorCode(status = 400, description = "Bad.",
                code = "bad\\u0007")
            BAD
          """), "InvalidWireCode", "code = \"bad");
    }

    @Test
    void duplicateWireCode() {
      assertSingleError(catalog("""
            @ErrorCode(status = 409, description = "One.", code = "Taken") ONE,
            @ErrorCode(status = 409, description = "Two.",
                code = "Taken")
            TWO
          """), "DuplicateWireCode", "      code = \"Taken\")");
    }

    @Test
    void wireCodeShadowingAnAncestorsCode() {
      assertSingleError(catalog("""
            @ErrorCode(status = 404, description = "Gone.",
                code = "CONFLICT")
            GONE
          """), "ShadowedWireCode", "code = \"CONFLICT\"");
    }

    @Test
    void wireCodeOverridingAnAncestorsCodeItRefines() {
      Compilation compilation = compile(catalog("""
            @ErrorCode(status = 409, description = "Our own conflict advice.", code = "CONFLICT") CONFLICT
          """), BASE);
      assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void twoConstantsGeneratingOneClass() {
      assertSingleError(catalog("""
            @ErrorCode(status = 409, description = "One.", code = "a") RELATION_CONFLICT,
            @ErrorCode(status = 409, description = "Two.", code = "b") RelationConflict
          """),
          "DuplicateClassName", "RelationConflict");
    }

    @Test
    void classNameClashingWithJavaLang() {
      assertSingleError(catalog("""
            @ErrorCode(status = 400, description = "A runtime failed.", code = "Runtime") RUNTIME
          """), "TypeClash", "RUNTIME");
    }

    @Test
    void classNameClashingWithATypeOfThePackage() {
      JavaFileObject existing = source("test.GoneException", """
          package test;
          public class GoneException {}
          """);
      assertSingleError(catalog("""
            @ErrorCode(status = 410, description = "Gone.") GONE
          """), "TypeClash", "GONE", existing);
    }

    @Test
    void catalogClassClashingWithATypeOfThePackage() {
      JavaFileObject existing = source("test.ErrorsCatalog", """
          package test;
          public class ErrorsCatalog {}
          """);
      assertSingleError(catalog("""
            @ErrorCode(status = 410, description = "Gone.") GONE
          """), "TypeClash", "@ErrorCatalog", existing);
    }

    @Test
    void reservedHandlerMethod() {
      assertSingleError(catalog("""
            @ErrorCode(status = 500, description = "Failed.") ERROR
          """), "ReservedName", "ERROR");
    }

    @Test
    void unknownRefinement() {
      assertSingleError(catalog("""
            @ErrorCode(status = 409, description = "Locked.",
                refines = "NO_SUCH_CODE")
            LOCKED
          """), "UnknownRefinement", "refines = \"NO_SUCH_CODE\"");
    }

    @Test
    void unknownRefinementSuggestsTheConstantOfAWireCode() {
      Compilation compilation = compile(catalog("""
            @ErrorCode(status = 409, description = "One.", code = "Taken") TAKEN,
            @ErrorCode(status = 409, description = "Two.", refines = "Taken") ALSO_TAKEN
          """), BASE);
      assertThat(compilation).hadErrorContaining("Did you mean TAKEN?").inFile(compilation.sourceFiles().get(0)).onLineContaining("ALSO_TAKEN");
    }

    @Test
    void refinementCycle() {
      assertSingleError(catalog("""
            @ErrorCode(description = "A.", refines = "B") A,
            @ErrorCode(description = "B.", refines = "C") B,
            @ErrorCode(description = "C.", refines = "A") C
          """), "RefinementCycle", "refines = \"B\"");
    }

    @Test
    void selfRefinement() {
      assertSingleError(catalog("""
            @ErrorCode(status = 400, description = "Me.", refines = "ME") ME
          """), "RefinementCycle", "ME");
    }

    @Test
    void serverCodeRefiningAClientCode() {
      assertSingleError(catalog("""
            @ErrorCode(status = 503, description = "Odd.", refines = "Base.BAD_REQUEST")
            ODD
          """), "StatusClassMismatch", "status = 503");
    }

    @Test
    void clientCodeRefiningAServerCode() {
      assertSingleError(catalog("""
            @ErrorCode(status = 429, description = "Odd.", refines = "SERVICE_UNAVAILABLE")
            ODD
          """), "StatusClassMismatch", "status = 429");
    }

    @Test
    void statusOutsideTheRefinedCategory() {
      assertSingleError(catalog("""
            @ErrorCode(status = 503, description = "Odd.", refines = "CLIENT_ERROR")
            ODD
          """), "StatusOutsideCategory", "status = 503");
    }

    @Test
    void ambiguousDefaultRefinement() {
      JavaFileObject parent = source("test.Parent", """
          package test;
          import dev.errata.*;
          @ErrorCatalog
          public enum Parent {
            @ErrorCode(status = 409, description = "One.") ONE,
            @ErrorCode(status = 409, description = "Two.") TWO
          }
          """);
      JavaFileObject child = source("test.Child", """
          package test;
          import dev.errata.*;
          @ErrorCatalog(parent = Parent.class)
          public enum Child {
            @ErrorCode(status = 409, description = "Which?") WHICH
          }
          """);
      Compilation compilation = compile(child, parent);
      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation).hadErrorContaining("[Errata/AmbiguousRefinement]").inFile(child).onLineContaining("WHICH");
      assertThat(compilation).hadErrorContaining("Parent.ONE and Parent.TWO").inFile(child).onLineContaining("WHICH");
    }

    @Test
    void strayErrorCodeOnAPlainEnum() {
      JavaFileObject file = source("test.Plain", """
          package test;
          import dev.errata.*;
          public enum Plain {
            @ErrorCode(status = 400, description = "Bad.") BAD
          }
          """);
      assertSingleError(file, "StrayAnnotation", "BAD");
    }

    @Test
    void strayErrorCategoryOnAField() {
      assertSingleError(catalog("""
            @ErrorCode(status = 400, description = "Bad.") BAD;
            @ErrorCategory(from = 400, to = 499, description = "No.") static final int LIMIT = 3;
          """),
          "StrayAnnotation", "LIMIT");
    }
  }

  @Nested
  class AsAWhole {

    @Test
    void everyMistakeOfACatalogIsReportedInOneCompile() {
      JavaFileObject file = catalog("""
            @ErrorCode(status = 302, description = "Moved.") MOVED,
            @ErrorCode(status = 400, description = " ") BLANK,
            @ErrorCode(status = 409, description = "Locked.", refines = "NOPE") LOCKED,
            FORGOTTEN
          """);
      Compilation compilation = compile(file, BASE);
      assertThat(compilation).hadErrorCount(4);
      assertThat(compilation).hadErrorContaining("[Errata/StatusOutOfRange]").inFile(file).onLineContaining("MOVED");
      assertThat(compilation).hadErrorContaining("[Errata/BlankDescription]").inFile(file).onLineContaining("BLANK");
      assertThat(compilation).hadErrorContaining("[Errata/UnknownRefinement]").inFile(file).onLineContaining("LOCKED");
      assertThat(compilation).hadErrorContaining("[Errata/MissingErrorCode]").inFile(file).onLineContaining("FORGOTTEN");
    }

    @Test
    void javacsOwnErrorsInAnnotationValuesAreNotRepeated() {
      JavaFileObject file = source("test.Errors", """
          package test;
          import dev.errata.*;
          @ErrorCatalog public enum Errors {
            @ErrorCode(status = Missing.STATUS, description = "x") ONE,
            @ErrorCode(status = 401, description = "z", retry = Retry.MAYBE) TWO
          }
          """);
      Compilation compilation = compile(file);
      assertThat(compilation).hadErrorCount(2);
      Truth.assertThat(compilation.errors().stream().map(e -> e.getMessage(null)).filter(m -> m.contains("[Errata/")).count())
          .isEqualTo(0);
    }

    @Test
    void nothingIsGeneratedForACatalogWithAMistakeWhileAValidOneIs() throws IOException {
      JavaFileObject broken = catalog("""
            @ErrorCode(status = 400, description = "Fine.") FINE,
            @ErrorCode(status = 400, description = "") BROKEN
          """);

      List<String> written = filesWrittenBy(broken, BASE);

      Truth.assertThat(written).contains("test/base/BaseCatalog.java");
      Truth.assertThat(written).contains("META-INF/errata/test.base.Base.json");
      Truth.assertThat(written.stream().filter(f -> f.startsWith("test/") && !f.startsWith("test/base/")).collect(Collectors.toList()))
          .isEmpty();
      Truth.assertThat(written).doesNotContain("META-INF/errata/test.Errors.json");
    }
  }
}
