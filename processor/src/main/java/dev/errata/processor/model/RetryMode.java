package dev.errata.processor.model;

/** The {@code retry} member of a declaration, read by name from the annotation mirror. */
public enum RetryMode {
  YES,
  NO,
  INHERIT;

  /** The mode named by an enum constant's simple name; {@link #INHERIT} for anything else. */
  static RetryMode named(String name) {
    for (RetryMode mode : values()) {
      if (mode.name().equals(name)) {
        return mode;
      }
    }
    return INHERIT;
  }
}
