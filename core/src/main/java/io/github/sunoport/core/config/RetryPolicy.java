package io.github.sunoport.core.config;

import io.github.sunoport.core.error.InvalidSettingsException;
import java.time.Duration;
import java.util.Optional;

/**
 * How reads (task details, credits) are retried on rate limits, maintenance, server errors and I/O errors: bounded
 * exponential backoff that honours the provider's Retry-After up to a cap. Submits are never retried automatically.
 *
 * @param maxAttempts attempts in all, including the first; 1 means no retry
 * @param initialBackoff the wait before the first retry
 * @param maxBackoff the longest wait between attempts
 * @param multiplier how much each wait grows, at least 1
 * @param maxRetryAfter the longest Retry-After honoured; a longer one ends the retries
 */
public record RetryPolicy(
    int maxAttempts, Duration initialBackoff, Duration maxBackoff, double multiplier, Duration maxRetryAfter) {
  private static final RetryPolicy DEFAULTS =
      new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8), 2.0, Duration.ofSeconds(30));
  private static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 1.0, Duration.ZERO);

  /** Validates the values, naming the one at fault in an {@link InvalidSettingsException}. */
  public RetryPolicy {
    if (maxAttempts < 1 || maxAttempts > 20) {
      throw new InvalidSettingsException("retryPolicy.maxAttempts", "must be 1 to 20, was " + maxAttempts);
    }
    nonNegative(initialBackoff, "retryPolicy.initialBackoff");
    nonNegative(maxBackoff, "retryPolicy.maxBackoff");
    nonNegative(maxRetryAfter, "retryPolicy.maxRetryAfter");
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new InvalidSettingsException("retryPolicy.maxBackoff", "is shorter than initialBackoff");
    }
    if (!(multiplier >= 1.0 && multiplier <= 10.0)) {
      throw new InvalidSettingsException("retryPolicy.multiplier", "must be 1 to 10, was " + multiplier);
    }
  }

  /** Three attempts, waits of 0.5 s then 1 s (up to 8 s), Retry-After honoured up to 30 s. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** A single attempt. */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * How long to wait before retry number {@code retry} (1 for the first retry), given the provider's Retry-After;
   * empty when no retry should be made (attempts used up, or the provider asked for a longer wait than allowed).
   */
  public Optional<Duration> delayBeforeRetry(int retry, Optional<Duration> retryAfter) {
    if (retry < 1 || retry >= maxAttempts) {
      return Optional.empty();
    }
    if (retryAfter.isPresent() && retryAfter.get().compareTo(maxRetryAfter) > 0) {
      return Optional.empty();
    }
    double nanos = initialBackoff.toNanos() * Math.pow(multiplier, retry - 1);
    Duration backoff = nanos >= maxBackoff.toNanos() ? maxBackoff : Duration.ofNanos((long) nanos);
    return Optional.of(retryAfter.filter(r -> r.compareTo(backoff) > 0).orElse(backoff));
  }

  private static void nonNegative(Duration d, String name) {
    if (d == null) {
      throw new InvalidSettingsException(name, "is missing");
    }
    if (d.isNegative()) {
      throw new InvalidSettingsException(name, "is negative: " + d);
    }
  }
}
