package dev.errata.processor.generated;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.CatalogException;
import dev.errata.ErrorDetails;
import dev.errata.MemberDefinition;
import dev.errata.processor.fixtures.platform.Platform;
import dev.errata.processor.fixtures.platform.PlatformCatalog;
import dev.errata.processor.fixtures.platform.RelationConflictException;
import dev.errata.processor.fixtures.platform.ResourceLockedException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The members of the platform fixture's codes, raised and read through the generated exceptions. */
class MembersTest {

  private static final Platform.Relation RELATION =
      new Platform.Relation("bot_1", "workspace_9", List.of(URI.create("https://docs.example.com/bots")));

  @Test
  void raisedWithItsRecordAnExceptionReadsItsMembersBack() {
    RelationConflictException e = new RelationConflictException("Bot bot_1 belongs elsewhere.", RELATION);

    assertThat(e.resourceId()).hasValue("bot_1");
    assertThat(e.owner()).hasValue("workspace_9");
    assertThat(e.links()).containsExactly(URI.create("https://docs.example.com/bots"));
    assertThat(e.getMessage()).isEqualTo("Bot bot_1 belongs elsewhere.");
    assertThat(e.details().members()).containsExactly(
        "resource_id", "bot_1", "owner", "workspace_9", "links", List.of("https://docs.example.com/bots")).inOrder();
  }

  @Test
  void raisedWithDetailsTheMembersJoinThem() {
    ErrorDetails details = ErrorDetails.builder().message("From details.").requestId("r-1").build();

    RelationConflictException e = new RelationConflictException(details, RELATION);

    assertThat(e.details().requestId()).hasValue("r-1");
    assertThat(e.detail()).hasValue("From details.");
    assertThat(e.resourceId()).hasValue("bot_1");
  }

  @Test
  void aNullComponentLeavesItsMemberOut() {
    RelationConflictException e = new RelationConflictException("No owner.", new Platform.Relation("bot_1", null, List.of()));

    assertThat(e.owner()).isEmpty();
    assertThat(e.details().members()).doesNotContainKey("owner");
    assertThat(e.links()).isEmpty();
  }

  @Test
  void aRefiningCodeTakesTheInheritedRecordAndItsOwn() {
    Instant until = Instant.parse("2026-05-01T12:00:00Z");

    ResourceLockedException e = new ResourceLockedException("Locked.", RELATION, new Platform.Lock(until, Platform.Holder.IMPORT));

    assertThat(e.resourceId()).hasValue("bot_1");
    assertThat(e.lockedUntil()).hasValue(until);
    assertThat(e.holder()).hasValue(Platform.Holder.IMPORT);
    assertThat(e.details().members().get("lockedUntil")).isEqualTo("2026-05-01T12:00:00Z");
    assertThat(e.details().members().get("holder")).isEqualTo("IMPORT");
  }

  @Test
  void aCodeWithoutMembersHasNoAccessorsAndNoMemberConstructors() throws Exception {
    Class<?> alreadyExists = Class.forName("dev.errata.processor.fixtures.platform.AlreadyExistsException");

    assertThat(alreadyExists.getDeclaredConstructors()).hasLength(5);
    assertThat(PlatformCatalog.INSTANCE.definition(Platform.ALREADY_EXISTS).members()).isEmpty();
  }

  @Test
  void definitionsListTheirMembersInheritedOnesFirst() {
    assertThat(PlatformCatalog.INSTANCE.definition(Platform.RELATION_CONFLICT).members()).containsExactly(
        new MemberDefinition("resource_id", "/resource_id", "string", "the resource the request named, such as bot_1"),
        new MemberDefinition("owner", "/conflict/owner", "string", "the resource it belongs to instead"),
        new MemberDefinition("links", "/links", "list<uri>", "where to read about both")).inOrder();
    assertThat(PlatformCatalog.INSTANCE.definition(Platform.RESOURCE_LOCKED).members().stream()
            .map(MemberDefinition::name).toList())
        .containsExactly("resource_id", "owner", "links", "lockedUntil", "holder").inOrder();
    assertThat(PlatformCatalog.INSTANCE.definition(Platform.RESOURCE_LOCKED).members().get(4).type())
        .isEqualTo("enum(IMPORT|EXPORT)");
  }

  @Test
  void anExceptionTheCatalogMakesReadsTheMembersOfItsDetails() {
    ErrorDetails details = ErrorDetails.builder()
        .members(Map.of("resource_id", "bot_2", "lockedUntil", "yesterday", "holder", "EXPORT")).build();

    CatalogException e = PlatformCatalog.INSTANCE.create("ResourceLocked", 409, details);

    ResourceLockedException locked = (ResourceLockedException) e;
    assertThat(locked.resourceId()).hasValue("bot_2");
    assertThat(locked.lockedUntil()).isEmpty();
    assertThat(locked.holder()).hasValue(Platform.Holder.EXPORT);
  }
}
