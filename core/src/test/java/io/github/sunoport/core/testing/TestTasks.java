package io.github.sunoport.core.testing;

import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.RequestEcho;
import io.github.sunoport.core.model.TaskFailure;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.TaskTimes;
import java.util.List;
import java.util.Optional;

/** Small, valid tasks for tests: a failure is attached exactly when the state is {@code FAILED}. */
public final class TestTasks {
  private TestTasks() {}

  /** Returns a music task in {@code state}, with the state's name as raw status. */
  public static MusicTask music(TaskId id, TaskState state) {
    return music(id, state, state.name());
  }

  /** Returns a music task in {@code state} with the provider's word {@code rawStatus}. */
  public static MusicTask music(TaskId id, TaskState state, String rawStatus) {
    return MusicTask.builder(id, state).rawStatus(rawStatus).failure(failureFor(state)).build();
  }

  /** Returns a lyrics task in {@code state}, with the state's name as raw status. */
  public static LyricsTask lyrics(TaskId id, TaskState state) {
    return new LyricsTask(id, state, state.name(), RequestEcho.empty(), List.of(), Optional.ofNullable(failureFor(state)),
        TaskTimes.none());
  }

  private static TaskFailure failureFor(TaskState state) {
    return state == TaskState.FAILED ? TaskFailure.of(FailureKind.GENERATION_FAILED, 501, "generation failed") : null;
  }
}
