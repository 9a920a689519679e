package io.github.sunoport.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwaitReportTest {
  private static AwaitReport report(int succeeded, int peakThreads, Duration shortestGap) {
    return new AwaitReport(1_000, Duration.ofSeconds(2), Duration.ofMillis(500), succeeded, 1_000 - succeeded,
        Duration.ofSeconds(3), 6, 24, peakThreads, Map.of("sunoport-await", 5), 2_500, 3, shortestGap,
        20L << 20, 22L << 20, 20L << 20);
  }

  @Test
  void passes_when_all_complete_within_the_thread_budget_and_interval() {
    AwaitReport report = report(1_000, 24 + 16, Duration.ofMillis(500));

    assertThat(report.passed()).isTrue();
    assertThat(report.format()).contains("+16 above baseline", "respected", "PASS");
  }

  @Test
  void fails_on_a_poll_faster_than_the_minimum_interval() {
    AwaitReport report = report(1_000, 30, Duration.ofMillis(499));

    assertThat(report.passed()).isFalse();
    assertThat(report.format()).contains("VIOLATED", "FAIL");
  }

  @Test
  void fails_on_too_many_threads_or_an_incomplete_await() {
    assertThat(report(1_000, 24 + 17, Duration.ofSeconds(1)).passed()).isFalse();
    assertThat(report(999, 30, Duration.ofSeconds(1)).passed()).isFalse();
  }
}
