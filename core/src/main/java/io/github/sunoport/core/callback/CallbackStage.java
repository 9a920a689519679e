package io.github.sunoport.core.callback;

import io.github.sunoport.core.model.TaskState;

/**
 * How far a task had come when the provider sent a callback. A lyrics task only reports completion (or a failure).
 */
public enum CallbackStage {
  /** The lyrics of a music task are written; no audio yet ({@code text}). */
  TEXT_READY(TaskState.TEXT_READY),
  /** The first track can be streamed ({@code first}). */
  FIRST_TRACK_READY(TaskState.FIRST_TRACK_READY),
  /** Everything the task produces is ready ({@code complete}). */
  COMPLETE(TaskState.SUCCEEDED),
  /** The task failed; the event's failure says why. */
  ERROR(TaskState.FAILED);

  private final TaskState state;

  CallbackStage(TaskState state) {
    this.state = state;
  }

  /** The task state a poll made at the same moment would show: {@code COMPLETE} is {@link TaskState#SUCCEEDED}. */
  public TaskState taskState() {
    return state;
  }

  /** Returns true for {@link #COMPLETE} and {@link #ERROR}: no further stage follows. */
  public boolean isTerminal() {
    return state.isTerminal();
  }
}
