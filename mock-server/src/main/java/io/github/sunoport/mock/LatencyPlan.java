package io.github.sunoport.mock;

import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Latencies set per provider and route, per provider, or for everything; the most specific one applies. Each has its
 * own seeded random, so a run with the same calls draws the same delays.
 */
final class LatencyPlan {
  private static final String EVERYTHING = "*";

  private final Map<String, Drawn> byKey = new ConcurrentHashMap<>();

  /** @param provider null for every provider; {@code route} null for every route of it */
  void set(Profile provider, String route, Latency latency, long seed) {
    String key = key(provider == null ? null : provider.id(), route);
    if (latency.isNone()) byKey.remove(key); else byKey.put(key, new Drawn(latency, new Random(seed)));
  }

  /** The delay for a call; {@code fallback} when nothing is set for it. {@code route} is null for unmatched calls. */
  Duration delay(Profile provider, String route, Duration fallback) {
    if (byKey.isEmpty()) return fallback;
    Drawn drawn = route == null ? null : byKey.get(key(provider.id(), route));
    if (drawn == null && provider != null) drawn = byKey.get(key(provider.id(), null));
    if (drawn == null) drawn = byKey.get(EVERYTHING);
    return drawn == null ? fallback : Duration.ofMillis(drawn.next());
  }

  void reset() {
    byKey.clear();
  }

  private static String key(String provider, String route) {
    if (provider == null) return EVERYTHING;
    return route == null ? provider : provider + ' ' + route;
  }

  private record Drawn(Latency latency, Random random) {
    synchronized long next() {
      return latency.sampleMillis(random);
    }
  }
}
