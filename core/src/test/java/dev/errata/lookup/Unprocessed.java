package dev.errata.lookup;

/** Compiled without the processor (core's tests never run it), so it has no catalog. */
public enum Unprocessed {
  ONE;

  /** Nested, to check the name the processor gives nested catalogs. */
  public enum Nested { TWO }
}
