package dev.errata.lookup;

/** Has the name of {@link Impostor}'s catalog, but is no catalog. */
public final class ImpostorCatalog {
  public static final Object INSTANCE = new Object();

  private ImpostorCatalog() {}
}
