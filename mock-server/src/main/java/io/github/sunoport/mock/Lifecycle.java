package io.github.sunoport.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Where a task is on its timeline: {@code timeline} is the time from creation to the final state, the
 * stages in between evenly spaced; a zero timeline puts every task in its final state at the first fetch.
 */
final class Lifecycle {
  private final Clock clock;
  private final Duration timeline;

  Lifecycle(Clock clock, Duration timeline) {
    this.clock = clock;
    this.timeline = timeline;
  }

  Instant now() {
    return clock.instant();
  }

  /** Index in {@code 0..stages-1}; {@code stages - 1} is the final state. */
  int stage(Task task, int stages) {
    long total = timeline.toNanos();
    if (total <= 0) return stages - 1;
    long elapsed = Math.max(0, Duration.between(task.createdAt(), clock.instant()).toNanos());
    if (elapsed >= total) return stages - 1;
    return (int) Math.min(stages - 1, (elapsed / (double) total) * (stages - 1));
  }

  /** The instant a stage is reached, for timestamps in rendered records. */
  Instant reachedAt(Task task, int stage, int stages) {
    if (stages < 2) return task.createdAt();
    return task.createdAt().plus(timeline.multipliedBy(stage).dividedBy(stages - 1));
  }
}
