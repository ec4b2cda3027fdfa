package dev.errata.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errata.processor.Compilations.compile;
import static dev.errata.processor.Compilations.filesWrittenBy;
import static dev.errata.processor.Compilations.source;

import com.google.common.truth.Truth;
import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per diagnostic about members: each mistake is a compile error on the record
 * component, its {@code @Member} value, or the code's {@code members} attribute, with its stable
 * ID; nothing is generated for a catalog with a mistake.
 */
class MemberDiagnosticsTest {

  /** A catalog whose codes name the records declared in {@code body}, nested in the enum. */
  private static JavaFileObject catalog(String codes, String records) {
    return source("test.Pay", """
        package test;
        import dev.errata.*;
        import java.util.*;
        @ErrorCatalog
        public enum Pay {
        """ + codes + ";\n" + records + "\n}\n");
  }

  private static void assertSingleError(JavaFileObject file, String id, String line) {
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[Errata/" + id + "]").inFile(file).onLineContaining(line);
  }

  @Test
  void unsupportedType() throws IOException {
    JavaFileObject file = catalog("""
          @ErrorCode(status = 402, description = "Declined.", members = Decline.class) DECLINED
        """, """
          public record Decline(String reason,
              Map<String, String> metadata) {}
        """);
    assertSingleError(file, "UnsupportedMemberType", "Map<String, String> metadata");
    Truth.assertThat(filesWrittenBy(file)).isEmpty();
  }

  @Test
  void unsupportedListElementAndNestedList() {
    JavaFileObject file = catalog("""
          @ErrorCode(status = 402, description = "Declined.", members = Decline.class) DECLINED
        """, """
          public record Decline(
              List<Object> anything,
              List<List<String>> nested,
              double ratio) {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining("[Errata/UnsupportedMemberType]").inFile(file).onLineContaining("List<Object> anything");
    assertThat(compilation).hadErrorContaining("[Errata/UnsupportedMemberType]").inFile(file).onLineContaining("nested,");
    assertThat(compilation).hadErrorContaining("Use String, int, long").inFile(file).onLineContaining("double ratio");
  }

  @Test
  void blankName() {
    assertSingleError(catalog("""
          @ErrorCode(status = 402, description = "Declined.", members = Decline.class) DECLINED
        """, """
          public record Decline(
              @Member(name = " ") String reason) {}
        """), "InvalidMemberName", "name = \" \"");
  }

  @Test
  void nameWithAnInvisibleCharacter() {
    assertSingleError(catalog("""
          @ErrorCode(status = 402, description = "Declined.", members = Decline.class) DECLINED
        """, """
          public record Decline(
              @Member(name = "decline\\u200Bcode") String reason) {}
        """), "InvalidMemberName", "@Member(name = ");
  }

  @Test
  void reservedNameOfAComponent() {
    assertSingleError(catalog("""
          @ErrorCode(status = 402, description = "Declined.", members = Decline.class) DECLINED
        """, """
          public record Decline(String reason,
              String instance) {}
        """), "ReservedMemberName", "String instance");
  }

  @Test
  void reservedNameWrittenInMember() {
    JavaFileObject file = catalog("""
          @ErrorCode(status = 402, description = "Declined.", members = Decline.class) DECLINED
        """, """
          public record Decline(
              @Member(name = "errors") List<String> problems) {}
        """);
    assertSingleError(file, "ReservedMemberName", "name = \"errors\"");
    assertThat(compile(file)).hadErrorContaining("type, title, status, detail, instance, code, remedy, retryable, errors");
  }

  @Test
  void duplicateName() {
    assertSingleError(catalog("""
          @ErrorCode(status = 402, description = "Declined.", members = Decline.class) DECLINED
        """, """
          public record Decline(String declineCode,
              @Member(name = "declineCode") String reason) {}
        """), "DuplicateMemberName", "@Member(name = \"declineCode\")");
  }

  /**
   * javac places no diagnostic on a record component or its annotations' values (17 reports it
   * with no file at all), so a mistake in {@code @Member} is on the line of the component itself.
   */
  @Test
  void malformedPointer() {
    assertSingleError(catalog("""
          @ErrorCode(status = 402, description = "Declined.", members = Decline.class) DECLINED
        """, """
          public record Decline(
              @Member(name = "decline_code",
                  pointer = "error/decline_code")
              String declineCode) {}
        """), "MalformedMemberPointer", "String declineCode");
  }

  @Test
  void malformedPointerEscape() {
    assertSingleError(catalog("""
          @ErrorCode(status = 402, description = "Declined.", members = Decline.class) DECLINED
        """, """
          public record Decline(
              @Member(name = "a", pointer = "/a~2") String a) {}
        """), "MalformedMemberPointer", "pointer = \"/a~2\"");
  }

  @Test
  void accessorNamedLikeAMethodOfEveryException() {
    JavaFileObject file = catalog("""
          @ErrorCode(status = 402, description = "Declined.", members = Decline.class) DECLINED
        """, """
          public record Decline(
              @Member(name = "why") String detail) {}
        """);
    assertSingleError(file, "MemberAccessorClash", "String detail");
    assertThat(compile(file)).hadErrorContaining("every CatalogException already has");
  }

  @Test
  void accessorOfAnInheritedMemberUnderAnotherName() {
    assertSingleError(catalog("""
          @ErrorCode(status = 402, description = "Declined.", members = Decline.class) DECLINED,
          @ErrorCode(code = "expired", refines = "DECLINED", description = "Expired.", members = Expiry.class) EXPIRED
        """, """
          public record Decline(@Member(name = "decline_code") String reason) {}
          public record Expiry(
              @Member(name = "expiry_reason") String reason) {}
        """), "MemberAccessorClash", "@Member(name = \"expiry_reason\")");
  }

  @Test
  void redeclaredWithAnotherType() {
    JavaFileObject file = catalog("""
          @ErrorCode(status = 429, description = "Slow down.", members = Quota.class) LIMITED,
          @ErrorCode(code = "hourly", refines = "LIMITED", description = "Hourly.", members = Hourly.class) HOURLY
        """, """
          public record Quota(int remaining) {}
          public record Hourly(
              long remaining, String window) {}
        """);
    assertSingleError(file, "RedeclaredMemberType", "long remaining");
    assertThat(compile(file)).hadErrorContaining("has type long, but Pay.LIMITED");
  }

  @Test
  void redeclaredWithTheSameTypeIsFine() {
    assertThat(compile(catalog("""
          @ErrorCode(status = 429, description = "Slow down.", members = Quota.class) LIMITED,
          @ErrorCode(code = "hourly", refines = "LIMITED", description = "Hourly.", members = Hourly.class) HOURLY
        """, """
          public record Quota(int remaining) {}
          public record Hourly(Integer remaining, String window) {}
        """))).succeededWithoutWarnings();
  }

  @Test
  void privateRecord() {
    assertSingleError(catalog("""
          @ErrorCode(status = 402, description = "Declined.",
              members = Decline.class) DECLINED
        """, """
          private record Decline(String reason) {}
        """), "InaccessibleMembers", "members = Decline.class");
  }

  @Test
  void privateEnumOfAMember() {
    assertSingleError(catalog("""
          @ErrorCode(status = 402, description = "Declined.", members = Decline.class) DECLINED
        """, """
          public record Decline(
              Reason reason) {
            private enum Reason { EXPIRED }
          }
        """), "InaccessibleMembers", "Reason reason");
  }

  @Test
  void membersThatIsNoRecordIsRefusedByJavac() {
    JavaFileObject file = catalog("""
          @ErrorCode(status = 402, description = "Declined.",
              members = String.class) DECLINED
        """, "");
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("incompatible types").inFile(file).onLineContaining("members = String.class");
  }

  @Test
  void recordClassItselfMeansNoMembers() {
    Compilation compilation = compile(catalog("""
          @ErrorCode(status = 402, description = "Declined.", members = Record.class) DECLINED
        """, ""));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.DeclinedException").contentsAsUtf8String()
        .doesNotContain("withMembers");
  }

  @Test
  void everyMistakeOfOneRecordIsReportedAtOnce() {
    JavaFileObject file = catalog("""
          @ErrorCode(status = 402, description = "Declined.", members = Decline.class) DECLINED
        """, """
          public record Decline(
              Object anything,
              @Member(pointer = "x") String reason,
              String title,
              String code) {}
        """);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(5);
    assertThat(compilation).hadErrorContaining("[Errata/UnsupportedMemberType]").inFile(file).onLineContaining("Object anything");
    assertThat(compilation).hadErrorContaining("[Errata/MalformedMemberPointer]").inFile(file).onLineContaining("pointer = \"x\"");
    assertThat(compilation).hadErrorContaining("[Errata/ReservedMemberName]").inFile(file).onLineContaining("String title");
    assertThat(compilation).hadErrorContaining("[Errata/ReservedMemberName]").inFile(file).onLineContaining("String code");
    assertThat(compilation).hadErrorContaining("[Errata/MemberAccessorClash]").inFile(file).onLineContaining("String code");
  }
}
