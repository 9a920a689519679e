package io.github.sunoport.mock;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Faults queued for the next answers of a route, and the latency added to every provider answer. */
final class FaultPlan {
  private final Map<String, Queue<String>> queued = new ConcurrentHashMap<>();
  private final Map<String, RandomFaults> random = new ConcurrentHashMap<>();
  private volatile Duration latency = Duration.ZERO;

  void force(Profile provider, String route, String fault, int times) {
    Queue<String> queue = queued.computeIfAbsent(provider.id() + ' ' + route, k -> new ConcurrentLinkedQueue<>());
    for (int i = 0; i < times; i++) queue.add(fault);
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

  /** The fault for this call, consuming a queued one first, or null. */
  String poll(Profile provider, String route) {
    if (queued.isEmpty() && random.isEmpty()) return null;
    String key = provider.id() + ' ' + route;
    Queue<String> queue = queued.get(key);
    String fault = queue == null ? null : queue.poll();
    if (fault != null) return fault;
    RandomFaults draw = random.get(key);
    return draw == null ? null : draw.next();
  }

  Duration latency() {
    return latency;
  }

  void latency(Duration latency) {
    this.latency = latency;
  }

  void reset() {
    queued.clear();
    random.clear();
    latency = Duration.ZERO;
  }

  /** A share of calls to fail and the faults to pick from; one seeded random per route, drawn under its lock. */
  private record RandomFaults(double fraction, List<String> faults, Random random) {
    synchronized String next() {
      if (random.nextDouble() >= fraction) return null;
      return faults.get(random.nextInt(faults.size()));
    }
  }
}
