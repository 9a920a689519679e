package io.github.sunoport.core.await;

import io.github.sunoport.core.model.Task;
import io.github.sunoport.core.model.TaskId;

/**
 * Fetches a task's current state; {@code client.lyrics()::fetch} and {@code client.music()::fetch} are fetchers.
 *
 * @param <T> the kind of task
 */
@FunctionalInterface
public interface TaskFetcher<T extends Task> {
  /** Returns the task as it is now; throws a {@link io.github.sunoport.core.error.SunoException} on failure. */
  T fetch(TaskId id);
}
