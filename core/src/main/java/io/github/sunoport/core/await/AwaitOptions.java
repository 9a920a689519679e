package io.github.sunoport.core.await;

import io.github.sunoport.core.model.TaskState;
import java.time.Duration;
import java.util.Objects;

/**
 * What to wait for and how to poll: the target state, a deadline, and exponential backoff with jitter that never polls
 * faster than {@code minInterval}, since providers limit how often a task may be polled.
 *
 * @param target the state to reach, from {@link TaskState#WAITING} to {@link TaskState#SUCCEEDED}
 * @param timeout how long to wait in all
 * @param initialInterval the wait after the first poll
 * @param maxInterval the longest wait between polls
 * @param minInterval the shortest wait between polls, whatever jitter or the deadline would make it
 * @param multiplier how much the wait grows after each poll, at least 1
 * @param jitter the random share (0 to 1) by which each wait varies, so that many awaits do not poll in step
 * @param listener told of each state change, and of each retryable error polling goes on after
 * @param maxConsecutiveErrors how many retryable errors in a row end the await with the last of them (1 to 1,000); a
 *     provider that answers 500 to every poll is reported within a few minutes rather than at the deadline
 */
public record AwaitOptions(
    TaskState target,
    Duration timeout,
    Duration initialInterval,
    Duration maxInterval,
    Duration minInterval,
    double multiplier,
    double jitter,
    ProgressListener listener,
    int maxConsecutiveErrors) {
  /** The most consecutive errors an await may be told to sit through. */
  public static final int MAX_CONSECUTIVE_ERRORS = 1_000;

  /** Validates every value, naming the one at fault in an {@link IllegalArgumentException}. */
  public AwaitOptions {
    Objects.requireNonNull(target, "target == null");
    if (target == TaskState.FAILED || target == TaskState.UNKNOWN) {
      throw new IllegalArgumentException("target must be a state of progress, not " + target);
    }
    positive(timeout, "timeout");
    positive(initialInterval, "initialInterval");
    positive(maxInterval, "maxInterval");
    positive(minInterval, "minInterval");
    if (maxInterval.compareTo(initialInterval) < 0 || initialInterval.compareTo(minInterval) < 0) {
      throw new IllegalArgumentException("intervals must satisfy minInterval <= initialInterval <= maxInterval");
    }
    if (!(multiplier >= 1.0 && multiplier <= 10.0)) {
      throw new IllegalArgumentException("multiplier must be 1 to 10, was " + multiplier);
    }
    if (!(jitter >= 0.0 && jitter <= 1.0)) {
      throw new IllegalArgumentException("jitter must be 0 to 1, was " + jitter);
    }
    Objects.requireNonNull(listener, "listener == null");
    if (maxConsecutiveErrors < 1 || maxConsecutiveErrors > MAX_CONSECUTIVE_ERRORS) {
      throw new IllegalArgumentException(
          "maxConsecutiveErrors must be 1 to " + MAX_CONSECUTIVE_ERRORS + ", was " + maxConsecutiveErrors);
    }
  }

  /**
   * Waits up to 10 minutes for {@code target}: polls after 2 s, then 1.5 times longer each time up to 30 s, with 20%
   * jitter and never faster than one poll a second; {@value #DEFAULT_MAX_CONSECUTIVE_ERRORS} retryable errors in a row
   * (about two minutes of them) end the await with the last one.
   */
  public static AwaitOptions until(TaskState target) {
    return new AwaitOptions(target, Duration.ofMinutes(10), Duration.ofSeconds(2), Duration.ofSeconds(30),
        Duration.ofSeconds(1), 1.5, 0.2, ProgressListener.none(), DEFAULT_MAX_CONSECUTIVE_ERRORS);
  }

  /** How many retryable errors in a row end an await unless set otherwise. */
  public static final int DEFAULT_MAX_CONSECUTIVE_ERRORS = 10;

  /** Returns a copy with deadline {@code timeout}. */
  public AwaitOptions withTimeout(Duration timeout) {
    return new AwaitOptions(target, timeout, initialInterval, maxInterval, minInterval, multiplier, jitter, listener,
        maxConsecutiveErrors);
  }

  /** Returns a copy polling first after {@code initial}, then growing up to {@code max}, never faster than {@code min}. */
  public AwaitOptions withIntervals(Duration initial, Duration max, Duration min) {
    return new AwaitOptions(target, timeout, initial, max, min, multiplier, jitter, listener,
        maxConsecutiveErrors);
  }

  /** Returns a copy with the given growth factor and jitter. */
  public AwaitOptions withBackoff(double multiplier, double jitter) {
    return new AwaitOptions(target, timeout, initialInterval, maxInterval, minInterval, multiplier, jitter, listener,
        maxConsecutiveErrors);
  }

  /** Returns a copy that tells {@code listener} of each state change. */
  public AwaitOptions withListener(ProgressListener listener) {
    return new AwaitOptions(target, timeout, initialInterval, maxInterval, minInterval, multiplier, jitter, listener,
        maxConsecutiveErrors);
  }

  /**
   * Returns a copy that ends the await with the last error once {@code maxConsecutiveErrors} retryable errors came in a
   * row (1 to 1,000); any successful poll starts the count again.
   */
  public AwaitOptions withMaxConsecutiveErrors(int maxConsecutiveErrors) {
    return new AwaitOptions(target, timeout, initialInterval, maxInterval, minInterval, multiplier, jitter, listener,
        maxConsecutiveErrors);
  }

  private static void positive(Duration d, String name) {
    Objects.requireNonNull(d, name + " == null");
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + d);
    }
  }
}
