/**
 * The JDK's {@code java.net.http} client with Errata's client policy: {@link
 * dev.errata.jdk.ErrataHttpClient}.
 */
@NullMarked
package dev.errata.jdk;

import org.jspecify.annotations.NullMarked;
