package dev.errata.http;

import static org.junit.jupiter.api.Assertions.assertSame;

import dev.errata.Catalog;
import org.junit.jupiter.api.Test;

class HttpErrorLookupTest {

  @Test
  void catalogOfTheEnumIsTheGeneratedInstance() {
    assertSame(HttpErrorCatalog.INSTANCE, Catalog.of(HttpError.class));
  }
}
