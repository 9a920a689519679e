package io.github.sunoport.core.await;

import io.github.sunoport.core.error.SunoException;
import io.github.sunoport.core.model.Task;

/**
 * Told each time an awaited task is seen in a new state (or with a new provider status word), including the first, and
 * of each retryable error polling goes on after.
 */
@FunctionalInterface
public interface ProgressListener {
  /** Called with the task as just fetched. An exception thrown here ends the await with that exception. */
  void onChange(Task task);

  /**
   * Called with each retryable error a poll ended in (a 500, a rate limit, maintenance, a dropped connection) and how
   * many came in a row, including this one; the count starts again after a successful poll. When the count reaches
   * {@link AwaitOptions#maxConsecutiveErrors()} the await ends with this error right after the call. Does nothing
   * unless overridden; an exception thrown here ends the await with that exception.
   */
  default void onError(SunoException error, int consecutiveErrors) {}

  /** A listener that does nothing. */
  static ProgressListener none() {
    return task -> {};
  }
}
