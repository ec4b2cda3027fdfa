package dev.errata.compat;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The check cannot disagree with the decoder: generated pairs of catalog versions are compiled
 * with the processor, realistic responses are decoded with both versions' generated decoders, and
 * every response that loses a {@code catch} must find the check's report breaking; every response
 * the report gives as an example must really move as it says.
 *
 * <p>The responses are those the check's space is made of ({@link ResponseSpace}): a body without
 * a known code at any error status, or one code of a version at any place the decoder reads, with
 * that version's status for it, maybe with a code it refines and values the catalog does not know
 * elsewhere. {@code jqwik.tries.default} sets how many pairs are tried (see
 * {@code junit-platform.properties}).
 */
class DecodingPropertyTest {

  private static final String ENUM = "com.acme.gen.GenError";
  private static final List<String> WIRE = List.of("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel");
  private static final List<Integer> STATUSES = List.of(400, 402, 403, 404, 409, 422, 429, 500, 503);
  private static final List<List<String>> POINTERS = List.of(List.of(), List.of("/error/code"),
      List.of("/error/reason", "/error/code"), List.of("/error/code", "/error/reason"), List.of("/type"),
      List.of("/error/code", "/type"), List.of("/code", "/error/reason"));
  private static final List<String> PLACES = List.of("/code", "/errorCode", "/error_code", "/error/code", "/error/status",
      "/error/type", "/errors/0/extensions/code", "/errors/0/code", "/errors/0/type", "/type", "/error", "/error/reason");
  private static final int RESPONSES = 80;

  private static final AtomicLong PAIRS = new AtomicLong();
  private static final AtomicLong DECODED = new AtomicLong();
  private static final AtomicLong MOVED = new AtomicLong();
  private static final AtomicLong BREAKING = new AtomicLong();

  /** One code of a generated catalog. */
  record Code(String name, String wire, int status, String refines, boolean standsFor, String retry) {
    String source() {
      StringBuilder s = new StringBuilder("  @ErrorCode(code = \"" + wire + "\", description = \"The " + wire + " error.\"");
      if (refines == null || status != 0) {
        s.append(", status = ").append(status);
      }
      if (refines != null) {
        s.append(", refines = \"").append(refines).append('"');
      }
      if (standsFor) {
        s.append(", standsForStatus = true");
      }
      return s.append(", retry = Retry.").append(retry).append(")\n  ").append(name).toString();
    }
  }

  /** A generated catalog. */
  record Gen(List<String> pointers, List<Code> codes) {
    String source() {
      StringBuilder s = new StringBuilder("""
          package com.acme.gen;

          import dev.errata.ErrorCatalog;
          import dev.errata.ErrorCode;
          import dev.errata.Retry;
          import dev.errata.http.HttpError;

          @ErrorCatalog(parent = HttpError.class, codePointer = {""");
      s.append(String.join(", ", pointers.stream().map(p -> "\"" + p + "\"").toList())).append("})\npublic enum GenError {\n");
      s.append(String.join(",\n", codes.stream().map(Code::source).toList()));
      return s.append("\n}\n").toString();
    }
  }

  @Provide
  Arbitrary<Gen[]> pairs() {
    Arbitrary<Gen> base = Arbitraries.integers().between(0, Integer.MAX_VALUE).map(seed -> generate(new Random(seed)));
    Arbitrary<Integer> edits = Arbitraries.integers().between(0, Integer.MAX_VALUE);
    return Combinators.combine(base, edits).as((gen, seed) -> new Gen[] {gen, edit(gen, new Random(seed))});
  }

  @Property
  void everyVerdictMatchesWhatTheGeneratedDecodersDo(@ForAll("pairs") Gen[] pair, @ForAll long responseSeed) {
    Optional<CompiledCatalog> before = CompiledCatalog.compile(ENUM, pair[0].source());
    Optional<CompiledCatalog> after = CompiledCatalog.compile(ENUM, pair[1].source());
    Assume.that(before.isPresent() && after.isPresent());
    PAIRS.incrementAndGet();
    CatalogSnapshot old = before.get().snapshot("before");
    CatalogSnapshot now = after.get().snapshot("after");
    CompatibilityReport report = CompatibilityCheck.compare(old, now);

    Decoded.assertExamplesMove(before.get(), after.get(), report);
    Random random = new Random(responseSeed);
    for (int i = 0; i < RESPONSES; i++) {
      boolean fromOld = random.nextBoolean();
      Response r = response(random, fromOld ? old : now, old, now);
      DECODED.incrementAndGet();
      List<String> lost = Decoded.lostCatches(before.get(), after.get(), r.status(), r.body());
      if (!lost.isEmpty()) {
        MOVED.incrementAndGet();
        assertWithMessage("%s %s loses catch (%s e), but the report has no breaking change:\n%s\n---\n%s",
            r.status(), r.body(), lost, pair[0].source(), pair[1].source())
            .that(report.hasBreakingChanges()).isTrue();
      }
    }
    if (report.hasBreakingChanges()) {
      BREAKING.incrementAndGet();
    }
  }

  @AfterContainer
  static void summary() {
    System.out.printf("Compatibility check against the decoders: %d catalog pairs, %d responses, %d of them moved out"
        + " of a catch, %d pairs reported breaking%n", PAIRS.get(), DECODED.get(), MOVED.get(), BREAKING.get());
  }

  record Response(int status, String body) {}

  /** A response a server of {@code version} sends, or one without a known code. */
  private static Response response(Random random, CatalogSnapshot version, CatalogSnapshot old, CatalogSnapshot now) {
    List<EntrySnapshot> codes = new ArrayList<>(version.entries());
    version.ancestors().forEach(a -> codes.addAll(a.entries()));
    if (random.nextInt(4) == 0) {
      int status = random.nextInt(3) == 0 ? 400 + random.nextInt(200) : STATUSES.get(random.nextInt(STATUSES.size()));
      String body = switch (random.nextInt(5)) {
        case 0 -> "";
        case 1 -> "<html><head><title>502 Bad Gateway</title></head></html>";
        case 2 -> "{\"code\":\"no_such_code\",\"message\":\"m\"}";
        case 3 -> "{\"type\":\"https://docs.example.com/errors#nothing\",\"title\":\"t\"}";
        default -> "{}";
      };
      return new Response(status, body);
    }
    // Mostly the catalog's own codes, sometimes the HTTP catalog's.
    EntrySnapshot entry = random.nextInt(4) == 0 ? codes.get(random.nextInt(codes.size()))
        : version.entries().get(random.nextInt(version.entries().size()));
    List<ResponseSpace.Slot> slots = new ArrayList<>();
    List<String> values = new ArrayList<>();
    slots.add(place(random, version));
    values.add(entry.code());
    if (!entry.refines().isEmpty() && random.nextBoolean()) {
      Map<String, EntrySnapshot> byKey = index(version);
      EntrySnapshot general = byKey.get(entry.refines());
      if (general != null) {
        slots.add(place(random, version));
        values.add(general.code());
      }
    }
    if (random.nextBoolean()) {
      slots.add(random.nextBoolean() ? new ResponseSpace.Slot("/type", ResponseSpace.Form.TYPE_LINK)
          : place(random, version));
      values.add("unknown_" + random.nextInt(3));
    }
    String body = ResponseSpace.body(slots, values);
    if (body == null) {
      body = ResponseSpace.body(slots.subList(0, 1), values.subList(0, 1));
    }
    int status = entry.category() ? entry.status() + random.nextInt(entry.statusTo() - entry.status() + 1) : entry.status();
    return new Response(status, body == null ? "" : body);
  }

  private static ResponseSpace.Slot place(Random random, CatalogSnapshot version) {
    List<String> places = new ArrayList<>(version.codePointers());
    places.addAll(PLACES);
    String pointer = places.get(random.nextInt(places.size()));
    return new ResponseSpace.Slot(pointer, pointer.equals("/type") && random.nextBoolean()
        ? ResponseSpace.Form.TYPE_LINK : ResponseSpace.Form.TEXT);
  }

  private static Map<String, EntrySnapshot> index(CatalogSnapshot version) {
    Map<String, EntrySnapshot> byKey = new LinkedHashMap<>();
    version.entries().forEach(e -> byKey.put(version.enumName() + "." + e.name(), e));
    version.ancestors().forEach(a -> a.entries().forEach(e -> byKey.put(a.enumName() + "." + e.name(), e)));
    return byKey;
  }

  // ---- Catalogs and edits ----

  private static Gen generate(Random random) {
    List<String> wires = new ArrayList<>(WIRE);
    java.util.Collections.shuffle(wires, random);
    List<Code> codes = new ArrayList<>();
    int n = 2 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      codes.add(code(random, wires.get(i), codes));
    }
    return new Gen(POINTERS.get(random.nextInt(POINTERS.size())), codes);
  }

  private static Code code(Random random, String wire, List<Code> earlier) {
    String refines = null;
    int status = STATUSES.get(random.nextInt(STATUSES.size()));
    if (!earlier.isEmpty() && random.nextInt(5) < 2) {
      Code parent = earlier.get(random.nextInt(earlier.size()));
      refines = parent.name();
      int pick = random.nextInt(3);
      status = pick == 0 ? 0 : pick == 1 ? statusOf(parent, earlier) : sameClass(random, statusOf(parent, earlier));
    }
    boolean standsFor = random.nextInt(5) == 0;
    String retry = List.of("YES", "NO", "INHERIT").get(random.nextInt(3));
    return new Code(wire.toUpperCase(java.util.Locale.ROOT), wire, status, refines, standsFor, retry);
  }

  private static int statusOf(Code code, List<Code> codes) {
    if (code.status() != 0) {
      return code.status();
    }
    return codes.stream().filter(c -> c.name().equals(code.refines())).findFirst().map(c -> statusOf(c, codes)).orElse(400);
  }

  private static int sameClass(Random random, int status) {
    List<Integer> same = STATUSES.stream().filter(s -> s / 100 == status / 100).toList();
    return same.get(random.nextInt(same.size()));
  }

  private static Gen edit(Gen gen, Random random) {
    List<Code> codes = new ArrayList<>(gen.codes());
    List<String> pointers = gen.pointers();
    int edits = 1 + (random.nextInt(4) == 0 ? 1 : 0);
    for (int e = 0; e < edits; e++) {
      int i = random.nextInt(codes.size());
      Code c = codes.get(i);
      switch (random.nextInt(10)) {
        case 0 -> {
          List<String> unused = WIRE.stream().filter(w -> codes.stream().noneMatch(x -> x.wire().equals(w))).toList();
          if (!unused.isEmpty()) {
            codes.add(random.nextInt(codes.size() + 1), code(random, unused.get(random.nextInt(unused.size())), codes));
          }
        }
        case 1 -> {
          if (codes.size() > 1) {
            codes.remove(i);
            codes.replaceAll(x -> c.name().equals(x.refines())
                ? new Code(x.name(), x.wire(), statusOf(x, gen.codes()), null, x.standsFor(), x.retry()) : x);
          }
        }
        case 2 -> codes.set(i, new Code(c.name(), c.wire() + "_v2", c.status(), c.refines(), c.standsFor(), c.retry()));
        case 3 -> codes.set(i, new Code(c.name(), c.wire(), c.status() == 0 ? 0 : sameClass(random, c.status()),
            c.refines(), c.standsFor(), c.retry()));
        case 4 -> {
          Code parent = codes.get(random.nextInt(codes.size()));
          String refines = parent == c || random.nextBoolean() ? null : parent.name();
          codes.set(i, new Code(c.name(), c.wire(), statusOf(c, codes), refines, c.standsFor(), c.retry()));
        }
        case 5 -> codes.set(i, new Code(c.name(), c.wire(), c.status(), c.refines(), !c.standsFor(), c.retry()));
        case 6 -> pointers = POINTERS.get(random.nextInt(POINTERS.size()));
        case 7 -> codes.set(i, new Code(c.name(), c.wire(), c.status(), c.refines(), c.standsFor(),
            c.retry().equals("YES") ? "NO" : "YES"));
        case 8 -> {
          String renamed = c.name() + "_NEW";
          codes.replaceAll(x -> c.name().equals(x.refines())
              ? new Code(x.name(), x.wire(), x.status(), renamed, x.standsFor(), x.retry()) : x);
          Code now = codes.get(i);
          codes.set(i, new Code(renamed, now.wire(), now.status(), now.refines(), now.standsFor(), now.retry()));
        }
        default -> codes.set(i, new Code(c.name(), c.wire(), c.status() == 0 ? 0 : STATUSES.get(random.nextInt(STATUSES.size())),
            c.refines(), c.standsFor(), c.retry()));
      }
    }
    return new Gen(pointers, codes);
  }
}
