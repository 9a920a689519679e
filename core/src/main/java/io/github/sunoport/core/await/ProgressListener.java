package io.github.sunoport.core.await;

import io.github.sunoport.core.model.Task;

/** Told each time an awaited task is seen in a new state (or with a new provider status word), including the first. */
@FunctionalInterface
public interface ProgressListener {
  /** Called with the task as just fetched. An exception thrown here ends the await with that exception. */
  void onChange(Task task);

  /** A listener that does nothing. */
  static ProgressListener none() {
    return task -> {};
  }
}
