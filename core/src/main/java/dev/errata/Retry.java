package dev.errata;

/** Whether repeating a failed request may succeed. */
public enum Retry {
  /** Repeating may succeed (timeouts, rate limits, transient server failures). */
  YES,
  /** Repeating the same request fails the same way until something changes. */
  NO,
  /** Same as the refined code or category; {@link #NO} at the root. */
  INHERIT
}
