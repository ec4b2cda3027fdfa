package dev.errata.processor.writing;

import dev.errata.processor.model.EntryModel;
import java.util.ArrayList;
import java.util.List;

/**
 * How a catalog's tables are split so that every generated method stays far below HotSpot's
 * 8,000-byte JIT limit, and so that a lookup loads only the small nested class it needs.
 *
 * <ul>
 *   <li>Wire codes are spread over hash buckets, a power of two of them, each a string switch
 *       in a class of its own. The bucket of a code is {@code (h ^ (h >>> 16)) & (buckets - 1)}
 *       with {@code h = code.hashCode()}, computed the same way here and in the generated code.
 *   <li>Index tables (new exception, new definition, handler call) are int switches over
 *       consecutive chunks of indices; chunk {@code k} holds indices {@code k << shift} up to
 *       {@code ((k + 1) << shift) - 1}.
 * </ul>
 */
final class TableLayout {

  /** Average wire codes per bucket; a string switch case costs about 30 bytes. */
  static final int CODES_PER_BUCKET = 32;
  /** No bucket may hold more; the bucket count doubles until none does. */
  static final int MAX_CODES_PER_BUCKET = 128;
  /** 128 cases of {@code new X(...)} or {@code handler.onX((X) e)}: about 25 bytes each. */
  static final int EXCEPTION_SHIFT = 7;
  static final int HANDLER_SHIFT = 7;
  /** Estimated bytecode budget of one chunk of definitions. */
  static final int DEFINITION_BUDGET = 5_000;
  static final int MAX_DEFINITION_SHIFT = 5;

  private TableLayout() {}

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
      int weight = 0;
      for (EntryModel entry : chunk) {
        weight += definitionWeight(entry);
      }
      max = Math.max(max, weight);
    }
    return max;
  }

  /** Bytes of bytecode one {@code new ErrorDefinition(...)} case takes, a little over-estimated. */
  private static int definitionWeight(EntryModel entry) {
    return 80 + 9 * entry.remedy().size();
  }
}
