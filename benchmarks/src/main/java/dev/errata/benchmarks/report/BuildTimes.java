package dev.errata.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The rows of {@code build-time.csv}, read by column name as {@code build-time.sh} writes them. */
record BuildTimes(int codes, double with, double withSd, double floor, double floorSd, double without, double withoutSd) {

  /** Errata's own cost: javac with Errata minus javac with a trivial processor. */
  double errataOverFloor() {
    return with - floor;
  }

  static List<BuildTimes> read(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv);
    List<String> header = Arrays.asList(lines.get(0).split(","));
    List<BuildTimes> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      rows.add(new BuildTimes(
          Integer.parseInt(f[header.indexOf("codes")]),
          Double.parseDouble(f[header.indexOf("with_mean_s")]),
          Double.parseDouble(f[header.indexOf("with_sd_s")]),
          Double.parseDouble(f[header.indexOf("floor_mean_s")]),
          Double.parseDouble(f[header.indexOf("floor_sd_s")]),
          Double.parseDouble(f[header.indexOf("without_mean_s")]),
          Double.parseDouble(f[header.indexOf("without_sd_s")])));
    }
    return rows;
  }
}
