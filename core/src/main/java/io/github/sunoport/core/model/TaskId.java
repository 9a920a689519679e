package io.github.sunoport.core.model;

import java.util.Objects;

/**
 * A task's id together with the provider that owns it, so that every later call about the task (fetch, await,
 * failover) goes to the provider that created it.
 *
 * <p>The value is what the provider returned: non-blank, at most {@value #MAX_LENGTH} characters, no white space
 * and no control characters. Adapters still encode it when they put it into a URL.
 *
 * @param provider the provider that created the task
 * @param value the provider's id for the task
 */
public record TaskId(ProviderId provider, String value) implements Owned {
  /** The longest task id accepted. Documented ids are 12 to 36 characters long. */
  public static final int MAX_LENGTH = 200;

  /**
   * Validates both parts; a bad value is an {@link io.github.sunoport.core.error.InvalidRequestException} naming the
   * problem.
   */
  public TaskId {
    Objects.requireNonNull(provider, "provider == null");
    Checks.identifier(value, "task id", MAX_LENGTH);
  }

  /** Returns the id {@code value} of a task owned by {@code provider}. */
  public static TaskId of(String provider, String value) {
    return new TaskId(ProviderId.of(provider), value);
  }

  /** The provider that created the task. */
  @Override
  public ProviderId owner() {
    return provider;
  }

  /** Returns {@code provider:value}. */
  @Override
  public String toString() {
    return provider + ":" + value;
  }
}
