package io.github.sunoport.core.observe;

import io.github.sunoport.core.error.SunoException;
import io.github.sunoport.core.model.Task;
import io.github.sunoport.core.model.TaskId;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One poll of an awaited task.
 *
 * @param id the task awaited
 * @param poll 1 for the first poll, and so on
 * @param elapsed time since the await started
 * @param task the task as fetched, empty when the poll failed
 * @param error the error of a failed poll, empty when the task was fetched
 * @param finished whether the await ends with this poll (target reached, task failed, a non-retryable error or the
 *     deadline)
 */
public record AwaitProgress(
    TaskId id, int poll, Duration elapsed, Optional<Task> task, Optional<SunoException> error, boolean finished) {
  /** Checks that nothing is null and that exactly one of {@code task} and {@code error} is present. */
  public AwaitProgress {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(elapsed, "elapsed == null");
    Objects.requireNonNull(task, "task == null");
    Objects.requireNonNull(error, "error == null");
    if (task.isPresent() == error.isPresent()) {
      throw new IllegalArgumentException("exactly one of task and error must be present");
    }
  }

}
