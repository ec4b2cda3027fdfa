package dev.errata.processor.rounds;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.errata.processor.Compilations.classpathWith;
import static dev.errata.processor.Compilations.source;
import static dev.errata.processor.Compilations.writeClassOutput;

import com.google.testing.compile.Compilation;
import dev.errata.Catalog;
import dev.errata.CatalogException;
import dev.errata.ErrorDetails;
import dev.errata.MemberDefinition;
import dev.errata.processor.ErrataProcessor;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A child catalog compiled against a parent catalog from an earlier, separate compilation (a jar). */
class SeparateCompilationTest {

  private static final JavaFileObject PARENT = source("lib.Lib", """
      package lib;
      import dev.errata.*;
      @ErrorCatalog(name = "Lib", docsUrl = "https://lib.example.com/{code}", codePointer = "/error/code")
      public enum Lib {
        @ErrorCategory(from = 400, to = 499, description = "Client.") CLIENT_ERROR,
        @ErrorCode(status = 401, description = "Who?") UNAUTHORIZED,
        @ErrorCode(status = 409, description = "Conflict.", retry = Retry.YES) CONFLICT
      }
      """);

  private static final JavaFileObject CHILD = source("app.App", """
      package app;
      import dev.errata.*;
      import lib.Lib;
      @ErrorCatalog(name = "App", parent = Lib.class)
      public enum App {
        @ErrorCode(status = 409, code = "Taken", description = "The name is taken.") TAKEN,
        @ErrorCode(status = 401, description = "The app key is wrong.") UNAUTHORIZED,
        @ErrorCode(status = 418, code = "Teapot", description = "No coffee.") TEAPOT
      }
      """);

  @Test
  void childCompiledAgainstAParentFromAnEarlierCompilation(@TempDir Path temp) throws Exception {
    Compilation parent = javac().withProcessors(new ErrataProcessor()).compile(PARENT);
    assertThat(parent).succeededWithoutWarnings();
    Path lib = writeClassOutput(parent, Files.createDirectory(temp.resolve("lib")));

    Compilation child = javac()
        .withProcessors(new ErrataProcessor())
        .withClasspath(classpathWith(lib))
        .withOptions("-Xlint:all", "-Werror")
        .compile(CHILD);
    assertThat(child).succeededWithoutWarnings();
    assertThat(child).generatedSourceFile("app.TakenException").contentsAsUtf8String().contains("extends ConflictException");
    Path app = writeClassOutput(child, Files.createDirectory(temp.resolve("app")));

    try (URLClassLoader loader = new URLClassLoader(new URL[] {lib.toUri().toURL(), app.toUri().toURL()}, getClass().getClassLoader())) {
      Catalog catalog = (Catalog) loader.loadClass("app.AppCatalog").getField("INSTANCE").get(null);
      CatalogException taken = catalog.create("Taken", 409, ErrorDetails.empty());
      CatalogException conflict = catalog.create("Nope", 409, ErrorDetails.empty());
      CatalogException teapot = catalog.create(null, 418, ErrorDetails.empty());

      assertThat(taken.getClass().getName()).isEqualTo("app.TakenException");
      assertThat(taken.getClass().getSuperclass().getName()).isEqualTo("lib.ConflictException");
      assertThat(taken.isRetryable()).isTrue();
      assertThat(taken.definition().parent().orElseThrow().catalog()).isEqualTo("Lib");
      assertThat(conflict.getClass().getName()).isEqualTo("lib.ConflictException");
      assertThat(teapot.getClass().getName()).isEqualTo("app.TeapotException");
      assertThat(teapot.getClass().getSuperclass().getName()).isEqualTo("lib.ClientErrorException");
      assertThat(catalog.create(null, 401, ErrorDetails.empty()).getClass().getName()).isEqualTo("app.UnauthorizedException");
      assertThat(catalog.create("UNAUTHORIZED", 401, ErrorDetails.empty()).getClass().getSuperclass().getName())
          .isEqualTo("lib.UnauthorizedException");
      assertThat(catalog.codePointers()).containsExactly("/error/code");
      assertThat(catalog.definition("Taken").orElseThrow().docsUrl()).isEqualTo("https://lib.example.com/Taken");
    }
  }

  @Test
  void parentCompiledWithoutTheProcessorIsReported(@TempDir Path temp) throws Exception {
    Compilation parent = javac().withOptions("-proc:none").compile(PARENT);
    assertThat(parent).succeeded();
    Path lib = writeClassOutput(parent, Files.createDirectory(temp.resolve("lib")));

    Compilation child = javac().withProcessors(new ErrataProcessor()).withClasspath(classpathWith(lib)).compile(CHILD);

    assertThat(child).hadErrorCount(1);
    assertThat(child).hadErrorContaining("[Errata/ParentNotGenerated]").inFile(CHILD).onLineContaining("parent = Lib.class");
    assertThat(child).hadErrorContaining("has no generated lib.LibCatalog");
  }

  @Test
  void membersOfAParentFromAnEarlierCompilationAreInheritedWithTheirNamesAndPointers(@TempDir Path temp) throws Exception {
    JavaFileObject parentSource = source("lib.Cards", """
        package lib;
        import dev.errata.*;
        @ErrorCatalog(name = "Cards")
        public enum Cards {
          @ErrorCode(status = 402, code = "card_declined", description = "Declined.", members = Cards.Decline.class)
          CARD_DECLINED;

          /** @param declineCode why */
          public record Decline(@Member(name = "decline_code", pointer = "/error/decline_code") String declineCode) {}
        }
        """);
    JavaFileObject childSource = source("app.Shop", """
        package app;
        import dev.errata.*;
        import lib.Cards;
        @ErrorCatalog(name = "Shop", parent = Cards.class)
        public enum Shop {
          @ErrorCode(code = "expired_card", refines = "Cards.CARD_DECLINED", description = "Expired.",
              members = Shop.Expiry.class)
          EXPIRED_CARD;

          public record Expiry(int month) {}
        }
        """);
    Compilation parent = javac().withProcessors(new ErrataProcessor()).compile(parentSource);
    assertThat(parent).succeededWithoutWarnings();
    Path lib = writeClassOutput(parent, Files.createDirectory(temp.resolve("lib")));

    Compilation child = javac().withProcessors(new ErrataProcessor()).withClasspath(classpathWith(lib))
        .withOptions("-Xlint:all", "-Werror").compile(childSource);
    assertThat(child).succeededWithoutWarnings();
    assertThat(child).generatedSourceFile("app.ExpiredCardException").contentsAsUtf8String()
        .contains("public ExpiredCardException(@Nullable String message, Cards.Decline inherited, Shop.Expiry own)");
    Path app = writeClassOutput(child, Files.createDirectory(temp.resolve("app")));

    try (URLClassLoader loader = new URLClassLoader(new URL[] {lib.toUri().toURL(), app.toUri().toURL()}, getClass().getClassLoader())) {
      Catalog catalog = (Catalog) loader.loadClass("app.ShopCatalog").getField("INSTANCE").get(null);
      // Read from a class file, the parent's record keeps its @Member but no Javadoc.
      assertThat(catalog.definition("expired_card").orElseThrow().members()).containsExactly(
          new MemberDefinition("decline_code", "/error/decline_code", "string", ""),
          new MemberDefinition("month", "/month", "integer", "")).inOrder();
      CatalogException expired = catalog.create("expired_card", 402, ErrorDetails.builder().member("decline_code", "x").build());
      assertThat(expired.getClass().getMethod("declineCode").invoke(expired)).isEqualTo(java.util.Optional.of("x"));
    }
  }
}
