package dev.errata.compat;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Accepting changes by id, with wildcards, and telling which entries accept nothing. */
class AcceptedChangesTest {

  private static final Change REMOVED = Change.of(ChangeKind.CODE_REMOVED, "com.acme.PaymentError", "CARD_DECLINED", "");
  private static final Change MOVED = Change.of(ChangeKind.DOCS_URL_CHANGED, "com.acme.PaymentError", "API_ERROR", "");
  private static final Change PARENT = Change.of(ChangeKind.PARENT_CHANGED, "com.acme.PaymentError", "", "");

  @Test
  void acceptsByExactId() {
    AcceptedChanges accepted = AcceptedChanges.of(List.of("com.acme.PaymentError.CARD_DECLINED: removed"));

    assertThat(accepted.accepts(REMOVED)).isTrue();
    assertThat(accepted.accepts(MOVED)).isFalse();
    assertThat(accepted.accepts(PARENT)).isFalse();
  }

  @Test
  void whitespaceAsAPomWrapsItDoesNotMatter() {
    AcceptedChanges accepted = AcceptedChanges.of(List.of("\n   com.acme.PaymentError.CARD_DECLINED :\n  removed  \n", "  "));

    assertThat(accepted.accepts(REMOVED)).isTrue();
    assertThat(accepted.unused(List.of(REMOVED))).isEmpty();
  }

  @Test
  void wildcardAcceptsEveryCodeOfACatalog() {
    AcceptedChanges accepted = AcceptedChanges.of(List.of("com.acme.PaymentError.*: docs-url-changed"));

    assertThat(accepted.accepts(MOVED)).isTrue();
    assertThat(accepted.accepts(REMOVED)).isFalse();
  }

  @Test
  void acceptsAWholeCatalogChange() {
    assertThat(AcceptedChanges.of(List.of("com.acme.PaymentError: parent-changed")).accepts(PARENT)).isTrue();
  }

  @Test
  void listsEntriesThatAcceptNothing() {
    AcceptedChanges accepted = AcceptedChanges.of(List.of(
        "com.acme.PaymentError.CARD_DECLINED: removed", "com.acme.PaymentError.GONE: removed"));

    assertThat(accepted.unused(List.of(REMOVED, MOVED))).containsExactly("com.acme.PaymentError.GONE: removed");
  }

  @Test
  void entryThatIsNotAnIdIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AcceptedChanges.of(List.of("CARD_DECLINED removed")));

    assertThat(e).hasMessageThat().contains("accepted change \"CARD_DECLINED removed\" is not a change id");
    assertThat(e).hasMessageThat().contains("com.acme.PaymentError.CARD_DECLINED: removed");
    assertThrows(IllegalArgumentException.class, () -> AcceptedChanges.of(List.of("removed:")));
  }

  @Test
  void noneAcceptsNothing() {
    assertThat(AcceptedChanges.none().accepts(REMOVED)).isFalse();
  }
}
