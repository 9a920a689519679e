package io.github.sunoport.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * When the provider says a task was created, started and ended; each is absent when not sent.
 *
 * @param created when the task was created
 * @param started when work on it started
 * @param ended when it ended
 */
public record TaskTimes(
    Optional<ProviderTimestamp> created, Optional<ProviderTimestamp> started, Optional<ProviderTimestamp> ended) {
  private static final TaskTimes NONE = new TaskTimes(Optional.empty(), Optional.empty(), Optional.empty());

  /** Checks that no component is null. */
  public TaskTimes {
    Objects.requireNonNull(created, "created == null");
    Objects.requireNonNull(started, "started == null");
    Objects.requireNonNull(ended, "ended == null");
  }

  /** Returns times with nothing known. */
  public static TaskTimes none() {
    return NONE;
  }
}
