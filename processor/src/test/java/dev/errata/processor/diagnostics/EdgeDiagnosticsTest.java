package dev.errata.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.errata.processor.Compilations.classpathWith;
import static dev.errata.processor.Compilations.compile;
import static dev.errata.processor.Compilations.filesWrittenBy;
import static dev.errata.processor.Compilations.source;
import static dev.errata.processor.Compilations.writeClassOutput;

import com.google.testing.compile.Compilation;
import dev.errata.processor.ErrataProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Catalogs at the edges: a child in its parent's package, a parent from a jar, invisible
 * characters, and the wording of diagnostics whose first versions misled. Each ends in a compile
 * error on the right line, with a stable ID, and nothing generated for the catalog.
 */
class EdgeDiagnosticsTest {

  private static final JavaFileObject BASE = source("test.Base", """
      package test;
      import dev.errata.*;
      @ErrorCatalog
      public enum Base {
        @ErrorCode(status = 404, description = "Missing.") NOT_FOUND,
        @ErrorCode(status = 409, description = "Conflict.") CONFLICT
      }
      """);

  private static Compilation compileWithProcessor(List<Path> classpath, JavaFileObject... sources) {
    return javac().withProcessors(new ErrataProcessor()).withClasspath(classpathWith(classpath.toArray(Path[]::new))).compile(sources);
  }

  @Nested
  class ChildInItsParentsPackage {

    @Test
    void overridingAConstantUnderTheSameNameIsReportedOnTheConstant() throws IOException {
      JavaFileObject child = source("test.Child", """
          package test;
          import dev.errata.*;
          @ErrorCatalog(parent = Base.class)
          public enum Child {
            @ErrorCode(status = 409, description = "Our own conflict advice.") CONFLICT
          }
          """);

      Compilation compilation = compile(child, BASE);

      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation).hadErrorContaining("[Errata/GeneratedTypeTaken] CONFLICT would generate test.ConflictException,"
          + " which catalog test.Base in the same package generates too").inFile(child).onLineContaining("CONFLICT");
      List<String> written = filesWrittenBy(child, BASE);
      assertThat(written).contains("test/ConflictException.java");
      assertThat(written).contains("test/BaseCatalog.java");
      assertThat(written).containsNoneOf("test/ChildCatalog.java", "test/ChildHandler.java", "META-INF/errata/test.Child.json");
    }

    @Test
    void aNewCodeWithTheNameOfAParentsExceptionIsReported(@TempDir Path temp) throws IOException {
      JavaFileObject child = source("test.Child", """
          package test;
          import dev.errata.*;
          @ErrorCatalog(parent = Base.class)
          public enum Child {
            @ErrorCode(status = 400, code = "nf", description = "Not the parent's.")
            NotFound
          }
          """);
      Compilation parent = compile(BASE);
      assertThat(parent).succeededWithoutWarnings();
      Path lib = writeClassOutput(parent, Files.createDirectory(temp.resolve("lib")));

      Compilation compilation = compileWithProcessor(List.of(lib), child);

      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation).hadErrorContaining("[Errata/GeneratedTypeTaken] NotFound would generate test.NotFoundException")
          .inFile(child).onLineContaining("@ErrorCode(status = 400");
      assertThat(filesWrittenBy(List.of(lib), child)).isEmpty();
    }

    @Test
    void theParentIsNotBlamedForItsChildsNames() throws IOException {
      JavaFileObject child = source("test.Child", """
          package test;
          import dev.errata.*;
          @ErrorCatalog(parent = Base.class)
          public enum Child {
            @ErrorCode(status = 409, description = "Our own conflict advice.") CONFLICT
          }
          """);

      Compilation compilation = compile(BASE, child);

      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation).hadErrorContaining("GeneratedTypeTaken").inFile(child).onLineContaining("CONFLICT");
      assertThat(filesWrittenBy(BASE, child)).contains("test/BaseCatalog.java");
    }

    @Test
    void aCatalogRecompiledNextToItsOwnEarlierOutputIsAccepted(@TempDir Path temp) throws IOException {
      Compilation first = compile(BASE);
      assertThat(first).succeededWithoutWarnings();
      Path earlier = writeClassOutput(first, Files.createDirectory(temp.resolve("earlier")));
      JavaFileObject changed = source("test.Base", """
          package test;
          import dev.errata.*;
          @ErrorCatalog
          public enum Base {
            @ErrorCode(status = 404, description = "Missing, said differently.") NOT_FOUND,
            @ErrorCode(status = 409, description = "Conflict.", refines = "NOT_FOUND") CONFLICT
          }
          """);

      Compilation again = compileWithProcessor(List.of(earlier), changed);

      assertThat(again).succeededWithoutWarnings();
      assertThat(again).generatedSourceFile("test.ConflictException").contentsAsUtf8String().contains("extends NotFoundException");
    }

    @Test
    void ofTwoUnrelatedCatalogsOfOnePackageTheSecondWrittenIsTold() throws IOException {
      JavaFileObject first = source("test.First", """
          package test;
          import dev.errata.*;
          @ErrorCatalog public enum First { @ErrorCode(status = 400, description = "Bad.") BAD }
          """);
      JavaFileObject second = source("test.Second", """
          package test;
          import dev.errata.*;
          @ErrorCatalog public enum Second {
            @ErrorCode(status = 400, description = "Bad too.") BAD
          }
          """);

      Compilation compilation = compile(first, second);

      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation).hadErrorContaining("[Errata/GeneratedTypeTaken] BAD would generate test.BadException, which"
          + " catalog test.First in the same package generates too").inFile(second).onLineContaining("Bad too.");
      List<String> written = filesWrittenBy(first, second);
      assertThat(written).containsAtLeast("test/BadException.java", "test/FirstCatalog.java");
      assertThat(written).containsNoneOf("test/SecondCatalog.java", "test/SecondHandler.java", "META-INF/errata/test.Second.json");
    }
  }

  @Nested
  class ParentFromAJarBuiltWithoutTheProcessor {

    @Test
    void itsMistakesAreReportedOnTheChildNamingTheirElement(@TempDir Path temp) throws IOException {
      JavaFileObject broken = source("lib.Lib", """
          package lib;
          import dev.errata.*;
          @ErrorCatalog(name = "Lib")
          public enum Lib {
            @ErrorCode(status = 200, description = "Fine.") OK,
            @ErrorCode(status = 409, description = "\u200B") CONFLICT
          }
          """);
      Compilation parent = javac().withOptions("-proc:none").compile(broken);
      assertThat(parent).succeeded();
      Path lib = writeClassOutput(parent, Files.createDirectory(temp.resolve("lib")));
      JavaFileObject child = source("app.App", """
          package app;
          import dev.errata.*;
          @ErrorCatalog(
              parent = lib.Lib.class)
          public enum App {
            @ErrorCode(status = 409, code = "Taken", description = "Taken.") TAKEN
          }
          """);

      Compilation compilation = compileWithProcessor(List.of(lib), child);

      assertThat(filesWrittenBy(List.of(lib), child)).isEmpty();
      assertThat(compilation).hadErrorCount(3);
      assertThat(compilation).hadErrorContaining("[Errata/StatusOutOfRange] Status 200 of OK")
          .inFile(child).onLineContaining("parent = lib.Lib.class");
      assertThat(compilation).hadErrorContaining("[on lib.Lib.OK of parent catalog lib.Lib]")
          .inFile(child).onLineContaining("parent = lib.Lib.class");
      assertThat(compilation).hadErrorContaining("[Errata/BlankDescription] The description of CONFLICT is blank")
          .inFile(child).onLineContaining("parent = lib.Lib.class");
      assertThat(compilation).hadErrorContaining("[Errata/ParentHasErrors] Parent catalog lib.Lib has errors (it was compiled"
          + " without the Errata processor").inFile(child).onLineContaining("parent = lib.Lib.class");
    }
  }

  @Nested
  class ParentNotFound {

    @Test
    void javacsOwnErrorForAMissingParentIsNotRepeated() throws IOException {
      JavaFileObject orphan = source("app.Orphan", """
          package app;
          import dev.errata.*;
          @ErrorCatalog(parent = missing.Missing.class)
          public enum Orphan {
            @ErrorCode(status = 409, description = "Taken.") TAKEN
          }
          """);

      Compilation compilation = compile(orphan);

      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation).hadErrorContaining("package missing does not exist").inFile(orphan).onLineContaining("parent = missing");
      assertThat(filesWrittenBy(orphan)).isEmpty();
    }

    @Test
    void aChildOfASourceCatalogWhoseParentIsMissingAddsNothingToJavacsError() throws IOException {
      JavaFileObject middle = source("app.Middle", """
          package app;
          import dev.errata.*;
          @ErrorCatalog(parent = missing.Missing.class)
          public enum Middle { @ErrorCode(status = 409, description = "Conflict.") CONFLICT }
          """);
      JavaFileObject child = source("app.Child", """
          package app;
          import dev.errata.*;
          @ErrorCatalog(parent = Middle.class)
          public enum Child { @ErrorCode(status = 409, code = "Taken", description = "Taken.") TAKEN }
          """);

      Compilation compilation = compile(child, middle);

      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation).hadErrorContaining("package missing does not exist").inFile(middle).onLineContaining("parent = missing");
      assertThat(filesWrittenBy(child, middle)).isEmpty();
    }

    @Test
    void aParentFromAJarWhoseOwnParentIsMissingIsReported(@TempDir Path temp) throws IOException {
      JavaFileObject missing = source("missing.Missing", """
          package missing;
          import dev.errata.*;
          @ErrorCatalog public enum Missing { @ErrorCode(status = 400, description = "Bad.") BAD }
          """);
      JavaFileObject libSource = source("lib.Lib", """
          package lib;
          import dev.errata.*;
          @ErrorCatalog(parent = missing.Missing.class)
          public enum Lib { @ErrorCode(status = 409, description = "Conflict.") CONFLICT }
          """);
      Compilation both = compile(missing, libSource);
      assertThat(both).succeededWithoutWarnings();
      Path lib = writeClassOutput(both, Files.createDirectory(temp.resolve("lib")));
      deleteTree(lib.resolve("missing"));
      JavaFileObject app = source("app.App", """
          package app;
          import dev.errata.*;
          @ErrorCatalog(parent = lib.Lib.class)
          public enum App {
            @ErrorCode(status = 409, code = "Taken", description = "Taken.") TAKEN
          }
          """);

      Compilation compilation = compileWithProcessor(List.of(lib), app);

      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation).hadErrorContaining("[Errata/ParentNotFound] The parent of catalog app.App cannot be resolved:"
          + " catalog lib.Lib from the classpath names parent missing.Missing").inFile(app).onLineContaining("parent = lib.Lib.class");
      assertThat(filesWrittenBy(List.of(lib), app)).isEmpty();
    }

    private static void deleteTree(Path directory) throws IOException {
      try (var files = Files.walk(directory)) {
        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
  }

  @Nested
  class InvisibleCharacters {

    @Test
    void aZeroWidthSpaceInAWireCodeIsRefused() throws IOException {
      JavaFileObject file = source("test.Errors", """
          package test;
          import dev.errata.*;
          @ErrorCatalog public enum Errors {
            @ErrorCode(status = 400, description = "Bad.",
                code = "Bad\u200BRequest")
            BAD
          }
          """);

      Compilation compilation = compile(file);

      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation).hadErrorContaining("[Errata/InvalidWireCode]").inFile(file).onLineContaining("code = ");
      assertThat(compilation).hadErrorContaining("an invisible format character (U+200B) at index 3");
      assertThat(filesWrittenBy(file)).isEmpty();
    }

    @Test
    void aByteOrderMarkInAWireCodeIsRefused() {
      JavaFileObject file = source("test.Errors", """
          package test;
          import dev.errata.*;
          @ErrorCatalog public enum Errors {
            @ErrorCode(status = 400, description = "Bad.", code = "\uFEFFBad") BAD
          }
          """);

      Compilation compilation = compile(file);

      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation).hadErrorContaining("(U+FEFF) at index 0").inFile(file).onLineContaining("BAD");
    }

    @Test
    void textsOfOnlyNoBreakOrZeroWidthSpacesAreBlank() throws IOException {
      JavaFileObject file = source("test.Errors", """
          package test;
          import dev.errata.*;
          @ErrorCatalog(name = "\u00A0\u200B")
          public enum Errors {
            @ErrorCode(status = 400, description = "\u00A0\u202F\u2007")
            ONE,
            @ErrorCode(status = 400, code = "two", description = "Two.",
                title = "\u200B\u2060")
            TWO,
            @ErrorCode(status = 400, code = "three", description = "Three.", remedy = {"Fix it.",
                "\uFEFF"})
            THREE
          }
          """);

      Compilation compilation = compile(file);

      assertThat(compilation).hadErrorCount(4);
      assertThat(compilation).hadErrorContaining("[Errata/BlankCatalogName]").inFile(file).onLineContaining("@ErrorCatalog(name");
      assertThat(compilation).hadErrorContaining("[Errata/BlankDescription]").inFile(file).onLineContaining("description = \"\u00A0");
      assertThat(compilation).hadErrorContaining("[Errata/BlankTitle]").inFile(file).onLineContaining("title = ");
      assertThat(compilation).hadErrorContaining("[Errata/BlankRemedy] Remedy step 2 of THREE").inFile(file).onLineContaining("\"\uFEFF\"");
      assertThat(filesWrittenBy(file)).isEmpty();
    }

    @Test
    void visibleTextKeepsItsInnerSpacesAndLosesInvisibleEnds() {
      JavaFileObject file = source("test.Errors", """
          package test;
          import dev.errata.*;
          @ErrorCatalog public enum Errors {
            @ErrorCode(status = 400, description = "\u200B\u00A0Bad\u00A0request.\u200B") BAD
          }
          """);

      Compilation compilation = compile(file);

      assertThat(compilation).succeededWithoutWarnings();
      assertThat(compilation).generatedSourceFile("test.ErrorsCatalog").contentsAsUtf8String().contains("\"Bad\u00A0request.\"");
      assertThat(compilation).generatedSourceFile("test.ErrorsCatalog").contentsAsUtf8String().doesNotContain("\u200B");
    }
  }

  @Nested
  class Wording {

    @Test
    void aPrivateEnclosingClassIsBlamedNotTheEnum() throws IOException {
      JavaFileObject file = source("test.Api", """
          package test;
          import dev.errata.*;
          public class Api {
            private static class Hidden {
              @ErrorCatalog enum Errors { @ErrorCode(status = 400, description = "Bad.") BAD }
            }
          }
          """);

      Compilation compilation = compile(file);

      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation).hadErrorContaining("[Errata/InaccessibleCatalog] Class test.Api.Hidden is private, so the classes"
          + " generated next to catalog enum test.Api.Hidden.Errors cannot refer to it. Make test.Api.Hidden package-private"
          + " or public.").inFile(file).onLineContaining("private static class Hidden");
      assertThat(filesWrittenBy(file)).isEmpty();
    }

    @Test
    void aClashOnTheHandlerSaysToRenameTheEnumNotAConstant() {
      JavaFileObject existing = source("test.ErrorsHandler", "package test; public class ErrorsHandler {}");
      JavaFileObject file = source("test.Errors", """
          package test;
          import dev.errata.*;
          @ErrorCatalog
          public enum Errors { @ErrorCode(status = 400, description = "Bad.") BAD }
          """);

      Compilation compilation = compile(file, existing);

      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation).hadErrorContaining("[Errata/TypeClash] test.Errors would generate ErrorsHandler, which clashes with"
          + " the existing type test.ErrorsHandler. Rename the enum or the existing type.").inFile(file).onLineContaining("@ErrorCatalog");
      assertThat(compilation.diagnostics().stream().noneMatch(d -> d.getMessage(null).contains("constant"))).isTrue();
    }

    @Test
    void aClashOnAnExceptionSaysHowToKeepTheWireCode() {
      JavaFileObject file = source("test.Errors", """
          package test;
          import dev.errata.*;
          @ErrorCatalog
          public enum Errors { @ErrorCode(status = 400, description = "A runtime failed.") RUNTIME }
          """);

      Compilation compilation = compile(file);

      assertThat(compilation).hadErrorContaining("Rename the constant; code = \"RUNTIME\" keeps its wire code.")
          .inFile(file).onLineContaining("RUNTIME");
    }
  }

  @Nested
  class RefinementTypos {

    private Compilation compileRefining(String reference) {
      return compile(source("test.Cards", """
          package test;
          import dev.errata.*;
          @ErrorCatalog public enum Cards {
            @ErrorCode(status = 402, description = "Declined.") CARD_DECLINED,
            @ErrorCode(status = 402, description = "Expired.") CARD_EXPIRED,
            @ErrorCode(description = "Stolen.",
                refines = "%s")
            CARD_STOLEN
          }
          """.formatted(reference)));
    }

    @Test
    void aMisspelledNameGetsTheNearestConstant() {
      Compilation compilation = compileRefining("CARD_DECLNED");

      assertThat(compilation).hadErrorContaining("[Errata/UnknownRefinement]").inFile(compilation.sourceFiles().get(0))
          .onLineContaining("refines = \"CARD_DECLNED\"");
      assertThat(compilation).hadErrorContaining("Did you mean CARD_DECLINED?");
    }

    @Test
    void caseDoesNotMatterAndSwappedLettersAreOneTypo() {
      assertThat(compileRefining("card_declined")).hadErrorContaining("Did you mean CARD_DECLINED?");
      assertThat(compileRefining("CARD_EXIPRED")).hadErrorContaining("Did you mean CARD_EXPIRED?");
    }

    @Test
    void aNameFarFromEveryConstantGetsNoGuess() {
      Compilation compilation = compileRefining("INSUFFICIENT_FUNDS");

      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation).hadErrorContaining("[Errata/UnknownRefinement]");
      assertThat(compilation.errors().stream().noneMatch(d -> d.getMessage(null).contains("Did you mean"))).isTrue();
    }
  }
}
