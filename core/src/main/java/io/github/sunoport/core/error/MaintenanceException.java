package io.github.sunoport.core.error;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The provider is down for maintenance.
 *
 * <p>Produced by code 455 and HTTP 503 (whose {@code Retry-After} it carries). Retrying later can help; the failover client moves on at once.
 */
public final class MaintenanceException extends SunoException {
  private static final long serialVersionUID = 1L;

  private final transient Optional<Duration> retryAfter;

  /** Creates the exception with a summary, what the provider answered, and the cause if any. */
  public MaintenanceException(String summary, ErrorDetails details, Throwable cause) {
    super(summary, details, cause);
    this.retryAfter = Optional.empty();
  }

  /** Creates the exception for an answer that asked to wait {@code retryAfter} before trying again, when it said. */
  public MaintenanceException(String summary, ErrorDetails details, Optional<Duration> retryAfter) {
    super(summary, details, null);
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter == null");
  }

  /** Creates the exception with a summary and what the provider answered. */
  public MaintenanceException(String summary, ErrorDetails details) {
    this(summary, details, (Throwable) null);
  }

  /** How long the provider asked to wait, when it said (a 503 page's {@code Retry-After}). */
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
