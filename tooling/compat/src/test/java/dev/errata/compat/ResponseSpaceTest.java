package dev.errata.compat;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.errata.runtime.Precedence;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The places the check puts codes at are the places the runtime's decoder reads. */
class ResponseSpaceTest {

  private static final CatalogSnapshot WIDGETS = CatalogJson.parse("""
      {"enum": "com.acme.WidgetError", "parent": "dev.errata.http.HttpError",
       "entries": [
         {"name": "WIDGET_MISSING", "code": "widget_missing", "status": 404,
          "refines": "dev.errata.http.HttpError.NOT_FOUND", "exception": "com.acme.WidgetMissingException"},
         {"name": "WIDGET_GONE", "code": "40401", "status": 404,
          "refines": "dev.errata.http.HttpError.NOT_FOUND", "exception": "com.acme.WidgetGoneException"}]}
      """, "widgets");

  private static final CatalogVersion VERSION = new CatalogVersion(WIDGETS,
      Lineages.ancestors(WIDGETS, java.util.Map.of(), java.util.Map.of()));

  @Test
  void everySourceOfTheDecodersPrecedenceHasItsPlaces() {
    List<Precedence.WireCode> sources = Arrays.stream(Precedence.WireCode.values())
        .filter(s -> s != Precedence.WireCode.CODE_POINTERS).toList();

    assertThat(ResponseSpace.DETECTED.keySet()).containsExactlyElementsIn(sources).inOrder();
  }

  @Test
  void aCodePutAtEachPlaceIsReadThere() {
    ResponseSpace.DETECTED.forEach((source, slots) -> {
      for (ResponseSpace.Slot slot : slots) {
        String code = slot.form() == ResponseSpace.Form.NUMBER ? "40401" : "widget_missing";
        String body = ResponseSpace.body(List.of(slot), List.of(code));
        assertWithMessage("%s at %s", code, slot).that(body).isNotNull();
        assertWithMessage("%s read from %s", source, body).that(VERSION.codeIn(body)).isEqualTo(code);
      }
    });
  }

  @Test
  void bodiesThatCannotShareAPlaceAreNotMade() {
    ResponseSpace.Slot oauth = new ResponseSpace.Slot("/error", ResponseSpace.Form.TEXT);
    ResponseSpace.Slot nested = new ResponseSpace.Slot("/error/code", ResponseSpace.Form.TEXT);

    assertThat(ResponseSpace.body(List.of(oauth, nested), List.of("a", "b"))).isNull();
    assertThat(ResponseSpace.body(List.of(new ResponseSpace.Slot("/code", ResponseSpace.Form.NUMBER)), List.of("a")))
        .isNull();
    assertThat(ResponseSpace.body(List.of(nested, new ResponseSpace.Slot("/errors/1/code", ResponseSpace.Form.TEXT)),
        List.of("a", "b"))).isEqualTo("{\"error\":{\"code\":\"a\"},\"errors\":[{},{\"code\":\"b\"}]}");
  }
}
