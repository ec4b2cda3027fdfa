package dev.errata.processor.model;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Default titles and generated names derived from constant names. */
class NameStyleTest {

  @ParameterizedTest(name = "{0} -> \"{1}\"")
  @CsvSource({
    "RELATION_CONFLICT, Relation Conflict",
    "INVALID_API_KEY, Invalid API Key",
    "USER_ID_MISSING, User ID Missing",
    "URI_TOO_LONG, URI Too Long",
    "HTTP_VERSION_NOT_SUPPORTED, HTTP Version Not Supported",
    "INVALID_JSON_SCHEMA, Invalid JSON Schema",
    "OAUTH_TOKEN_EXPIRED, OAuth Token Expired",
    "TLS_REQUIRED, TLS Required",
    "IP_BLOCKED, IP Blocked",
    "INVALID_IDENTIFIER, Invalid Identifier",
    "RelationConflict, Relation Conflict",
  })
  void titlesKeepCommonAcronyms(String constant, String title) {
    assertThat(NameStyle.humanize(constant)).isEqualTo(title);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "INVALID_API_KEY, InvalidApiKeyException, onInvalidApiKey",
    "URIError, UriErrorException, onUriError",
    "_404, Error404Exception, onError404",
  })
  void generatedNamesStayJavaStyle(String constant, String exception, String handlerMethod) {
    assertThat(GeneratedNames.exception(constant)).isEqualTo(exception);
    assertThat(GeneratedNames.handlerMethod(constant)).isEqualTo(handlerMethod);
  }
}
