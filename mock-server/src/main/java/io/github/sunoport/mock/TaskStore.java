package io.github.sunoport.mock;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Created tasks by id, and the fate waiting for each provider's next task. At most {@link #CAPACITY} tasks are kept;
 * beyond that the oldest is forgotten (and then answers "not found", as an expired task does at the providers), so a
 * long-running mock does not grow without bound.
 */
final class TaskStore {
  static final int CAPACITY = 20_000;

  private final Map<String, Task> tasks = new ConcurrentHashMap<>();
  private final Queue<String> creationOrder = new ConcurrentLinkedQueue<>();
  private final Map<Profile, Fate> nextFates = new ConcurrentHashMap<>();
  private final int capacity;

  TaskStore() {
    this(CAPACITY);
  }

  TaskStore(int capacity) {
    this.capacity = capacity;
  }

  /** Stores the task, applying (and consuming) a fate set for its provider's next task. */
  Task add(Task task) {
    Fate next = nextFates.remove(task.provider());
    Task stored = next == null ? task : task.withFate(next);
    tasks.put(stored.id(), stored);
    creationOrder.add(stored.id());
    while (tasks.size() > capacity) {
      String oldest = creationOrder.poll();
      if (oldest == null) {
        break;
      }
      tasks.remove(oldest);
    }
    return stored;
  }

  /** The task if it was created at this provider; ids never leak across providers. */
  Task get(Profile provider, String id) {
    Task task = id == null ? null : tasks.get(id);
    return task != null && task.provider() == provider ? task : null;
  }

  void fate(String id, Fate fate) {
    if (tasks.computeIfPresent(id, (k, t) -> t.withFate(fate)) == null) {
      throw new IllegalArgumentException("Unknown task id '" + id + "'");
    }
  }

  void nextFate(Profile provider, Fate fate) {
    nextFates.put(provider, fate);
  }

  void reset() {
    tasks.clear();
    creationOrder.clear();
    nextFates.clear();
  }
}
