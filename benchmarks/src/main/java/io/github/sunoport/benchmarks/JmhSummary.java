package io.github.sunoport.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a compact table of a JMH JSON result ({@code -rf json}) and checks the adapter-overhead targets: the adapter's
 * fetch at most {@value #MAX_TIME_RATIO}x the time and {@value #MAX_ALLOC_RATIO}x the bytes allocated per call of the
 * raw OkHttp + Moshi baseline.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.github.sunoport.benchmarks.JmhSummary result.json</pre>
 */
public final class JmhSummary {
  static final double MAX_TIME_RATIO = 1.15;
  static final double MAX_ALLOC_RATIO = 1.5;

  /** One benchmark result: time per op in its unit, and bytes allocated per op (NaN without {@code -prof gc}). */
  record Row(String benchmark, String params, double score, double error, String unit, double allocPerOp) {}

  private JmhSummary() {}

  public static void main(String[] args) throws IOException {
    List<Row> rows = parse(Files.readString(Path.of(args[0])));
    List<String> lines = format(rows);
    lines.forEach(System.out::println);
    System.exit(lines.stream().anyMatch(l -> l.contains("MISSED")) ? 1 : 0);
  }

  static List<Row> parse(String json) throws IOException {
    JsonAdapter<List<Map<String, Object>>> adapter = new Moshi.Builder().build()
        .adapter(Types.newParameterizedType(List.class, Types.newParameterizedType(Map.class, String.class,
            Object.class)));
    List<Row> rows = new ArrayList<>();
    for (Map<String, Object> result : adapter.fromJson(json)) {
      String name = (String) result.get("benchmark");
      Map<?, ?> primary = (Map<?, ?>) result.get("primaryMetric");
      Map<?, ?> secondary = (Map<?, ?>) result.getOrDefault("secondaryMetrics", Map.of());
      Map<?, ?> alloc = (Map<?, ?>) secondary.get("gc.alloc.rate.norm");
      Object params = result.get("params");
      rows.add(new Row(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1),
          params == null ? "" : params.toString(), number(primary.get("score")), number(primary.get("scoreError")),
          (String) primary.get("scoreUnit"), alloc == null ? Double.NaN : number(alloc.get("score"))));
    }
    return rows;
  }

  static List<String> format(List<Row> rows) {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "%-48s %-28s %12s %10s %14s", "benchmark", "params", "score", "error",
        "B/op (gc)"));
    for (Row r : rows) {
      lines.add(String.format(Locale.ROOT, "%-48s %-28s %12.3f %10.3f %14.0f  %s", r.benchmark(), r.params(),
          r.score(), r.error(), r.allocPerOp(), r.unit()));
    }
    for (Row raw : rows) {
      if (!raw.benchmark().endsWith(".rawOkHttpToMap")) {
        continue;
      }
      for (Row adapter : rows) {
        if (adapter.benchmark().endsWith(".adapterFetch") && adapter.params().equals(raw.params())) {
          lines.add(ratio("time", adapter.score() / raw.score(), MAX_TIME_RATIO, raw.params()));
          if (!Double.isNaN(raw.allocPerOp())) {
            lines.add(ratio("alloc", adapter.allocPerOp() / raw.allocPerOp(), MAX_ALLOC_RATIO, raw.params()));
          }
        }
      }
    }
    return lines;
  }

  private static String ratio(String what, double ratio, double max, String params) {
    return String.format(Locale.ROOT, "adapter/raw %-5s %s %.3fx (target <= %.2fx) %s", what, params, ratio, max,
        ratio <= max ? "met" : "MISSED");
  }

  private static double number(Object value) {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    // JMH writes "NaN" as a string when an error cannot be computed (a single iteration).
    return value == null ? Double.NaN : Double.parseDouble(value.toString());
  }
}
