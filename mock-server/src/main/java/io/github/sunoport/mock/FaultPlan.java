package io.github.sunoport.mock;

import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Faults queued for the next answers of a route, and the latency added to every provider answer. */
final class FaultPlan {
  private final Map<String, Queue<String>> queued = new ConcurrentHashMap<>();
  private volatile Duration latency = Duration.ZERO;

  void force(Provider provider, String route, String fault, int times) {
    Queue<String> queue = queued.computeIfAbsent(provider.id + ' ' + route, k -> new ConcurrentLinkedQueue<>());
    for (int i = 0; i < times; i++) queue.add(fault);
  }

  /** The fault for this call, consuming it, or null. */
  String poll(Provider provider, String route) {
    if (queued.isEmpty()) return null;
    Queue<String> queue = queued.get(provider.id + ' ' + route);
    return queue == null ? null : queue.poll();
  }

  Duration latency() {
    return latency;
  }

  void latency(Duration latency) {
    this.latency = latency;
  }

  void reset() {
    queued.clear();
    latency = Duration.ZERO;
  }
}
