package io.github.sunoport.mock;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Moves created tasks by hand: advance to the next stage or to a named one, hold at the current stage, release back
 * to the clock. A task moved by hand stays where it was put (as if held) until moved again or released; once released
 * it follows its timeline again from that stage, never going back, and jumps ahead if its timeline is further along.
 * Callbacks go out for every stage reached this way, in order.
 */
final class StageControl {
  private final TaskStore tasks;
  private final Lifecycle lifecycle;
  private final Callbacks callbacks;

  StageControl(TaskStore tasks, Lifecycle lifecycle, Callbacks callbacks) {
    this.tasks = tasks;
    this.lifecycle = lifecycle;
    this.callbacks = callbacks;
  }

  /** Advances to the next stage ({@code to} null) or to {@code to}; returns where the task now is. */
  Map<String, Object> advance(String taskId, String to) {
    Task task = require(taskId);
    int count = TaskStages.names(task).size();
    int now = lifecycle.stage(task, count);
    int target = to == null ? Math.min(now + 1, count - 1) : TaskStages.index(task, to);
    if (target < now) {
      throw new IllegalArgumentException("Task " + taskId + " is at " + TaskStages.names(task).get(now)
          + " already; stages only move forward");
    }
    lifecycle.pin(taskId, target);
    callbacks.resume(task);
    return state(task);
  }

  Map<String, Object> hold(String taskId) {
    Task task = require(taskId);
    lifecycle.pin(taskId, lifecycle.stage(task, TaskStages.names(task).size()));
    return state(task);
  }

  Map<String, Object> release(String taskId) {
    Task task = require(taskId);
    lifecycle.unpin(taskId);
    callbacks.resume(task);
    return state(task);
  }

  private Task require(String taskId) {
    Task task = tasks.find(taskId);
    if (task == null) throw new IllegalArgumentException("Unknown task id '" + taskId + "'");
    return task;
  }

  private Map<String, Object> state(Task task) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("taskId", task.id());
    out.put("stage", TaskStages.names(task).get(lifecycle.stage(task, TaskStages.names(task).size())));
    out.put("held", lifecycle.isPinned(task.id()));
    out.put("stages", TaskStages.names(task));
    return out;
  }
}
