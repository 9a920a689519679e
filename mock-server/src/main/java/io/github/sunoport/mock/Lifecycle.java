package io.github.sunoport.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a task is on its timeline: {@code timeline} is the time from creation to the final state, the
 * stages in between evenly spaced; a zero timeline puts every task in its final state at the first fetch.
 */
final class Lifecycle {
  private final Clock clock;
  private final Duration timeline;
  /** Stages set by hand (stage control), by task id; few, and cleared on reset. */
  private final Map<String, Pin> pins = new ConcurrentHashMap<>();

  /** A stage set by hand: held there, or (released) the stage the timeline moves on from. */
  private record Pin(int stage, boolean held) {}

  Lifecycle(Clock clock, Duration timeline) {
    this.clock = clock;
    this.timeline = timeline;
  }

  Instant now() {
    return clock.instant();
  }

  /** Index in {@code 0..stages-1}; {@code stages - 1} is the final state. A held task is where it was put. */
  int stage(Task task, int stages) {
    Pin pin = pins.isEmpty() ? null : pins.get(task.id());
    if (pin != null && pin.held()) return Math.min(pin.stage(), stages - 1);
    if (pin != null) return Math.max(Math.min(pin.stage(), stages - 1), clockStage(task, stages));
    return clockStage(task, stages);
  }

  private int clockStage(Task task, int stages) {
    long total = timeline.toNanos();
    if (total <= 0) return stages - 1;
    long elapsed = Math.max(0, Duration.between(task.createdAt(), clock.instant()).toNanos());
    if (elapsed >= total) return stages - 1;
    return (int) Math.min(stages - 1, (elapsed / (double) total) * (stages - 1));
  }

  /** Holds a task at a stage, whatever the clock says, until {@link #unpin}. */
  void pin(String taskId, int stage) {
    pins.put(taskId, new Pin(stage, true));
  }

  /** Lets a held task follow its timeline again from the stage it was held at: it never goes back. */
  void unpin(String taskId) {
    pins.computeIfPresent(taskId, (id, pin) -> new Pin(pin.stage(), false));
  }

  /** True while a task is held. */
  boolean isPinned(String taskId) {
    Pin pin = pins.isEmpty() ? null : pins.get(taskId);
    return pin != null && pin.held();
  }

  void resetPins() {
    pins.clear();
  }

  /** The instant a stage is reached, for timestamps in rendered records. */
  Instant reachedAt(Task task, int stage, int stages) {
    if (stages < 2) return task.createdAt();
    return task.createdAt().plus(timeline.multipliedBy(stage).dividedBy(stages - 1));
  }
}
