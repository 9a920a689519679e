package io.github.sunoport.mock;

import java.util.Map;

/** The callbacks of one provider's tasks: which stages are sent, under which name, with which payload. */
interface CallbackShape {
  /** Stages on the task's timeline, the first (creation) included; stage 0 never calls back. */
  int stageCount(Task task);

  /**
   * How many stages the task's record goes through, for stage control; the same as its callback stages unless the
   * provider calls back only at some of them.
   */
  default int recordStages(Task task) {
    return stageCount(task);
  }

  /** The name a delivery is logged and faulted under ({@code text}, {@code first}, {@code complete}, {@code error}). */
  String stageName(Task task, int stage);

  /** The names {@link #stageName} can return, for checking armed faults. */
  java.util.List<String> stageNames();

  Map<String, Object> body(Task task, int stage);
}
