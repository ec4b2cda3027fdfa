package dev.errata;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The base class of the catalogs the Errata processor generates; applications use them as {@link
 * Catalog}s and never extend this class (a catalog written by hand implements {@link Catalog}).
 *
 * <p>A generated subclass provides its tables, the protected methods below, each keyed by a
 * definition's index (its constant's ordinal); this class turns them into the {@link Catalog}
 * contract, and is the one place where the resolution order documented on {@link Catalog} is
 * implemented. Definitions are created on first use and then kept.
 */
public abstract class GeneratedCatalog implements Catalog {

  /** Wire code, status, category: the steps of the resolution order, before the catch-all. */
  private static final int STEPS = 3;

  private final String name;
  private final @Nullable GeneratedCatalog parent;
  private final Optional<Catalog> parentView;
  private final List<String> codePointers;
  private final List<String> messagePointers;
  private final ErrorDefinition unknown;
  private final List<ErrorDefinition> definitionList;

  /**
   * Created on first use. Threads racing on one index may each create an equal, immutable
   * definition; one of them is kept.
   */
  private final @Nullable ErrorDefinition[] definitions;

  /**
   * @param name the catalog's display name
   * @param parent the generated catalog this one extends, or {@code null}
   * @param size the number of the catalog's own definitions
   * @param codePointers the pointers to the wire code, in the order a decoder tries them
   * @param messagePointers the pointers to the message, likewise
   */
  protected GeneratedCatalog(
      String name, @Nullable GeneratedCatalog parent, int size, List<String> codePointers, List<String> messagePointers) {
    this.name = Objects.requireNonNull(name, "name");
    this.parent = parent;
    this.parentView = Optional.ofNullable(parent);
    this.codePointers = List.copyOf(codePointers);
    this.messagePointers = List.copyOf(messagePointers);
    this.unknown = ErrorDefinition.unknown(name);
    this.definitions = new ErrorDefinition[size];
    this.definitionList = new Definitions();
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Optional<Catalog> parent() {
    return parentView;
  }

  @Override
  public final List<String> codePointers() {
    return codePointers;
  }

  @Override
  public final List<String> messagePointers() {
    return messagePointers;
  }

  @Override
  public final List<ErrorDefinition> definitions() {
    return definitionList;
  }

  @Override
  public final Optional<ErrorDefinition> definition(@Nullable String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (GeneratedCatalog c = this; c != null; c = c.parent) {
      int index = c.indexOfCode(code);
      if (index >= 0) {
        return Optional.of(c.definitionAt(index));
      }
    }
    return Optional.empty();
  }

  @Override
  public final ErrorDefinition resolve(@Nullable String code, int status) {
    Place place = place(code, status);
    return place != null ? place.catalog().definitionAt(place.index()) : unknown;
  }

  @Override
  public final CatalogException create(@Nullable String code, int status, ErrorDetails details, boolean captureStackTrace) {
    Objects.requireNonNull(details, "details");
    Place place = place(code, status);
    if (place == null) {
      return CatalogException.unknown(unknown, details, captureStackTrace);
    }
    GeneratedCatalog catalog = place.catalog();
    return catalog.newException(place.index(), catalog.definitionAt(place.index()), details, captureStackTrace);
  }

  @Override
  public final ErrorDefinition unknownDefinition() {
    return unknown;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + name + ", " + definitions.length + " entries]";
  }

  /** Where a definition lives: the catalog of the line that declares it, and its index there. */
  private record Place(GeneratedCatalog catalog, int index) {}

  /** The resolution order of {@link Catalog}; {@code null} for an error it leaves to the catch-all. */
  private @Nullable Place place(@Nullable String code, int status) {

    boolean hasCode = code != null && !code.isEmpty();
    for (int step = hasCode ? 0 : 1; step < STEPS; step++) {
      for (GeneratedCatalog c = this; c != null; c = c.parent) {
        int index = switch (step) {
          case 0 -> c.indexOfCode(code);
          case 1 -> c.indexOfStatus(status);
          default -> c.indexOfCategory(status);
        };
        if (index >= 0) {
          return new Place(c, index);
        }
      }
    }
    return null;
  }

  /** A read-only view of the catalog's own definitions that creates none of them up front. */
  private final class Definitions extends AbstractList<ErrorDefinition> implements RandomAccess {

    @Override
    public ErrorDefinition get(int index) {
      if (index < 0 || index >= definitions.length) {
        throw new IndexOutOfBoundsException("index " + index + ", size " + definitions.length);
      }
      return definitionAt(index);
    }

    @Override
    public int size() {
      return definitions.length;
    }
  }

  // ---- For the generated subclass ----

  /**
   * This catalog's own definition at {@code index}, created on first use.
   *
   * @throws IndexOutOfBoundsException when {@code index} is not one of this catalog's
   */
  protected final ErrorDefinition definitionAt(int index) {
    ErrorDefinition definition = definitions[Objects.checkIndex(index, definitions.length)];
    if (definition == null) {
      definition = newDefinition(index);
      definitions[index] = definition;
    }
    return definition;
  }

  /** The index of one of this catalog's own definitions, or -1 when it is not one. */
  protected final int indexOf(ErrorDefinition definition) {
    if (!name.equals(definition.catalog()) || definition.kind() == ErrorDefinition.Kind.UNKNOWN) {
      return -1;
    }
    int index = indexOfCode(definition.code());
    if (index < 0) {
      return -1;
    }
    ErrorDefinition own = definitionAt(index);
    return own == definition || own.equals(definition) ? index : -1;
  }

  /**
   * The definition of an ancestor's code that one of this catalog's codes refines. Ancestors are
   * looked up by wire code, so that a catalog compiled against one version of an ancestor from
   * another artifact fails here with a message, not with a linkage error, when a later version
   * no longer defines the code.
   *
   * @throws IllegalStateException when {@code ancestor} no longer defines {@code code}
   */
  protected final ErrorDefinition inherited(Catalog ancestor, String code) {
    return ancestor.definition(code).orElseThrow(() -> new IllegalStateException(ancestor.name() + " no longer defines "
        + code + ", which a code of " + name + " refines; recompile the enum of " + getClass().getName() + " against it"));
  }

  /** A new definition of this catalog at {@code index}; called once per index, by {@link #definitionAt(int)}. */
  protected abstract ErrorDefinition newDefinition(int index);

  /** Index of this catalog's own definition with this wire code (never {@code null}), or -1. */
  protected abstract int indexOfCode(String code);

  /** Index of the code of this catalog that stands for {@code status}, or -1. */
  protected abstract int indexOfStatus(int status);

  /** Index of this catalog's narrowest category whose range holds {@code status}, or -1. */
  protected abstract int indexOfCategory(int status);

  /** A new exception of this catalog's definition at {@code index}, which is {@code definition}. */
  protected abstract CatalogException newException(
      int index, ErrorDefinition definition, ErrorDetails details, boolean captureStackTrace);
}
