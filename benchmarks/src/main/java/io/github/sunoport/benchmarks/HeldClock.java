package io.github.sunoport.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still until {@link #release()}, then runs at real speed from where it stood. The await harness
 * gives it to the mock server, so every task created before the awaits start is at the same point of its timeline
 * however long creating ten thousand of them took.
 */
final class HeldClock extends Clock {
  private final Instant held;
  private volatile long releasedAtNanos = -1;

  HeldClock(Instant held) {
    this.held = held;
  }

  void release() {
    releasedAtNanos = System.nanoTime();
  }

  @Override
  public Instant instant() {
    long released = releasedAtNanos;
    return released < 0 ? held : held.plusNanos(System.nanoTime() - released);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("UTC only");
  }
}
