package io.github.sunoport.benchmarks;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts live threads by kind every few milliseconds and keeps each kind's peak, so a report can tell the awaiter's
 * threads from the embedded mock server's (Jetty) and OkHttp's. The JVM's own peak count is exact
 * ({@link java.lang.management.ThreadMXBean#getPeakThreadCount}); this sampler only explains it.
 */
final class ThreadSampler implements AutoCloseable {
  private final Map<String, Integer> peaks = new ConcurrentHashMap<>();
  private final Thread sampler;
  private volatile boolean running = true;

  ThreadSampler(long periodMillis) {
    sampler = new Thread(() -> {
      while (running) {
        sample();
        try {
          Thread.sleep(periodMillis);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "bench-thread-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Takes one sample now. */
  void sample() {
    Map<String, Integer> counts = new TreeMap<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      counts.merge(kindOf(t.getName()), 1, Integer::sum);
    }
    counts.forEach((kind, n) -> peaks.merge(kind, n, Math::max));
  }

  /** The peak live count of each kind since the last {@link #reset()}. */
  Map<String, Integer> peaks() {
    return new TreeMap<>(peaks);
  }

  void reset() {
    peaks.clear();
    sample();
  }

  static String kindOf(String name) {
    if (name.startsWith("sunoport-await")) {
      return "sunoport-await";
    }
    if (name.startsWith("OkHttp")) {
      return "okhttp";
    }
    if (name.startsWith("qtp") || name.startsWith("Scheduler-") || name.contains("Jetty") || name.contains("jetty")
        || name.startsWith("Connector-")) {
      return "mock-server (jetty)";
    }
    if (name.startsWith("bench-")) {
      return "harness";
    }
    return "jvm/other";
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
