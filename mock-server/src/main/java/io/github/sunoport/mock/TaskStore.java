package io.github.sunoport.mock;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Created tasks by id, and the fate waiting for each provider's next task. At most {@link #CAPACITY} tasks and
 * {@link #MAX_BYTES} of them (estimated from their requests) are kept; beyond either the oldest are forgotten (and
 * then answer "not found", as an expired task does at the providers), so a long-running mock holds its heap.
 */
final class TaskStore {
  static final int CAPACITY = 20_000;
  /** With the request and callback logs' budgets, what the recommended {@code -Xmx64m} holds with room to spare. */
  static final long MAX_BYTES = 12L * 1024 * 1024;
  /** A task's fixed cost: the record, its ids, its parsed request's map nodes. */
  private static final long TASK_OVERHEAD = 1_024;

  private final Map<String, Task> tasks = new ConcurrentHashMap<>();
  private final Deque<String> creationOrder = new ArrayDeque<>();
  private final Deque<Long> sizes = new ArrayDeque<>();
  private final Map<Profile, Fate> nextFates = new ConcurrentHashMap<>();
  private final int capacity;
  private final long maxBytes;
  private long bytes;

  TaskStore() {
    this(CAPACITY, MAX_BYTES);
  }

  TaskStore(int capacity, long maxBytes) {
    this.capacity = capacity;
    this.maxBytes = maxBytes;
  }

  /** Stores the task, applying (and consuming) a fate set for its provider's next task. */
  Task add(Task task) {
    Fate next = nextFates.remove(task.provider());
    Task stored = next == null ? task : task.withFate(next);
    long size = estimate(stored);
    synchronized (creationOrder) {
      tasks.put(stored.id(), stored);
      creationOrder.addLast(stored.id());
      sizes.addLast(size);
      bytes += size;
      while (creationOrder.size() > capacity || (bytes > maxBytes && creationOrder.size() > 1)) {
        tasks.remove(creationOrder.removeFirst());
        bytes -= sizes.removeFirst();
      }
    }
    return stored;
  }

  /** The task with this id at any provider, for admin calls; null when unknown. */
  Task find(String id) {
    return id == null ? null : tasks.get(id);
  }

  /** The task if it was created at this provider; ids never leak across providers. */
  Task get(Profile provider, String id) {
    Task task = id == null ? null : tasks.get(id);
    return task != null && task.provider() == provider ? task : null;
  }

  /** The oldest kept task of {@code provider} matching {@code test}, or null; for "already exists" answers. */
  Task first(Profile provider, java.util.function.Predicate<Task> test) {
    synchronized (creationOrder) {
      for (String id : creationOrder) {
        Task task = tasks.get(id);
        if (task != null && task.provider() == provider && test.test(task)) return task;
      }
    }
    return null;
  }

  void fate(String id, Fate fate) {
    if (tasks.computeIfPresent(id, (k, t) -> t.withFate(fate)) == null) {
      throw new IllegalArgumentException("Unknown task id '" + id + "'");
    }
  }

  void nextFate(Profile provider, Fate fate) {
    nextFates.put(provider, fate);
  }

  long bytes() {
    synchronized (creationOrder) {
      return bytes;
    }
  }

  int size() {
    return tasks.size();
  }

  void reset() {
    synchronized (creationOrder) {
      tasks.clear();
      creationOrder.clear();
      sizes.clear();
      bytes = 0;
    }
    nextFates.clear();
  }

  /** The request is held twice (its JSON echo and its parsed fields), plus ids and the record. */
  private static long estimate(Task task) {
    long ids = BoundedLog.chars(task.id()) + BoundedLog.chars(task.callBackUrl()) + BoundedLog.chars(task.parentMusicId());
    for (String track : task.trackIds()) ids += 48 + BoundedLog.chars(track);
    return TASK_OVERHEAD + ids + 2 * BoundedLog.chars(task.param());
  }
}
