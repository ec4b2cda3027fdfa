package dev.errata.benchmarks.dispatch;

import dev.errata.Catalog;
import dev.errata.benchmarks.catalogs.c25.Codes25Catalog;
import dev.errata.benchmarks.catalogs.c25.HandMap25;
import dev.errata.benchmarks.catalogs.c25.HandSwitch25;
import dev.errata.benchmarks.catalogs.c25.WireCodes25;
import dev.errata.benchmarks.catalogs.c400.Codes400Catalog;
import dev.errata.benchmarks.catalogs.c400.HandMap400;
import dev.errata.benchmarks.catalogs.c400.HandSwitch400;
import dev.errata.benchmarks.catalogs.c400.WireCodes400;
import dev.errata.benchmarks.catalogs.c4000.Codes4000Catalog;
import dev.errata.benchmarks.catalogs.c4000.HandMap4000;
import dev.errata.benchmarks.catalogs.c4000.HandSwitch4000;
import dev.errata.benchmarks.catalogs.c4000.WireCodes4000;

/** The generated benchmark catalogs and their hand-written peers, by size. */
public record Catalogs(Catalog generated, HandWrittenTable map, HandWrittenTable switches, String[] codes) {

  /** The catalog of {@code size} codes: 25, 400 or 4,000. */
  public static Catalogs of(int size) {
    switch (size) {
      case 25:
        return new Catalogs(Codes25Catalog.INSTANCE, HandMap25.INSTANCE, HandSwitch25.INSTANCE, WireCodes25.all());
      case 400:
        return new Catalogs(Codes400Catalog.INSTANCE, HandMap400.INSTANCE, HandSwitch400.INSTANCE, WireCodes400.all());
      case 4000:
        return new Catalogs(Codes4000Catalog.INSTANCE, HandMap4000.INSTANCE, HandSwitch4000.INSTANCE, WireCodes4000.all());
      default:
        throw new IllegalArgumentException("no catalog of " + size + " codes");
    }
  }
}
