package dev.errata.runtime;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/**
 * What one scan of a JSON error body found at the places of a catalog's {@link MemberPointers},
 * slot by slot: the first value at each. A value is a JSON string, number, boolean, or an array
 * of those; an object, a {@code null} or an array holding anything else is no value, and an
 * array the document breaks off in is none either. The scan reports every token to it; it reads
 * nothing from the parser that no member points at.
 */
final class FoundMembers {

  private final MemberPointers places;
  // Made for the first value found: most bodies hold none.
  private @Nullable Object @Nullable [] values;

  // The innermost array a member points at that the scan is inside, while it is read.
  private @Nullable OpenArray open;

  FoundMembers(MemberPointers places) {
    this.places = places;
  }

  /** Whether no member's place held a value. */
  boolean isEmpty() {
    return values == null;
  }

  /** The value found at {@code slot}, or {@code null}; {@code null} for no slot. */
  @Nullable Object value(@Nullable Integer slot) {
    return slot == null || values == null ? null : values[slot];
  }

  /**
   * A container starts where the parser stands; whether the scan must read into it, because a
   * member stands in it or is the array itself.
   */
  boolean container(JsonParser p, boolean array) {
    TokenStreamContext holder = p.streamReadContext().getParent();
    if (directlyIn(holder)) {
      open.onlyScalars = false;
    }
    if (array && wanted(holder)) {
      open = new OpenArray(holder.getNestingDepth() + 1, open);
      return true;
    }
    return places.leadsThrough(holder);
  }

  /** An array ended where the parser stands; an array of scalars a member points at is its value. */
  void arrayEnd(JsonParser p) {
    TokenStreamContext holder = p.streamReadContext();
    OpenArray ended = open;
    if (ended == null || holder.getNestingDepth() != ended.depth - 1) {
      return;
    }
    open = ended.outer;
    if (ended.onlyScalars) {
      place(holder, List.copyOf(ended.values));
    }
  }

  /** The parser stands on a scalar or a {@code null}. */
  void scalar(JsonParser p, JsonToken t) {
    TokenStreamContext holder = p.streamReadContext();
    Object value = null;
    if (directlyIn(holder)) {
      if (t == JsonToken.VALUE_NULL) {
        open.onlyScalars = false;
      } else {
        value = read(p, t);
        open.values.add(value);
      }
    }
    if (t != JsonToken.VALUE_NULL && wanted(holder)) {
      place(holder, value != null ? value : read(p, t));
    }
  }

  /** Whether {@code holder} is the innermost open array itself (only it can be: inner ones close first). */
  private boolean directlyIn(TokenStreamContext holder) {
    return open != null && holder.getNestingDepth() == open.depth;
  }

  /** Whether a member that has no value yet stands on the value inside {@code holder}. */
  private boolean wanted(TokenStreamContext holder) {
    for (int i = 0; i < places.count(); i++) {
      if ((values == null || values[i] == null) && places.path(i).isAt(holder)) {
        return true;
      }
    }
    return false;
  }

  private void place(TokenStreamContext holder, Object value) {
    if (values == null) {
      values = new Object[places.count()];
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null && places.path(i).isAt(holder)) {
        values[i] = value;
      }
    }
  }

  /** An array a member points at, as read so far, inside the one it is nested in (or none). */
  private static final class OpenArray {
    final int depth;
    final @Nullable OpenArray outer;
    final List<Object> values = new ArrayList<>();
    boolean onlyScalars = true;

    OpenArray(int depth, @Nullable OpenArray outer) {
      this.depth = depth;
      this.outer = outer;
    }
  }

  private static Object read(JsonParser p, JsonToken t) {
    return switch (t) {
      case VALUE_STRING -> p.getString();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NUMBER_INT -> integer(p);
      default -> p.getDecimalValue();
    };
  }

  /** A {@code Long}, or a {@code BigInteger} past its range (the decoder's constraints bound the digits). */
  private static Object integer(JsonParser p) {
    if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      return p.getBigIntegerValue();
    }
    return p.getLongValue();
  }
}
