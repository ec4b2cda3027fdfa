package dev.errata.processor.model;

/** What a catalog constant declares. */
public enum EntryKind {
  /** An error code, declared with {@code @ErrorCode}. */
  CODE,
  /** A range of statuses, declared with {@code @ErrorCategory}. */
  CATEGORY
}
