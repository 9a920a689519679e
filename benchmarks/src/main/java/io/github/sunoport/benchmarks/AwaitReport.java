package io.github.sunoport.benchmarks;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * What one await-at-scale run measured, and whether it met the targets: every await completed, at most
 * {@value #MAX_EXTRA_THREADS} threads above the baseline, and no two polls of one task closer than the minimum interval.
 */
record AwaitReport(
    int tasks,
    Duration timeline,
    Duration minInterval,
    int succeeded,
    int failed,
    Duration wall,
    int jvmOwnThreads,
    int baselineThreads,
    int peakThreads,
    Map<String, Integer> peakByKind,
    long fetches,
    int maxFetchesPerTask,
    Duration shortestGap,
    long heapBefore,
    long heapHoldingResults,
    long heapAfter) {
  static final int MAX_EXTRA_THREADS = 16;

  int extraThreads() {
    return peakThreads - baselineThreads;
  }

  boolean intervalsRespected() {
    return shortestGap.compareTo(minInterval) >= 0;
  }

  boolean passed() {
    return succeeded == tasks && failed == 0 && extraThreads() <= MAX_EXTRA_THREADS && intervalsRespected();
  }

  String format() {
    return String.join("\n",
        String.format(Locale.ROOT, "await-at-scale: %d awaits, timeline %d ms, minInterval %d ms", tasks,
            timeline.toMillis(), minInterval.toMillis()),
        String.format(Locale.ROOT, "  completed      %d SUCCEEDED, %d other/failed in %.2f s", succeeded, failed,
            wall.toNanos() / 1e9),
        String.format(Locale.ROOT, "  threads        JVM own %d, baseline (mock server + client) %d, peak %d: "
            + "+%d above baseline (target <= %d)", jvmOwnThreads, baselineThreads, peakThreads, extraThreads(),
            MAX_EXTRA_THREADS),
        "  peak by kind   " + peakByKind,
        String.format(Locale.ROOT, "  polls          %d fetches, at most %d per task, shortest gap %.1f ms "
            + "(minInterval %d ms: %s)", fetches, maxFetchesPerTask, shortestGap.toNanos() / 1e6,
            minInterval.toMillis(), intervalsRespected() ? "respected" : "VIOLATED"),
        String.format(Locale.ROOT, "  heap after GC  before %s, holding %d results %s, after release %s",
            mib(heapBefore), succeeded, mib(heapHoldingResults), mib(heapAfter)),
        "  result         " + (passed() ? "PASS" : "FAIL"));
  }

  static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
  }
}
