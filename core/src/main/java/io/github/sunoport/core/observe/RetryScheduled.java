package io.github.sunoport.core.observe;

import io.github.sunoport.core.error.SunoException;
import java.time.Duration;
import java.util.Objects;

/**
 * A failed read that will be sent again. Creates are never retried, so this never concerns one.
 *
 * @param failed the attempt that failed
 * @param delay the wait before the next attempt, which is number {@code failed.attempt() + 1}
 * @param cause the retryable error of the failed attempt
 */
public record RetryScheduled(HttpExchange failed, Duration delay, SunoException cause) {
  /** Checks that nothing is null. */
  public RetryScheduled {
    Objects.requireNonNull(failed, "failed == null");
    Objects.requireNonNull(delay, "delay == null");
    Objects.requireNonNull(cause, "cause == null");
  }
}
