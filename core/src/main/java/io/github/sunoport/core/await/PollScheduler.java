package io.github.sunoport.core.await;

import java.time.Duration;
import java.util.concurrent.Future;

/** Runs a task after a delay; replaced in tests by a virtual-time scheduler. */
@FunctionalInterface
public interface PollScheduler {
  /** Runs {@code task} once after {@code delay}; cancelling the returned future prevents it if it has not started. */
  Future<?> schedule(Runnable task, Duration delay);
}
