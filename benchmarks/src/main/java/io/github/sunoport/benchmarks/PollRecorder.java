package io.github.sunoport.benchmarks;

import io.github.sunoport.core.await.TaskFetcher;
import io.github.sunoport.core.model.Task;
import io.github.sunoport.core.model.TaskId;
import java.util.function.LongSupplier;

/**
 * Wraps one await's fetcher and remembers when each fetch started, keeping only what the report needs: the number of
 * fetches and the shortest gap between two consecutive starts. One await's fetches run one after another (the awaiter
 * hands each step to the next through an executor), so plain fields suffice.
 */
final class PollRecorder<T extends Task> implements TaskFetcher<T> {
  private final TaskFetcher<T> delegate;
  private final LongSupplier nanoTime;
  private long lastStart = Long.MIN_VALUE;
  private long shortestGap = Long.MAX_VALUE;
  private int fetches;

  PollRecorder(TaskFetcher<T> delegate, LongSupplier nanoTime) {
    this.delegate = delegate;
    this.nanoTime = nanoTime;
  }

  @Override
  public T fetch(TaskId id) {
    long now = nanoTime.getAsLong();
    if (fetches > 0) {
      shortestGap = Math.min(shortestGap, now - lastStart);
    }
    lastStart = now;
    fetches++;
    return delegate.fetch(id);
  }

  int fetches() {
    return fetches;
  }

  /** The shortest time between two fetch starts, or {@code Long.MAX_VALUE} after fewer than two fetches. */
  long shortestGapNanos() {
    return shortestGap;
  }
}
