package io.github.sunoport.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JmhSummaryTest {
  private static String result(String method, double score, double alloc) {
    return "{\"benchmark\":\"io.github.sunoport.benchmarks.AdapterOverheadBenchmark." + method + "\","
        + "\"params\":{\"server\":\"fixed\"},"
        + "\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":\"NaN\",\"scoreUnit\":\"us/op\"},"
        + "\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":" + alloc + ",\"scoreUnit\":\"B/op\"}}}";
  }

  @Test
  void reports_the_adapter_to_raw_ratios_against_their_targets() throws Exception {
    // given the adapter 10% slower and allocating 1.6x
    String json = "[" + result("rawOkHttpToMap", 100, 10_000) + "," + result("adapterFetch", 110, 16_000) + "]";

    // when
    List<String> lines = JmhSummary.format(JmhSummary.parse(json));

    // then
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("time", "1.100x", "met"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("alloc", "1.600x", "MISSED"));
    assertThat(lines.get(1)).contains("AdapterOverheadBenchmark.rawOkHttpToMap", "{server=fixed}");
  }
}
