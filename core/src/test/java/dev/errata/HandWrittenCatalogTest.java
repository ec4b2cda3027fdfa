package dev.errata;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** What {@link Catalog} gives a catalog written by hand, which implements only what it must. */
class HandWrittenCatalogTest {

  /** Knows one code, and nothing else. */
  private static final class Legacy implements Catalog {
    private static final ErrorDefinition EXPIRED = new ErrorDefinition("Legacy", "EXPIRED", "Expired", 410,
        "Expired", "The token expired.", List.of(), /* retryable= */ false, "", Optional.empty());

    @Override
    public String name() {
      return "Legacy";
    }

    @Override
    public Optional<Catalog> parent() {
      return Optional.empty();
    }

    @Override
    public List<ErrorDefinition> definitions() {
      return List.of(EXPIRED);
    }

    @Override
    public Optional<ErrorDefinition> definition(@Nullable String code) {
      return "Expired".equals(code) ? Optional.of(EXPIRED) : Optional.empty();
    }

    @Override
    public ErrorDefinition resolve(@Nullable String code, int status) {
      return definition(code).orElse(unknownDefinition());
    }

    @Override
    public CatalogException create(
        @Nullable String code, int status, ErrorDetails details, boolean captureStackTrace) {
      return CatalogException.unknown(resolve(code, status), details, captureStackTrace);
    }
  }

  @Test
  void itsCatchAllIsTheUnknownDefinitionNamedAfterIt() {
    assertThat(new Legacy().unknownDefinition()).isEqualTo(ErrorDefinition.unknown("Legacy"));
  }

  @Test
  void itDeclaresNoPointersSoTheDecoderDetectsTheCode() {
    assertThat(new Legacy().codePointers()).isEmpty();
    assertThat(new Legacy().messagePointers()).isEmpty();
  }

  @Test
  void createWithoutSayingSoRecordsAStackTrace() {
    CatalogException e = new Legacy().create(null, 500, ErrorDetails.empty());

    assertThat(e.getStackTrace()).isNotEmpty();
    assertThat(e.definition()).isEqualTo(ErrorDefinition.unknown("Legacy"));
  }
}
