package dev.errata.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.errata.MemberDefinition;
import dev.errata.processor.model.EntryModel;
import dev.errata.processor.model.MemberModel;
import dev.errata.processor.model.MemberType;
import dev.errata.processor.model.MembersRecord;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import javax.lang.model.element.Modifier;

/**
 * The members part of a code's exception: one accessor per member the code adds, and the
 * constructors that raise the error with its members records, whose types javac checks.
 */
final class MemberAccessors {

  private static final String WITH_MEMBERS = "withMembers";

  private MemberAccessors() {}

  /** {@code public Optional<String> declineCode() { return MemberValues.string(details(), "decline_code"); }} */
  static List<MethodSpec> accessors(EntryModel entry) {
    List<MethodSpec> accessors = new ArrayList<>();
    for (MemberModel member : entry.ownMembers()) {
      MemberType type = member.type();
      CodeBlock read = type.kind() == MemberType.Kind.ENUM
          ? CodeBlock.of("return $T.$L(details(), $S, $T.class)", TypeNames.MEMBER_VALUES, reader(type), member.name(),
              TypeNames.of(type.enumType()))
          : CodeBlock.of("return $T.$L(details(), $S)", TypeNames.MEMBER_VALUES, reader(type), member.name());
      accessors.add(MethodSpec.methodBuilder(member.accessor())
          .addJavadoc(accessorDoc(member))
          .addModifiers(Modifier.PUBLIC)
          .returns(returnType(type))
          .addStatement(read)
          .build());
    }
    return accessors;
  }

  /**
   * "Member {@code decline_code} (string): why the issuer declined.", then where a response holds
   * it and when the accessor is empty.
   */
  private static CodeBlock accessorDoc(MemberModel member) {
    String where = member.pointer().equals(MemberDefinition.rootPointer(member.name()))
        ? "A decoded error reads it from the response's <code>" + Javadocs.escape(member.name()) + "</code>"
        : "A decoded error reads it from the response at <code>" + Javadocs.escape(member.pointer()) + "</code>";
    String empty = member.type().list()
        ? "Empty when the error carries no list here; an entry of another type is left out."
        : "Empty when the error does not carry it, or carries a value of another type.";
    return CodeBlock.builder()
        .add("$L\n", Javadocs.wrap(Javadocs.member(member), ""))
        .add("\n$L\n", Javadocs.wrap("<p>" + where + ". " + empty, ""))
        .add("\n@return the member's value\n")
        .build();
  }

  /**
   * The constructors that take the code's members records, and the helper that puts their
   * values into the details: {@code (String message, Decline members)} and {@code (ErrorDetails
   * details, Decline members)}; a code that adds members to inherited ones takes the inherited
   * records first.
   *
   * @param definition the expression of the code's definition, with its arguments
   */
  static List<MethodSpec> constructors(EntryModel entry, ClassName self, CodeBlock definition) {
    List<MembersRecord> records = entry.memberRecords();
    if (records.isEmpty()) {
      return List.of();
    }
    List<String> names = parameterNames(entry);
    CodeBlock arguments = names.stream().map(n -> CodeBlock.of("$L", n)).collect(CodeBlock.joining(", "));
    String membersDoc = membersDoc(records, names);

    MethodSpec.Builder withMessage = MethodSpec.constructorBuilder()
        .addJavadoc("An error raised by code, such as a server handler, with a message and the members it carries.\n\n"
            + "@param message what went wrong\n$L", membersDoc)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(TypeNames.nullable(TypeName.get(String.class)), "message");
    MethodSpec.Builder withDetails = MethodSpec.constructorBuilder()
        .addJavadoc("An error with these details and the members it carries.\n\n"
            + "@param details what the error says beyond its definition and members\n$L", membersDoc)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(TypeNames.ERROR_DETAILS, "details");
    MethodSpec.Builder helper = MethodSpec.methodBuilder(WITH_MEMBERS)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(TypeNames.ERROR_DETAILS)
        .addParameter(TypeNames.ERROR_DETAILS, "details");
    CodeBlock.Builder puts = CodeBlock.builder().add("return details.toBuilder()");
    for (int i = 0; i < records.size(); i++) {
      MembersRecord record = records.get(i);
      String name = names.get(i);
      withMessage.addParameter(TypeNames.of(record.type()), name);
      withDetails.addParameter(TypeNames.of(record.type()), name);
      helper.addParameter(TypeNames.of(record.type()), name);
      for (MemberModel member : record.members()) {
        puts.add("\n.member($S, $L)", member.name(), value(name, member));
      }
    }
    helper.addStatement(puts.add("\n.build()").build());
    withMessage.addStatement("this($L,$W$L($T.empty(), $L),$Wmessage,$W/* cause= */ null,$W/* captureStackTrace= */ true)",
        definition, WITH_MEMBERS, TypeNames.ERROR_DETAILS, arguments);
    withDetails.addStatement("this($L,$W$L(details, $L),$W/* message= */ null,$W/* cause= */ null,$W/* captureStackTrace= */ true)",
        definition, WITH_MEMBERS, arguments);
    return List.of(withMessage.build(), withDetails.build(), helper.build());
  }

  /** {@code members.declineCode()}, converted to its JSON form where it has another one. */
  private static CodeBlock value(String record, MemberModel member) {
    MemberType type = member.type();
    boolean sameInJson = !type.list() && switch (type.kind()) {
      case STRING, INTEGER, LONG, BOOLEAN, DECIMAL -> true;
      default -> false;
    };
    return sameInJson
        ? CodeBlock.of("$L.$L()", record, member.accessor())
        : CodeBlock.of("$T.json($L.$L())", TypeNames.MEMBER_VALUES, record, member.accessor());
  }

  /** {@code members} for one record; {@code inherited} and {@code own} for two; numbered above. */
  private static List<String> parameterNames(EntryModel entry) {
    List<MembersRecord> records = entry.memberRecords();
    if (records.size() == 1) {
      return List.of("members");
    }
    boolean hasOwn = !entry.inheritedMemberRecords().equals(records);
    int inherited = hasOwn ? records.size() - 1 : records.size();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < inherited; i++) {
      names.add(inherited == 1 ? "inherited" : "inherited" + (i + 1));
    }
    if (hasOwn) {
      names.add("own");
    }
    return names;
  }

  private static String membersDoc(List<MembersRecord> records, List<String> names) {
    StringBuilder doc = new StringBuilder();
    for (int i = 0; i < records.size(); i++) {
      String members = records.get(i).members().stream()
          .map(m -> "<code>" + Javadocs.escape(m.name()) + "</code>")
          .reduce((a, b) -> a + ", " + b)
          .orElse("none");
      doc.append(Javadocs.wrap("@param " + names.get(i) + " the members " + members, "    ")).append('\n');
    }
    return doc.toString();
  }

  private static TypeName returnType(MemberType type) {
    TypeName element = elementType(type);
    if (type.list()) {
      return ParameterizedTypeName.get(TypeNames.LIST, element);
    }
    return switch (type.kind()) {
      case INTEGER -> ClassName.get(OptionalInt.class);
      case LONG -> ClassName.get(OptionalLong.class);
      default -> ParameterizedTypeName.get(TypeNames.OPTIONAL, element);
    };
  }

  private static TypeName elementType(MemberType type) {
    return switch (type.kind()) {
      case STRING -> ClassName.get(String.class);
      case INTEGER -> ClassName.get(Integer.class);
      case LONG -> ClassName.get(Long.class);
      case BOOLEAN -> ClassName.get(Boolean.class);
      case DECIMAL -> ClassName.get(BigDecimal.class);
      case INSTANT -> ClassName.get(Instant.class);
      case OFFSET_DATE_TIME -> ClassName.get(OffsetDateTime.class);
      case URI -> ClassName.get(URI.class);
      case ENUM -> TypeNames.of(type.enumType());
    };
  }

  /** The {@code MemberValues} method that reads a member of this type. */
  private static String reader(MemberType type) {
    String scalar = switch (type.kind()) {
      case STRING -> "string";
      case INTEGER -> "integer";
      case LONG -> "longInteger";
      case BOOLEAN -> "bool";
      case DECIMAL -> "decimal";
      case INSTANT -> "instant";
      case OFFSET_DATE_TIME -> "offsetDateTime";
      case URI -> "uri";
      case ENUM -> "enumValue";
    };
    if (!type.list()) {
      return scalar;
    }
    return switch (type.kind()) {
      case STRING -> "strings";
      case INTEGER -> "integers";
      case LONG -> "longIntegers";
      case BOOLEAN -> "bools";
      case DECIMAL -> "decimals";
      case INSTANT -> "instants";
      case OFFSET_DATE_TIME -> "offsetDateTimes";
      case URI -> "uris";
      case ENUM -> "enumValues";
    };
  }
}
