package io.github.sunoport.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * When the provider says a task was created, started and ended, and when its result links stop working; each is
 * absent when not sent or not documented.
 *
 * @param created when the task was created
 * @param started when work on it started
 * @param ended when it ended
 * @param linksExpire when the links of the task's results (audio, images, files) stop working, where the provider
 *     documents a lifetime counted from the task's end (kie.ai's Market API: "typically" 24 hours); an app that keeps
 *     the files downloads them before then
 */
public record TaskTimes(
    Optional<ProviderTimestamp> created, Optional<ProviderTimestamp> started, Optional<ProviderTimestamp> ended,
    Optional<ProviderTimestamp> linksExpire) {
  private static final TaskTimes NONE =
      new TaskTimes(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /** Checks that no component is null. */
  public TaskTimes {
    Objects.requireNonNull(created, "created == null");
    Objects.requireNonNull(started, "started == null");
    Objects.requireNonNull(ended, "ended == null");
    Objects.requireNonNull(linksExpire, "linksExpire == null");
  }

  /** Times of a provider that documents no lifetime for its result links. */
  public TaskTimes(
      Optional<ProviderTimestamp> created, Optional<ProviderTimestamp> started, Optional<ProviderTimestamp> ended) {
    this(created, started, ended, Optional.empty());
  }

  /** No times known. */
  public static TaskTimes none() {
    return NONE;
  }
}
