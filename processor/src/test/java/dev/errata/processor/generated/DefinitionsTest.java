package dev.errata.processor.generated;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.ErrorDefinition;
import dev.errata.processor.fixtures.platform.Platform;
import dev.errata.processor.fixtures.platform.PlatformCatalog;
import dev.errata.processor.fixtures.web.WebCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the generated catalogs say about their codes. */
class DefinitionsTest {

  @Test
  void definitionsListTheCatalogsOwnEntriesInDeclarationOrder() {
    List<String> names = PlatformCatalog.INSTANCE.definitions().stream().map(ErrorDefinition::name).collect(Collectors.toList());

    assertThat(names).containsExactly(
        "RELATION_CONFLICT", "ALREADY_EXISTS", "RESOURCE_LOCKED", "UNAUTHORIZED", "NOT_FOUND", "INVALID_PAYLOAD", "TEAPOT",
        "MAINTENANCE")
        .inOrder();
    assertThat(WebCatalog.INSTANCE.definitions()).hasSize(11);
  }

  @Test
  void aDefinitionCarriesEverythingTheAnnotationSaid() {
    ErrorDefinition d = PlatformCatalog.INSTANCE.definition(Platform.RELATION_CONFLICT);

    assertThat(d.catalog()).isEqualTo("Acme Platform API");
    assertThat(d.name()).isEqualTo("RELATION_CONFLICT");
    assertThat(d.code()).isEqualTo("RelationConflict");
    assertThat(d.status()).isEqualTo(409);
    assertThat(d.title()).isEqualTo("Relation Conflict");
    assertThat(d.description()).isEqualTo("The resource belongs to another resource than the one named.");
    assertThat(d.remedy()).containsExactly("Check that both identifiers belong together.", "Fetch the resource again.").inOrder();
    assertThat(d.retryable()).isFalse();
    assertThat(d.docsUrl()).isEqualTo("https://docs.example.com/errors#RelationConflict");
    assertThat(d.kind()).isEqualTo(ErrorDefinition.Kind.CODE);
    assertThat(d.parent().orElseThrow().name()).isEqualTo("CONFLICT");
    assertThat(d.parent().orElseThrow().catalog()).isEqualTo("Web");
  }

  @Test
  void definitionsAreCreatedOnceAndShared() {
    ErrorDefinition first = PlatformCatalog.INSTANCE.definition(Platform.TEAPOT);

    assertThat(PlatformCatalog.INSTANCE.definitions().get(Platform.TEAPOT.ordinal())).isSameInstanceAs(first);
    assertThat(PlatformCatalog.INSTANCE.definition("Teapot").orElseThrow()).isSameInstanceAs(first);
    assertThat(first.parent().orElseThrow()).isSameInstanceAs(WebCatalog.INSTANCE.definition("CLIENT_ERROR").orElseThrow());
  }

  @Test
  void theRefinementChainEndsAtARoot() {
    ErrorDefinition locked = PlatformCatalog.INSTANCE.definition(Platform.RESOURCE_LOCKED);

    assertThat(chain(locked)).containsExactly("RESOURCE_LOCKED", "RELATION_CONFLICT", "CONFLICT", "CLIENT_ERROR").inOrder();
    assertThat(locked.isOrRefines(WebCatalog.INSTANCE.definition("CONFLICT").orElseThrow())).isTrue();
    assertThat(locked.isOrRefines(WebCatalog.INSTANCE.definition("NOT_FOUND").orElseThrow())).isFalse();
  }

  @Test
  void nestedCategoriesRefineTheirEnclosingCategory() {
    ErrorDefinition timeout = WebCatalog.INSTANCE.definition("GATEWAY_TIMEOUT").orElseThrow();

    assertThat(chain(timeout)).containsExactly("GATEWAY_TIMEOUT", "GATEWAY_ERROR", "SERVER_ERROR").inOrder();
    assertThat(WebCatalog.INSTANCE.definition("GATEWAY_ERROR").orElseThrow().kind()).isEqualTo(ErrorDefinition.Kind.CATEGORY);
    assertThat(WebCatalog.INSTANCE.definition("GATEWAY_ERROR").orElseThrow().status()).isEqualTo(502);
  }

  @Test
  void titlesDocsLinksAndDefaults() {
    assertThat(PlatformCatalog.INSTANCE.definition(Platform.MAINTENANCE).title()).isEqualTo("Down for Maintenance");
    assertThat(PlatformCatalog.INSTANCE.definition(Platform.MAINTENANCE).docsUrl()).isEqualTo("https://status.example.com");
    assertThat(WebCatalog.INSTANCE.definition("NOT_FOUND").orElseThrow().docsUrl()).isEqualTo("https://errors.example.com/web/404");
    assertThat(WebCatalog.INSTANCE.definition("TOO_MANY_REQUESTS").orElseThrow().title()).isEqualTo("Too Many Requests");
  }

  @Test
  void catalogsKnowTheirPlaceAndPointers() {
    assertThat(PlatformCatalog.INSTANCE.name()).isEqualTo("Acme Platform API");
    assertThat(PlatformCatalog.INSTANCE.parent()).hasValue(WebCatalog.INSTANCE);
    assertThat(WebCatalog.INSTANCE.parent()).isEmpty();
    assertThat(PlatformCatalog.INSTANCE.codePointers()).containsExactly("/type");
    assertThat(PlatformCatalog.INSTANCE.messagePointers()).containsExactly("/message");
    assertThat(WebCatalog.INSTANCE.codePointers()).isEmpty();
    assertThat(PlatformCatalog.INSTANCE.toString()).isEqualTo("PlatformCatalog[Acme Platform API, 8 entries]");
  }

  @Test
  void unknownCodesAndIndexesAreRefusedPlainly() {
    assertThat(PlatformCatalog.INSTANCE.definition("nope")).isEmpty();
    assertThat(PlatformCatalog.INSTANCE.definition((String) null)).isEmpty();
    assertThrows(IndexOutOfBoundsException.class, () -> PlatformCatalog.INSTANCE.definitions().get(8));
    assertThrows(IndexOutOfBoundsException.class, () -> PlatformCatalog.INSTANCE.definitions().get(-1));
  }

  private static List<String> chain(ErrorDefinition d) {
    List<String> names = new ArrayList<>();
    for (ErrorDefinition x = d; x != null; x = x.parent().orElse(null)) {
      names.add(x.name());
    }
    return names;
  }
}
