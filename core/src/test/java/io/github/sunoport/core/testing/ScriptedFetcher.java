package io.github.sunoport.core.testing;

import io.github.sunoport.core.await.TaskFetcher;
import io.github.sunoport.core.model.Task;
import io.github.sunoport.core.model.TaskId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A {@link TaskFetcher} that answers from a script: each fetch takes the next step (a task to return or an exception
 * to throw), and the last step repeats once the script is used up. It records the clock's instant at every fetch.
 *
 * <pre>{@code
 * ScriptedFetcher<MusicTask> fetcher = ScriptedFetcher.<MusicTask>on(time.clock())
 *     .thenReturn(running).thenThrow(serverError).thenReturn(done);
 * }</pre>
 *
 * @param <T> the kind of task
 */
public final class ScriptedFetcher<T extends Task> implements TaskFetcher<T> {
  private final Clock clock;
  private final List<Supplier<T>> steps = new ArrayList<>();
  private final List<Instant> fetchTimes = new ArrayList<>();
  private final List<TaskId> fetchedIds = new ArrayList<>();

  private ScriptedFetcher(Clock clock) {
    this.clock = clock;
  }

  /** Returns an empty script that records fetch times on {@code clock}. */
  public static <T extends Task> ScriptedFetcher<T> on(Clock clock) {
    return new ScriptedFetcher<>(Objects.requireNonNull(clock, "clock == null"));
  }

  /** Adds steps that return {@code tasks}, one per fetch. */
  @SafeVarargs
  public final ScriptedFetcher<T> thenReturn(T... tasks) {
    for (T task : tasks) {
      addStep(() -> task);
    }
    return this;
  }

  /** Adds {@code times} steps that return {@code task}. */
  public ScriptedFetcher<T> thenReturn(T task, int times) {
    for (int i = 0; i < times; i++) {
      addStep(() -> task);
    }
    return this;
  }

  /** Adds a step that throws {@code error}. */
  public ScriptedFetcher<T> thenThrow(RuntimeException error) {
    Objects.requireNonNull(error, "error == null");
    return addStep(() -> {
      throw error;
    });
  }

  private synchronized ScriptedFetcher<T> addStep(Supplier<T> step) {
    steps.add(step);
    return this;
  }

  @Override
  public T fetch(TaskId id) {
    Supplier<T> step;
    synchronized (this) {
      if (steps.isEmpty()) {
        throw new IllegalStateException("the script is empty");
      }
      int index = Math.min(fetchTimes.size(), steps.size() - 1);
      fetchTimes.add(clock.instant());
      fetchedIds.add(id);
      step = steps.get(index);
    }
    return step.get();
  }

  /** How many fetches were made. */
  public synchronized int fetchCount() {
    return fetchTimes.size();
  }

  /** The clock's instant at each fetch, in order. */
  public synchronized List<Instant> fetchTimes() {
    return List.copyOf(fetchTimes);
  }

  /** The ids asked for, in order. */
  public synchronized List<TaskId> fetchedIds() {
    return List.copyOf(fetchedIds);
  }

  /** The time between each fetch and the one before it. */
  public synchronized List<Duration> gaps() {
    List<Duration> gaps = new ArrayList<>();
    for (int i = 1; i < fetchTimes.size(); i++) {
      gaps.add(Duration.between(fetchTimes.get(i - 1), fetchTimes.get(i)));
    }
    return gaps;
  }
}
