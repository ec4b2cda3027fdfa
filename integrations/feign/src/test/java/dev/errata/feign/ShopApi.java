package dev.errata.feign;

import feign.Headers;
import feign.Param;
import feign.RequestLine;

/** The Feign interface the tests call. */
interface ShopApi {

  @RequestLine("GET /{path}")
  String get(@Param("path") String path);

  @RequestLine("POST /{path}")
  @Headers("Content-Type: application/json")
  String post(@Param("path") String path, String body);

  @RequestLine("POST /{path}")
  @Headers({"Content-Type: application/json", "Idempotency-Key: {key}"})
  String postWithKey(@Param("path") String path, @Param("key") String key, String body);

  @RequestLine("GET /{path}")
  @Headers("Authorization: Bearer {token}")
  String getSignedIn(@Param("path") String path, @Param("token") String token);
}
