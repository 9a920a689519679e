package io.github.sunoport.core.error;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The provider refused the call because too many were made.
 *
 * <p>Produced by HTTP 429, kie.ai code 429, sunoapi.org codes 405 and 430. Retrying after {@link #retryAfter()} (or
 * a backoff, when the provider did not say) can help.
 */
public final class RateLimitedException extends SunoException {
  private static final long serialVersionUID = 1L;

  private final transient Optional<Duration> retryAfter;

  /** Creates the exception; {@code retryAfter} is what the provider asked to wait, when it said. */
  public RateLimitedException(String summary, ErrorDetails details, Optional<Duration> retryAfter) {
    super(summary, details, null);
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter == null");
  }

  /** How long the provider asked to wait, when it said. */
  @Override
  public Optional<Duration> retryAfter() {
    return retryAfter;
  }

  /** Returns true. */
  @Override
  public boolean isRetryable() {
    return true;
  }
}
