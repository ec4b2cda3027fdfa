package dev.errata.processor.writing;

import com.palantir.javapoet.CodeBlock;
import dev.errata.processor.model.CatalogModel;
import dev.errata.processor.model.EntryModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a catalog's tables are laid out, so that every generated method stays below HotSpot's
 * 8,000-byte JIT limit.
 *
 * <p>A catalog whose wire code switch fits one method of {@link #ONE_TABLE_BUDGET} bytes (about
 * 200 codes: a case costs 33 bytes) gets one plain switch per table in the catalog class, with
 * its entries named by int constants that carry their enum constants' names. Its definitions
 * (40 to 70 bytes a case, more with long remedies) take as many methods of the catalog class as
 * their size requires, usually one. A larger catalog is split into nested classes, which the
 * JVM loads only as lookups need them:
 *
 * <ul>
 *   <li>Wire codes are spread over hash buckets, a power of two of them, each a string switch
 *       in a class of its own. The bucket of a code is {@code (h ^ (h >>> 16)) & (buckets - 1)}
 *       with {@code h = code.hashCode()}, computed the same way here and in the generated code.
 *   <li>Index tables (new exception, new definition, handler call) are int switches over
 *       consecutive chunks of indices; chunk {@code k} holds indices {@code k << shift} up to
 *       {@code ((k + 1) << shift) - 1}.
 * </ul>
 *
 * <p>The weights below are what javac 17 to 25 emit per case, rounded up; {@code TableLayoutTest}
 * measures catalogs on both sides of the line.
 */
final class TableLayout {

  /** Bytecode one generated table may take, by the weights below: 8,000 with a margin. */
  static final int ONE_TABLE_BUDGET = 7_600;
  /** Average wire codes per bucket; a string switch case costs about 33 bytes. */
  static final int CODES_PER_BUCKET = 32;
  /** No bucket may hold more; the bucket count doubles until none does. */
  static final int MAX_CODES_PER_BUCKET = 128;
  /** 128 cases of {@code X.create(...)} or {@code handler.onX((X) e)}: under 20 bytes each. */
  static final int EXCEPTION_SHIFT = 7;
  static final int HANDLER_SHIFT = 7;
  /** Estimated bytecode budget of one chunk of definitions. */
  static final int DEFINITION_BUDGET = 5_000;
  static final int MAX_DEFINITION_SHIFT = 5;

  /** Bytes of one case of a wire code switch; a code whose hash another code shares costs more. */
  private static final int CODE_CASE_WEIGHT = 36;
  private static final int SHARED_HASH_WEIGHT = 12;
  /** Bytes of one case of the exception or handler switch. */
  private static final int CALL_CASE_WEIGHT = 20;

  private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  private final boolean oneTable;
  /** The int constant naming each entry, by index; {@code null} where an entry has none. */
  private final String[] names;

  private TableLayout(boolean oneTable, String[] names) {
    this.oneTable = oneTable;
    this.names = names;
  }

  static TableLayout of(CatalogModel catalog) {
    List<EntryModel> entries = catalog.entries();
    boolean oneTable = codeSwitchWeight(entries) <= ONE_TABLE_BUDGET && entries.size() * CALL_CASE_WEIGHT <= ONE_TABLE_BUDGET;
    String[] names = new String[entries.size()];
    if (oneTable) {
      Set<String> taken = takenNames(catalog);
      for (EntryModel entry : entries) {
        if (CONSTANT_NAME.matcher(entry.name()).matches() && !taken.contains(entry.name())) {
          names[entry.index()] = entry.name();
        }
      }
    }
    return new TableLayout(oneTable, names);
  }

  private static int codeSwitchWeight(List<EntryModel> entries) {
    Set<Integer> hashes = new HashSet<>();
    for (EntryModel entry : entries) {
      hashes.add(entry.code().hashCode());
    }
    return entries.size() * CODE_CASE_WEIGHT + (entries.size() - hashes.size()) * SHARED_HASH_WEIGHT;
  }

  /**
   * The definitions of a one-table catalog in consecutive parts, each a method of the catalog
   * class within the budget; one part for all but the largest such catalogs.
   */
  static List<List<EntryModel>> definitionParts(List<EntryModel> entries) {
    List<List<EntryModel>> parts = new ArrayList<>();
    int start = 0;
    int weight = 0;
    for (int i = 0; i < entries.size(); i++) {
      int next = definitionWeight(entries.get(i));
      if (i > start && weight + next > ONE_TABLE_BUDGET) {
        parts.add(entries.subList(start, i));
        start = i;
        weight = 0;
      }
      weight += next;
    }
    if (start < entries.size()) {
      parts.add(entries.subList(start, entries.size()));
    }
    return parts;
  }

  /**
   * Names an int constant of the catalog class may not take: its {@code INSTANCE}, and the
   * types its code names by their simple names (the enums of the catalog and its ancestors, and
   * the classes enclosing them), which a constant of the same name would hide.
   */
  private static Set<String> takenNames(CatalogModel catalog) {
    Set<String> taken = new HashSet<>();
    taken.add("INSTANCE");
    for (CatalogModel c : catalog.lineage()) {
      taken.addAll(c.id().enumSimpleNames());
    }
    return taken;
  }

  /** Whether every table is one switch in the catalog class. */
  boolean oneTable() {
    return oneTable;
  }

  /** The int constant that names an entry in the catalog class, if it has one. */
  Optional<String> constantName(EntryModel entry) {
    return Optional.ofNullable(names[entry.index()]);
  }

  /** How the tables refer to an entry: its constant, or its index. */
  CodeBlock ref(EntryModel entry) {
    String name = names[entry.index()];
    return name != null ? CodeBlock.of("$L", name) : CodeBlock.of("$L", entry.index());
  }

  /** The bucket of a wire code among {@code buckets} (a power of two). */
  static int bucket(String code, int buckets) {
    int h = code.hashCode();
    return (h ^ (h >>> 16)) & (buckets - 1);
  }

  /** Entries per bucket; the number of buckets is a power of two. */
  static List<List<EntryModel>> buckets(List<EntryModel> entries) {
    int count = 1;
    while (count * CODES_PER_BUCKET < entries.size()) {
      count <<= 1;
    }
    while (true) {
      List<List<EntryModel>> buckets = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        buckets.add(new ArrayList<>());
      }
      for (EntryModel entry : entries) {
        buckets.get(bucket(entry.code(), count)).add(entry);
      }
      if (buckets.stream().allMatch(b -> b.size() <= MAX_CODES_PER_BUCKET)) {
        return buckets;
      }
      count <<= 1;
    }
  }

  /** Consecutive chunks of {@code 1 << shift} entries. */
  static List<List<EntryModel>> chunks(List<EntryModel> entries, int shift) {
    List<List<EntryModel>> chunks = new ArrayList<>();
    for (int start = 0; start < entries.size(); start += 1 << shift) {
      chunks.add(entries.subList(start, Math.min(entries.size(), start + (1 << shift))));
    }
    return chunks;
  }

  /** The largest shift (at most 32 entries a chunk) whose chunks of definitions fit the budget. */
  static int definitionShift(List<EntryModel> entries) {
    int shift = MAX_DEFINITION_SHIFT;
    while (shift > 0 && maxWeight(chunks(entries, shift)) > DEFINITION_BUDGET) {
      shift--;
    }
    return shift;
  }

  private static int maxWeight(List<List<EntryModel>> chunks) {
    int max = 0;
    for (List<EntryModel> chunk : chunks) {
      max = Math.max(max, weight(chunk));
    }
    return max;
  }

  private static int weight(List<EntryModel> entries) {
    int weight = 0;
    for (EntryModel entry : entries) {
      weight += definitionWeight(entry);
    }
    return weight;
  }

  /**
   * Bytes of one {@code new ErrorDefinition(...)} case: its strings and numbers, the parent's
   * lookup, the remedy's {@code List.of}, whose steps past ten go through an array, and the
   * members' {@code List.of(new MemberDefinition(...), ...)}, likewise.
   */
  private static int definitionWeight(EntryModel entry) {
    int steps = entry.remedy().size();
    int members = entry.members().size();
    int weight = steps <= 10 ? 56 + 3 * steps : 64 + 7 * steps;
    if (members > 0) {
      weight += members <= 10 ? 8 + 22 * members : 16 + 26 * members;
    }
    return weight;
  }
}
