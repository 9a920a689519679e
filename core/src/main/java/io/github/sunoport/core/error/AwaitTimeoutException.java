package io.github.sunoport.core.error;

import io.github.sunoport.core.model.Task;
import io.github.sunoport.core.model.TaskState;
import java.time.Duration;
import java.util.Optional;

/**
 * An await reached its deadline before the task reached the target state. It tells the last state seen, so the
 * caller can decide to wait longer: the task itself goes on at the provider.
 *
 * <p>Not retryable as such; awaiting again with a later deadline may succeed.
 */
public final class AwaitTimeoutException extends SunoException {
  private static final long serialVersionUID = 1L;

  private final transient Task lastSeen;

  /** Creates the exception for an await of {@code timeout} that last saw {@code lastSeen} (null if never). */
  public AwaitTimeoutException(
      String taskId, TaskState target, Duration timeout, Task lastSeen, ErrorDetails details, Throwable cause) {
    super("task " + taskId + " did not reach " + target + " within " + timeout + "; last state seen: "
        + (lastSeen == null ? "none (no answer yet)" : lastSeen.state() + " ('" + lastSeen.rawStatus() + "')"),
        details, cause);
    this.lastSeen = lastSeen;
  }

  /** The task as last fetched, when any fetch succeeded. */
  public Optional<Task> lastSeen() {
    return Optional.ofNullable(lastSeen);
  }

  /** Returns false. */
  @Override
  public boolean isRetryable() {
    return false;
  }
}
