package io.github.sunoport.mock;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Created tasks by id, and the fate waiting for each provider's next task. */
final class TaskStore {
  private final Map<String, Task> tasks = new ConcurrentHashMap<>();
  private final Map<Provider, Fate> nextFates = new ConcurrentHashMap<>();

  /** Stores the task, applying (and consuming) a fate set for its provider's next task. */
  Task add(Task task) {
    Fate next = nextFates.remove(task.provider());
    Task stored = next == null ? task : task.withFate(next);
    tasks.put(stored.id(), stored);
    return stored;
  }

  /** The task if it was created at this provider; ids never leak across providers. */
  Task get(Provider provider, String id) {
    Task task = id == null ? null : tasks.get(id);
    return task != null && task.provider() == provider ? task : null;
  }

  void fate(String id, Fate fate) {
    if (tasks.computeIfPresent(id, (k, t) -> t.withFate(fate)) == null) {
      throw new IllegalArgumentException("Unknown task id '" + id + "'");
    }
  }

  void nextFate(Provider provider, Fate fate) {
    nextFates.put(provider, fate);
  }

  void reset() {
    tasks.clear();
    nextFates.clear();
  }
}
