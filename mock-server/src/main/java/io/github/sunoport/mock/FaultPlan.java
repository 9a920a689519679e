package io.github.sunoport.mock;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Faults forced on the next answers of a route, and the latency added to every provider answer. A forced fault is
 * held as a run (fault, remaining count) — never as copies — so "the next million calls" costs what one call costs;
 * {@link #ALWAYS} answers every call until reset.
 */
final class FaultPlan {
  /** The most calls one {@code failNext} may cover; beyond that, {@code always} says what is meant. */
  static final long MAX_TIMES = 1_000_000;
  /** Runs of different faults queued on one route; a plan longer than this is a mistake, not a test. */
  static final int MAX_RUNS = 1_000;
  /** Latency beyond a minute tests nothing a client timeout of a minute does not. */
  static final Duration MAX_LATENCY = Duration.ofMinutes(1);
  static final long ALWAYS = -1;

  private final Map<String, Deque<Run>> queued = new ConcurrentHashMap<>();
  private final Map<String, RandomFaults> random = new ConcurrentHashMap<>();
  private volatile Duration latency = Duration.ZERO;
  private final LatencyPlan latencies = new LatencyPlan();

  /** A fault and how many more calls it answers ({@link #ALWAYS}: every call). */
  private static final class Run {
    final String fault;
    long remaining;

    Run(String fault, long remaining) {
      this.fault = fault;
      this.remaining = remaining;
    }
  }

  /**
   * Answers the next {@code times} calls of a route with {@code fault} ({@link #ALWAYS}: every following call), after
   * the runs already queued there.
   */
  void force(Profile provider, String route, String fault, long times) {
    if (times != ALWAYS && (times < 1 || times > MAX_TIMES)) {
      throw new IllegalArgumentException("times must be 1 to " + MAX_TIMES + ", or always; not " + times);
    }
    Deque<Run> runs = queued.computeIfAbsent(provider.id() + ' ' + route, k -> new ArrayDeque<>());
    synchronized (runs) {
      Run last = runs.peekLast();
      if (last != null && last.remaining == ALWAYS) {
        throw new IllegalArgumentException("Route " + route + " already fails always with " + last.fault + "; reset first");
      }
      if (last != null && last.fault.equals(fault) && times != ALWAYS) {
        last.remaining = Math.min(MAX_TIMES * MAX_RUNS, last.remaining + times);
        return;
      }
      if (runs.size() >= MAX_RUNS) {
        throw new IllegalArgumentException("Route " + route + " already has " + MAX_RUNS + " fault runs queued; reset first");
      }
      runs.addLast(new Run(fault, times));
    }
  }

  /** Answers a {@code fraction} of a route's calls with one of {@code faults}, drawn from a seeded random. */
  void random(Profile provider, String route, double fraction, long seed, List<String> faults) {
    String key = provider.id() + ' ' + route;
    if (fraction == 0) {
      random.remove(key);
    } else {
      random.put(key, new RandomFaults(fraction, List.copyOf(faults), new Random(seed)));
    }
  }

  /** The fault for this call, consuming a forced one first, or null. */
  String poll(Profile provider, String route) {
    if (queued.isEmpty() && random.isEmpty()) return null;
    String key = provider.id() + ' ' + route;
    Deque<Run> runs = queued.get(key);
    if (runs != null) {
      synchronized (runs) {
        Run head = runs.peekFirst();
        if (head != null) {
          if (head.remaining != ALWAYS && --head.remaining == 0) runs.removeFirst();
          return head.fault;
        }
      }
    }
    RandomFaults draw = random.get(key);
    return draw == null ? null : draw.next();
  }

  Duration latency() {
    return latency;
  }

  /** Latencies per provider and route, over the one set by {@link #latency(Duration)}. */
  LatencyPlan latencies() {
    return latencies;
  }

  void latency(Duration latency) {
    if (latency.isNegative() || latency.compareTo(MAX_LATENCY) > 0) {
      throw new IllegalArgumentException("latency must be 0 to " + MAX_LATENCY.toMillis() + " ms, not " + latency.toMillis());
    }
    this.latency = latency;
  }

  void reset() {
    queued.clear();
    random.clear();
    latency = Duration.ZERO;
    latencies.reset();
  }

  /** A share of calls to fail and the faults to pick from; one seeded random per route, drawn under its lock. */
  private record RandomFaults(double fraction, List<String> faults, Random random) {
    synchronized String next() {
      if (random.nextDouble() >= fraction) return null;
      return faults.get(random.nextInt(faults.size()));
    }
  }
}
