package io.github.sunoport.core.model;

import java.util.Optional;

/** What every task has, whatever it produces: identity, normalized state, the provider's word, and failure. */
public sealed interface Task permits DerivedTask, LyricsTask, MusicTask {
  /** The task's id and owning provider. */
  TaskId id();

  /** The normalized state. */
  TaskState state();

  /** The provider's own status word, exactly as sent (empty if it sent none). */
  String rawStatus();

  /** Why the task failed; present exactly when {@link #state()} is {@link TaskState#FAILED}. */
  Optional<TaskFailure> failure();

  /** The request as the provider echoes it back. */
  RequestEcho request();

  /** When the provider says the task was created, started and ended. */
  TaskTimes times();
}
