package dev.errata.benchmarks.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.IChart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Draws the charts of {@code docs/PERFORMANCE.md} from the committed results:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.errata.benchmarks.report.Charts [RESULTS_DIR] [DOCS_DIR]
 * </pre>
 *
 * reads {@code jmh.json} (JMH's JSON output) and {@code build-time.csv} (from {@code
 * build-time.sh}) in RESULTS_DIR (default {@code benchmarks/results}) and writes {@code
 * performance-dispatch.png}, {@code performance-build-time.png} and {@code
 * performance-decode.png} into DOCS_DIR (default {@code docs}). Error bars are JMH's 99.9%
 * confidence intervals and the build script's standard deviations.
 */
public final class Charts {

  private static final int WIDTH = 800;
  private static final int HEIGHT = 480;

  private Charts() {}

  public static void main(String[] args) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Path results = Path.of(args.length > 0 ? args[0] : "benchmarks/results");
    Path docs = Path.of(args.length > 1 ? args[1] : "docs");
    Files.createDirectories(docs);
    JsonNode jmh = JsonMapper.builder().build().readTree(results.resolve("jmh.json").toFile());
    save(dispatch(jmh), docs.resolve("performance-dispatch.png"));
    save(decode(jmh), docs.resolve("performance-decode.png"));
    save(buildTime(results.resolve("build-time.csv")), docs.resolve("performance-build-time.png"));
  }

  private static XYChart dispatch(JsonNode jmh) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
        .title("Wire code to new exception (no stack traces), by catalog size")
        .xAxisTitle("codes in the catalog (log scale)").yAxisTitle("ns per exception").build();
    style(chart.getStyler());
    chart.getStyler().setXAxisLogarithmic(true);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    Map<String, String> series = new LinkedHashMap<>();
    series.put("generatedTable", "Errata generated table");
    series.put("handWrittenMap", "hand-written HashMap<String, Function>");
    series.put("handWrittenSwitch", "hand-written string switches");
    Color[] colors = {new Color(0x1F, 0x77, 0xB4), new Color(0xFF, 0x7F, 0x0E), new Color(0x2C, 0xA0, 0x2C)};
    int color = 0;
    for (Map.Entry<String, String> s : series.entrySet()) {
      for (String codes : new String[] {"spread", "one"}) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<Double> error = new ArrayList<>();
        for (JsonNode run : jmh) {
          if (run.get("benchmark").asString().endsWith("DispatchBenchmark." + s.getKey())
              && run.get("params").get("codes").asString().equals(codes)) {
            x.add(Double.parseDouble(run.get("params").get("size").asString()));
            y.add(run.get("primaryMetric").get("score").asDouble());
            error.add(error(run.get("primaryMetric")));
          }
        }
        String label = s.getValue() + (codes.equals("one") ? ", one code repeated" : ", 1,024 codes spread");
        XYSeries line = chart.addSeries(label, x, y, error);
        line.setLineColor(colors[color]);
        line.setMarkerColor(colors[color]);
        line.setMarker(codes.equals("one") ? SeriesMarkers.SQUARE : SeriesMarkers.CIRCLE);
        if (codes.equals("one")) {
          line.setLineStyle(SeriesLines.DASH_DASH);
        }
      }
      color++;
    }
    return chart;
  }

  private static CategoryChart decode(JsonNode jmh) {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
        .title("Error response to exception, one thread")
        .xAxisTitle("response").yAxisTitle("ns per decode").build();
    style(chart.getStyler());
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    Map<String, String> series = new LinkedHashMap<>();
    series.put("errata", "Errata");
    series.put("errataNoStackTrace", "Errata, no stack traces");
    series.put("spring", "Spring 7 RestClient default");
    series.put("feign", "Feign 13 default");
    series.put("handWritten", "hand-written Jackson tree + switch");
    for (Map.Entry<String, String> s : series.entrySet()) {
      List<String> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      List<Double> error = new ArrayList<>();
      for (JsonNode run : jmh) {
        if (run.get("benchmark").asString().endsWith("DecodeBenchmark." + s.getKey())) {
          x.add(label(run.get("params").get("status").asString()));
          y.add(run.get("primaryMetric").get("score").asDouble());
          error.add(error(run.get("primaryMetric")));
        }
      }
      chart.addSeries(s.getValue(), x, y, error);
    }
    return chart;
  }

  private static String label(String status) {
    switch (status) {
      case "404":
        return "404 ResourceNotFound";
      case "409":
        return "409 RelationConflict";
      case "429":
        return "429 RateLimited + Retry-After";
      default:
        return status;
    }
  }

  private static XYChart buildTime(Path csv) throws IOException {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
        .title("javac time: with Errata, with a trivial processor, and of the same sources without one")
        .xAxisTitle("codes in the catalog (log scale)").yAxisTitle("seconds per compile").build();
    style(chart.getStyler());
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setXAxisLogarithmic(true);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    List<BuildTimes> rows = BuildTimes.read(csv);
    List<Double> codes = rows.stream().map(r -> (double) r.codes()).toList();
    chart.addSeries("javac with the Errata processor", codes,
        rows.stream().map(BuildTimes::with).toList(), rows.stream().map(BuildTimes::withSd).toList())
        .setMarker(SeriesMarkers.CIRCLE);
    chart.addSeries("javac with a trivial processor (the floor)", codes,
        rows.stream().map(BuildTimes::floor).toList(), rows.stream().map(BuildTimes::floorSd).toList())
        .setMarker(SeriesMarkers.DIAMOND);
    chart.addSeries("javac -proc:none of the same sources", codes,
        rows.stream().map(BuildTimes::without).toList(), rows.stream().map(BuildTimes::withoutSd).toList())
        .setMarker(SeriesMarkers.SQUARE);
    return chart;
  }

  /** Half the width of JMH's confidence interval, 0 when JMH reports none (NaN). */
  private static double error(JsonNode metric) {
    JsonNode error = metric.get("scoreError");
    return error != null && error.isNumber() && !Double.isNaN(error.asDouble()) ? error.asDouble() : 0;
  }

  private static void style(AxesChartStyler styler) {
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotGridLinesColor(new Color(0xDD, 0xDD, 0xDD));
    styler.setLegendBorderColor(Color.LIGHT_GRAY);
    styler.setErrorBarsColorSeriesColor(true);
    styler.setAntiAlias(true);
  }

  private static void save(IChart chart, Path file) throws IOException {
    ImageIO.write(BitmapEncoder.getBufferedImage(chart), "png", file.toFile());
  }
}
