package dev.errata.lookup;

/** An enum whose catalog name is taken by a class the processor did not generate. */
public enum Impostor {
  ONE
}
