package io.github.sunoport.mock;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Faults armed for callback delivery: one per (provider, stage), consumed by the next task of that provider whose
 * callback of that stage is sent. {@code duplicate} sends it twice, {@code delay:<ms>} sends it that much later
 * without holding back the following stages (so it may arrive after them), {@code drop} never sends it.
 */
final class CallbackFaults {
  static final long MAX_DELAY_MILLIS = 600_000;

  /** A parsed fault; {@code delayMillis} is only set for {@code delay}. */
  record Fault(String name, long delayMillis) {}

  private final Map<String, Fault> armed = new ConcurrentHashMap<>();

  void arm(Profile provider, String stage, String fault) {
    if (provider.callbacks() == null) {
      throw new IllegalArgumentException(provider.id() + " sends no callbacks; use one of " + Profiles.ALL.stream()
          .filter(p -> p.callbacks() != null).map(Profile::id).collect(Collectors.joining(", ")));
    }
    List<String> stages = provider.callbacks().shape().stageNames();
    if (!stages.contains(stage)) {
      throw new IllegalArgumentException("Unknown callback stage '" + stage + "'; known: " + stages);
    }
    armed.put(provider.id() + ' ' + stage, parse(fault));
  }

  /** The fault for this delivery, consuming it, or null. */
  Fault take(Profile provider, String stage) {
    return armed.isEmpty() ? null : armed.remove(provider.id() + ' ' + stage);
  }

  void reset() {
    armed.clear();
  }

  static Fault parse(String fault) {
    if ("duplicate".equals(fault) || "drop".equals(fault)) return new Fault(fault, 0);
    if (fault != null && fault.matches("delay:\\d{1,9}")) {
      long millis = Long.parseLong(fault.substring("delay:".length()));
      if (millis <= MAX_DELAY_MILLIS) return new Fault("delay", millis);
    }
    throw new IllegalArgumentException(
        "Unknown callback fault '" + fault + "'; use duplicate, drop or delay:<ms> (at most " + MAX_DELAY_MILLIS + ")");
  }
}
