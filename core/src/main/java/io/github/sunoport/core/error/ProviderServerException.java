package io.github.sunoport.core.error;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The provider failed on its side.
 *
 * <p>Produced by code 500 and other 5xx answers, and kie.ai 408 (upstream gave no result). Retrying later can help.
 */
public final class ProviderServerException extends SunoException {
  private static final long serialVersionUID = 1L;

  private final transient Optional<Duration> retryAfter;

  /** Creates the exception with a summary, what the provider answered, and the cause if any. */
  public ProviderServerException(String summary, ErrorDetails details, Throwable cause) {
    super(summary, details, cause);
    this.retryAfter = Optional.empty();
  }

  /** Creates the exception for an answer that asked to wait {@code retryAfter} before trying again, when it said. */
  public ProviderServerException(String summary, ErrorDetails details, Optional<Duration> retryAfter) {
    super(summary, details, null);
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter == null");
  }

  /** Creates the exception with a summary and what the provider answered. */
  public ProviderServerException(String summary, ErrorDetails details) {
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
