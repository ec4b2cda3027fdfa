package dev.errata.compat;

import dev.errata.CatalogException;
import dev.errata.ErrorDefinition;
import dev.errata.runtime.ErrorDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One version of a catalog, rebuilt to decode: its {@link SimulatedCatalog} and those of its
 * ancestors, and the runtime's own {@link ErrorDecoder} over them. What a response decodes to
 * here is what it decodes to with the generated catalog of that version.
 */
final class CatalogVersion {

  /** The class of an error no entry of the catalog resolves: a plain {@code CatalogException}. */
  static final String UNKNOWN_CLASS = CatalogException.class.getName();

  /**
   * One entry of the catalog or an ancestor, or {@link #UNKNOWN} for the catch-all.
   *
   * @param catalog the enum that declares it; empty for the catch-all
   */
  record Node(String catalog, EntrySnapshot entry) {
    static final Node UNKNOWN = new Node("", null);

    String key() {
      return entry == null ? "" : catalog + "." + entry.name();
    }

    String exception() {
      return entry == null ? UNKNOWN_CLASS : entry.exception();
    }

    boolean retryable() {
      return entry != null && entry.retryable();
    }
  }

  private final CatalogSnapshot catalog;
  private final List<SimulatedCatalog> lineage = new ArrayList<>();
  private final Map<String, Node> byKey = new HashMap<>();
  private final Set<String> codes = new LinkedHashSet<>();
  private final Set<String> exceptions = new LinkedHashSet<>();
  private final ErrorDecoder decoder;

  /** @param ancestors the catalogs {@code catalog} extends, nearest first */
  CatalogVersion(CatalogSnapshot catalog, List<CatalogSnapshot> ancestors) {
    this.catalog = catalog;
    List<CatalogSnapshot> chain = new ArrayList<>();
    chain.add(catalog);
    chain.addAll(ancestors);
    SimulatedCatalog parent = null;
    for (int i = chain.size() - 1; i >= 0; i--) {
      CatalogSnapshot c = chain.get(i);
      parent = new SimulatedCatalog(c, i == 0 ? catalog.codePointers() : List.of(), parent);
      lineage.add(0, parent);
      for (EntrySnapshot entry : c.entries()) {
        Node node = new Node(c.enumName(), entry);
        byKey.putIfAbsent(node.key(), node);
        codes.add(entry.code());
        exceptions.add(entry.exception());
      }
    }
    this.decoder = ErrorDecoder.builder(lineage.get(0)).captureStackTraces(false).build();
  }

  CatalogSnapshot catalog() {
    return catalog;
  }

  /** Every wire code the catalog or an ancestor defines. */
  Set<String> codes() {
    return codes;
  }

  /** Whether a response carrying {@code code} resolves by it. */
  boolean knows(String code) {
    return code != null && lineage.get(0).definition(code).isPresent();
  }

  /** Whether a generated exception class of this name exists in this version. */
  boolean hasException(String name) {
    return exceptions.contains(name);
  }

  /** The entry a wire code (may be {@code null}) and a status resolve to. */
  Node resolve(String code, int status) {
    return node(lineage.get(0).resolve(code, status));
  }

  /**
   * The wire code this version reads from a body, when it is one the catalog knows; {@code null}
   * when the status decides. Decoded by the runtime's decoder, so every rule of where the code is
   * read applies.
   */
  String codeIn(String body) {
    CatalogException e = decoder.decode(400, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    String code = e.details().code().orElse(null);
    return knows(code) ? code : null;
  }

  /**
   * The generated classes whose {@code catch} clauses catch an error of {@code node}: its own,
   * then what it extends, most specific first. The catch-all has none.
   */
  List<String> caughtBy(Node node) {
    return chain(node).stream().map(Node::exception).toList();
  }

  /** The wire codes of the entries a known code refines, nearest first; empty for an unknown code. */
  List<String> refinedCodes(String code) {
    if (!knows(code)) {
      return List.of();
    }
    List<Node> chain = chain(resolve(code, 0));
    return chain.subList(1, chain.size()).stream().map(n -> n.entry().code()).toList();
  }

  /** The entry and those it refines, nearest first; empty for the catch-all. */
  List<Node> chain(Node node) {
    List<Node> chain = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Node n = node; n != null && n.entry() != null && seen.add(n.key()); n = byKey.get(n.entry().refines())) {
      chain.add(n);
    }
    return chain;
  }

  private Node node(ErrorDefinition definition) {
    for (SimulatedCatalog c : lineage) {
      EntrySnapshot entry = c.entryOf(definition);
      if (entry != null) {
        return new Node(c.snapshot().enumName(), entry);
      }
    }
    return Node.UNKNOWN;
  }
}
