/**
 * OpenAPI documents through springdoc: {@link dev.errata.spring.openapi.ErrataOperationCustomizer}
 * lists on each operation exactly the catalog errors its handler declares, in its {@code throws}
 * clause or with {@link dev.errata.spring.openapi.ErrataResponses}, as the responses the Errata
 * processor wrote for those codes.
 */
@NullMarked
package dev.errata.spring.openapi;

import org.jspecify.annotations.NullMarked;
