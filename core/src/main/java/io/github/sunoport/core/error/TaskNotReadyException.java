package io.github.sunoport.core.error;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The provider is still working and has no answer to give yet: a status read answered HTTP 202 ("accepted") without
 * the task, as some providers do while a task is queued. Not a client error: the same read later can succeed.
 *
 * <p>Retrying later helps; read retries and awaits do so on their own, honouring {@link #retryAfter()}.
 */
public final class TaskNotReadyException extends SunoException {
  private static final long serialVersionUID = 1L;

  private final transient Optional<Duration> retryAfter;

  /** Creates the exception; {@code retryAfter} is what the provider asked to wait, when it said. */
  public TaskNotReadyException(String summary, ErrorDetails details, Optional<Duration> retryAfter) {
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
