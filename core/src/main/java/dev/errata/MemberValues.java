package dev.errata;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Typed reads of an error's {@linkplain ErrorDetails#members() members}, and the JSON form of the
 * values an application raises an error with. For the exceptions the Errata processor generates:
 * their member accessors and constructors call these methods, so that every catalog reads and
 * writes members the same way. Applications use the accessors instead.
 *
 * <p>A read never fails. It is empty when the member is missing, holds another JSON type than
 * the member's (a string where a number belongs), or a value the type cannot hold (an {@code
 * int} member holding 2<sup>40</sup>, a date that is no ISO-8601 date-time, a name no constant of
 * the enum has). A number with a zero fraction ({@code 3.0}) is an integer. Lists keep the
 * elements that read as the element type and drop the others, so one bad entry costs that entry,
 * not the list; a member that is no list reads as the empty list.
 */
public final class MemberValues {

  private MemberValues() {}

  public static Optional<String> string(ErrorDetails details, String name) {
    return Optional.ofNullable(asString(details.members().get(name)));
  }

  public static OptionalInt integer(ErrorDetails details, String name) {
    Long value = asLong(details.members().get(name), Integer.MIN_VALUE, Integer.MAX_VALUE);
    return value == null ? OptionalInt.empty() : OptionalInt.of(value.intValue());
  }

  public static OptionalLong longInteger(ErrorDetails details, String name) {
    Long value = asLong(details.members().get(name), Long.MIN_VALUE, Long.MAX_VALUE);
    return value == null ? OptionalLong.empty() : OptionalLong.of(value);
  }

  public static Optional<Boolean> bool(ErrorDetails details, String name) {
    return Optional.ofNullable(asBoolean(details.members().get(name)));
  }

  public static Optional<BigDecimal> decimal(ErrorDetails details, String name) {
    return Optional.ofNullable(asDecimal(details.members().get(name)));
  }

  public static Optional<Instant> instant(ErrorDetails details, String name) {
    return Optional.ofNullable(asInstant(details.members().get(name)));
  }

  public static Optional<OffsetDateTime> offsetDateTime(ErrorDetails details, String name) {
    return Optional.ofNullable(asOffsetDateTime(details.members().get(name)));
  }

  public static Optional<URI> uri(ErrorDetails details, String name) {
    return Optional.ofNullable(asUri(details.members().get(name)));
  }

  public static <E extends Enum<E>> Optional<E> enumValue(ErrorDetails details, String name, Class<E> type) {
    return Optional.ofNullable(asEnum(details.members().get(name), type));
  }

  public static List<String> strings(ErrorDetails details, String name) {
    return list(details, name, MemberValues::asString);
  }

  public static List<Integer> integers(ErrorDetails details, String name) {
    return list(details, name, v -> {
      Long value = asLong(v, Integer.MIN_VALUE, Integer.MAX_VALUE);
      return value == null ? null : value.intValue();
    });
  }

  public static List<Long> longIntegers(ErrorDetails details, String name) {
    return list(details, name, v -> asLong(v, Long.MIN_VALUE, Long.MAX_VALUE));
  }

  public static List<Boolean> bools(ErrorDetails details, String name) {
    return list(details, name, MemberValues::asBoolean);
  }

  public static List<BigDecimal> decimals(ErrorDetails details, String name) {
    return list(details, name, MemberValues::asDecimal);
  }

  public static List<Instant> instants(ErrorDetails details, String name) {
    return list(details, name, MemberValues::asInstant);
  }

  public static List<OffsetDateTime> offsetDateTimes(ErrorDetails details, String name) {
    return list(details, name, MemberValues::asOffsetDateTime);
  }

  public static List<URI> uris(ErrorDetails details, String name) {
    return list(details, name, MemberValues::asUri);
  }

  public static <E extends Enum<E>> List<E> enumValues(ErrorDetails details, String name, Class<E> type) {
    return list(details, name, v -> asEnum(v, type));
  }

  /**
   * The JSON form of a member's Java value, as {@link ErrorDetails.Builder#member(String, Object)}
   * takes it: an {@link Instant} or {@link OffsetDateTime} as its ISO-8601 text (with seconds, as
   * RFC 3339 asks), a {@link URI} as its text, an enum constant as its name, a list element by
   * element without its {@code null}s; strings, booleans and numbers as they are. {@code null}
   * stays {@code null}, which leaves the member out.
   */
  public static @Nullable Object json(@Nullable Object value) {
    if (value instanceof Instant instant) {
      return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
    if (value instanceof OffsetDateTime dateTime) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
    }
    if (value instanceof URI uri) {
      return uri.toString();
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof List<?> list) {
      List<Object> json = new ArrayList<>(list.size());
      for (Object element : list) {
        Object converted = json(element);
        if (converted != null) {
          json.add(converted);
        }
      }
      return json;
    }
    return value;
  }

  // ---- One JSON value as a Java type; null when it is not one ----

  private static @Nullable String asString(@Nullable Object value) {
    return value instanceof String s ? s : null;
  }

  private static @Nullable Boolean asBoolean(@Nullable Object value) {
    return value instanceof Boolean b ? b : null;
  }

  private static @Nullable Long asLong(@Nullable Object value, long min, long max) {
    BigDecimal number = asDecimal(value);
    if (number == null) {
      return null;
    }
    try {
      long exact = number.longValueExact(); // throws for a fraction or a value past long
      return exact >= min && exact <= max ? exact : null;
    } catch (ArithmeticException notAnInteger) {
      return null;
    }
  }

  private static @Nullable BigDecimal asDecimal(@Nullable Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof Long l) {
      return BigDecimal.valueOf(l);
    }
    if (value instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    return null;
  }

  private static @Nullable Instant asInstant(@Nullable Object value) {
    if (!(value instanceof String text)) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException notADateTime) {
      return null;
    }
  }

  private static @Nullable OffsetDateTime asOffsetDateTime(@Nullable Object value) {
    if (!(value instanceof String text)) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeException notADateTime) {
      return null;
    }
  }

  private static @Nullable URI asUri(@Nullable Object value) {
    if (!(value instanceof String text)) {
      return null;
    }
    try {
      return new URI(text);
    } catch (URISyntaxException notAUri) {
      return null;
    }
  }

  private static <E extends Enum<E>> @Nullable E asEnum(@Nullable Object value, Class<E> type) {
    if (!(value instanceof String text)) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    return null;
  }

  private static <T> List<T> list(ErrorDetails details, String name, Function<@Nullable Object, @Nullable T> element) {
    if (!(details.members().get(name) instanceof List<?> values)) {
      return List.of();
    }
    List<T> read = new ArrayList<>(values.size());
    for (Object value : values) {
      T converted = element.apply(value);
      if (converted != null) {
        read.add(converted);
      }
    }
    return List.copyOf(read);
  }
}
