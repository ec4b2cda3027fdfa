package dev.errata.compat;

import static com.google.common.truth.Truth.assertThat;
import static dev.errata.compat.Catalogs.entryOf;
import static dev.errata.compat.Catalogs.ids;
import static dev.errata.compat.Catalogs.payments;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One test per kind of change to a member: a version of the payments catalog whose card decline
 * has members, against a version with one edit of them.
 */
class MemberChangesTest {

  private static final String DECLINED = "com.acme.PaymentError.CARD_DECLINED";

  /** CARD_DECLINED declares decline_code and reason; CARD_ERROR, which it refines, declares card_id. */
  private static void withMembers(ObjectNode root) {
    root.put("formatVersion", 3);
    ArrayNode declined = entryOf(root, "CARD_DECLINED").putArray("members");
    declined.add(member("card_id", "cardId", "/card_id", "string", "java.util.Optional<java.lang.String>", true));
    declined.add(member("decline_code", "declineCode", "/error/decline_code", "string",
        "java.util.Optional<java.lang.String>", false));
    declined.add(member("reason", "reason", "/reason", "enum(EXPIRED|STOLEN)",
        "java.util.Optional<com.acme.PaymentError.Reason>", false));
    entryOf(root, "CARD_ERROR").putArray("members")
        .add(member("card_id", "cardId", "/card_id", "string", "java.util.Optional<java.lang.String>", false));
  }

  private static ObjectNode member(String name, String accessor, String pointer, String type, String javaType, boolean inherited) {
    ObjectNode member = Catalogs.JSON.createObjectNode();
    member.put("name", name).put("accessor", accessor).put("pointer", pointer).put("type", type)
        .put("javaType", javaType).put("description", "What " + name + " says.").put("inherited", inherited);
    return member;
  }

  private static ObjectNode memberOf(ObjectNode root, String entry, String name) {
    for (var member : entryOf(root, entry).get("members")) {
      if (member.get("name").asString().equals(name)) {
        return (ObjectNode) member;
      }
    }
    throw new IllegalArgumentException(name);
  }

  private static void removeMember(ObjectNode root, String entry, String name) {
    ArrayNode members = (ArrayNode) entryOf(root, entry).get("members");
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).get("name").asString().equals(name)) {
        members.remove(i);
        return;
      }
    }
    throw new IllegalArgumentException(name);
  }

  private static CompatibilityReport compare(Consumer<ObjectNode> edit) {
    return CompatibilityCheck.compare(payments(MemberChangesTest::withMembers), payments(root -> {
      withMembers(root);
      edit.accept(root);
    }));
  }

  private static Change only(Consumer<ObjectNode> edit) {
    CompatibilityReport report = compare(edit);
    assertThat(report.changes()).hasSize(1);
    return report.changes().get(0);
  }

  @Test
  void membersAreReadFromFormatThreeAndUnchangedOnesAreNoChange() {
    CatalogSnapshot catalog = payments(MemberChangesTest::withMembers);

    assertThat(catalog.formatVersion()).isEqualTo(3);
    MemberSnapshot declineCode = catalog.entry("CARD_DECLINED").orElseThrow().members().get(1);
    assertThat(declineCode).isEqualTo(new MemberSnapshot("decline_code", "declineCode", "/error/decline_code", "string",
        "java.util.Optional<java.lang.String>", "What decline_code says.", false));
    assertThat(compare(root -> {}).changes()).isEmpty();
  }

  @Test
  void removedMemberIsBreaking() {
    Change change = only(root -> removeMember(root, "CARD_DECLINED", "decline_code"));

    assertThat(change.id()).isEqualTo(DECLINED + ".decline_code: member-removed");
    assertThat(change.kind()).isEqualTo(ChangeKind.MEMBER_REMOVED);
    assertThat(change.severity()).isEqualTo(Severity.BREAKING);
    assertThat(change.detail()).isEqualTo("declineCode() string");
    assertThat(change.responses()).isEmpty();
  }

  @Test
  void retypedMemberIsBreaking() {
    Change change = only(root -> memberOf(root, "CARD_DECLINED", "decline_code")
        .put("type", "integer").put("javaType", "java.util.OptionalInt"));

    assertThat(change.id()).isEqualTo(DECLINED + ".decline_code: member-retyped");
    assertThat(change.severity()).isEqualTo(Severity.BREAKING);
    assertThat(change.detail())
        .isEqualTo("string java.util.Optional<java.lang.String> → integer java.util.OptionalInt");
  }

  @Test
  void movedPointerIsBreaking() {
    Change change = only(root -> memberOf(root, "CARD_DECLINED", "decline_code").put("pointer", "/decline_code"));

    assertThat(change.id()).isEqualTo(DECLINED + ".decline_code: member-pointer-changed");
    assertThat(change.severity()).isEqualTo(Severity.BREAKING);
    assertThat(change.detail()).isEqualTo("pointer /error/decline_code → /decline_code");
  }

  @Test
  void addedMemberIsCompatible() {
    Change change = only(root -> ((ArrayNode) entryOf(root, "CARD_DECLINED").get("members")).add(
        member("param", "param", "/error/param", "string", "java.util.Optional<java.lang.String>", false)));

    assertThat(change.id()).isEqualTo(DECLINED + ".param: member-added");
    assertThat(change.severity()).isEqualTo(Severity.COMPATIBLE);
    assertThat(change.detail()).isEqualTo("param() string");
  }

  @Test
  void renamedAccessorIsBreaking() {
    Change change = only(root -> memberOf(root, "CARD_DECLINED", "decline_code").put("accessor", "code"));

    assertThat(change.id()).isEqualTo(DECLINED + ".decline_code: member-accessor-renamed");
    assertThat(change.severity()).isEqualTo(Severity.BREAKING);
  }

  @Test
  void aRenamedWireNameIsARemovedMemberAndAnAddedOne() {
    CompatibilityReport report = compare(root -> memberOf(root, "CARD_DECLINED", "decline_code").put("name", "decline"));

    assertThat(ids(report)).containsExactly(
        DECLINED + ".decline_code: member-removed", DECLINED + ".decline: member-added");
    assertThat(report.hasBreakingChanges()).isTrue();
  }

  @Test
  void otherEnumValuesAreBehavioural() {
    Change change = only(root -> memberOf(root, "CARD_DECLINED", "reason").put("type", "enum(EXPIRED|STOLEN|LOST)"));

    assertThat(change.id()).isEqualTo(DECLINED + ".reason: member-values-changed");
    assertThat(change.severity()).isEqualTo(Severity.BEHAVIOURAL);
    assertThat(change.detail()).isEqualTo("enum(EXPIRED|STOLEN) → enum(EXPIRED|STOLEN|LOST)");
  }

  @Test
  void changedDescriptionIsCompatible() {
    Change change = only(root -> memberOf(root, "CARD_DECLINED", "reason").put("description", "Why."));

    assertThat(change.id()).isEqualTo(DECLINED + ".reason: member-description-changed");
    assertThat(change.severity()).isEqualTo(Severity.COMPATIBLE);
  }

  @Test
  void anInheritedMemberIsReportedOnTheCodeThatDeclaresIt() {
    CompatibilityReport report = compare(root -> {
      removeMember(root, "CARD_ERROR", "card_id");
      removeMember(root, "CARD_DECLINED", "card_id");
    });

    assertThat(ids(report)).containsExactly("com.acme.PaymentError.CARD_ERROR.card_id: member-removed");
  }

  @Test
  void aBaselineWrittenBeforeMembersSeesEveryMemberAsAdded() {
    CompatibilityReport report = CompatibilityCheck.compare(payments(), payments(MemberChangesTest::withMembers));

    assertThat(ids(report)).containsExactly(
        "com.acme.PaymentError.CARD_ERROR.card_id: member-added",
        DECLINED + ".decline_code: member-added",
        DECLINED + ".reason: member-added");
    assertThat(report.hasBreakingChanges()).isFalse();
  }

  @Test
  void anAcceptedMemberChangeIsNamedByItsId() {
    CompatibilityReport report = compare(root -> removeMember(root, "CARD_DECLINED", "decline_code"));

    AcceptedChanges accepted = AcceptedChanges.of(List.of(DECLINED + ".*: member-removed"));

    assertThat(report.changes(Severity.BREAKING).stream().allMatch(accepted::accepts)).isTrue();
    assertThat(accepted.unused(report.changes())).isEmpty();
  }
}
