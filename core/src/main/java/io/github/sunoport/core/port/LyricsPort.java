package io.github.sunoport.core.port;

import io.github.sunoport.core.model.LyricsRequest;
import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.model.TaskId;

/**
 * Writes lyrics. Implementations are thread-safe. Every method throws a
 * {@link io.github.sunoport.core.error.SunoException} subclass on failure, never another exception type.
 */
public interface LyricsPort {
  /**
   * Submits a lyrics task and returns its id. Never retried automatically: a second submit would spend credits twice.
   *
   * @throws io.github.sunoport.core.error.InvalidRequestException if the provider would refuse the request; raised
   *     before anything is sent
   */
  TaskId submit(LyricsRequest request);

  /** Submits a lyrics task about {@code prompt}, with the client's default callback URL. */
  default TaskId submit(String prompt) {
    return submit(LyricsRequest.of(prompt));
  }

  /**
   * Fetches the task as it is now. A failed task is returned in state {@code FAILED}, not thrown.
   *
   * @throws io.github.sunoport.core.error.TaskNotFoundException if the provider does not know the task
   * @throws io.github.sunoport.core.error.InvalidRequestException if the task belongs to another provider
   */
  LyricsTask fetch(TaskId id);
}
