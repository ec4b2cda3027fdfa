package dev.errata.compat;

/** How a change to a catalog affects the code and the clients that use the catalog. */
public enum Severity {
  /** Code that compiled against the old version no longer compiles, or a client silently stops recognizing an error. */
  BREAKING,
  /** Everything still compiles, but a program behaves differently at run time (retries, fallbacks, statuses). */
  BEHAVIOURAL,
  /** Nothing a program relies on changes: new codes, better texts. */
  COMPATIBLE
}
