package io.github.sunoport.core.ledger;

import io.github.sunoport.core.callback.CallbackStage;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.TrackId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** {@link TaskLedger#inMemory()}: bounded maps behind one lock. */
final class InMemoryTaskLedger implements TaskLedger {
  static final int DEFAULT_CAPACITY = 10_000;

  private final Map<TaskId, Row> tasks;
  private final Map<Claim, Boolean> claims;

  InMemoryTaskLedger(int capacity) {
    this.tasks = bounded(capacity);
    this.claims = bounded(capacity);
  }

  private static <K, V> Map<K, V> bounded(int capacity) {
    return new LinkedHashMap<>(16, 0.75f, false) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }

  @Override
  public synchronized boolean recordSubmitted(SubmittedTask task) {
    Objects.requireNonNull(task, "task == null");
    return tasks.putIfAbsent(task.id(), new Row(task)) == null;
  }

  @Override
  public synchronized boolean recordState(TaskId task, TaskState state, Instant seenAt) {
    Objects.requireNonNull(task, "task == null");
    Objects.requireNonNull(state, "state == null");
    Objects.requireNonNull(seenAt, "seenAt == null");
    Row row = tasks.get(task);
    if (row == null || !StateOrder.supersedes(state, row.state)) {
      return false;
    }
    row.state = state;
    row.lastSeenAt = seenAt;
    return true;
  }

  @Override
  public synchronized void recordResult(ResultEntry result) {
    Objects.requireNonNull(result, "result == null");
    Row row = tasks.get(result.task());
    if (row == null) {
      return;
    }
    ResultEntry known = row.results.get(result.key());
    row.results.put(result.key(), known == null || known.savedTo().isEmpty()
        ? result
        : result.withSavedTo(known.savedTo().get()));
  }

  @Override
  public synchronized boolean recordSaved(TaskId task, String key, String location) {
    Objects.requireNonNull(task, "task == null");
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(location, "location == null");
    Row row = tasks.get(task);
    ResultEntry known = row == null ? null : row.results.get(key);
    if (known == null) {
      return false;
    }
    row.results.put(key, known.withSavedTo(location));
    return true;
  }

  @Override
  public synchronized boolean claimCallback(TaskId task, CallbackStage stage) {
    return claims.putIfAbsent(new Claim(task, stage), Boolean.TRUE) == null;
  }

  @Override
  public synchronized void releaseCallback(TaskId task, CallbackStage stage) {
    claims.remove(new Claim(task, stage));
  }

  @Override
  public synchronized Optional<LedgerEntry> find(TaskId task) {
    Objects.requireNonNull(task, "task == null");
    return Optional.ofNullable(tasks.get(task)).map(Row::entry);
  }

  @Override
  public synchronized List<LedgerEntry> unfinished() {
    List<LedgerEntry> out = new ArrayList<>();
    for (Row row : tasks.values()) {
      if (!row.state.isTerminal()) {
        out.add(row.entry());
      }
    }
    out.sort(Comparator.comparing((LedgerEntry e) -> e.task().submittedAt()));
    return List.copyOf(out);
  }

  @Override
  public synchronized Optional<LedgerEntry> finishedFor(TrackId source, String operation) {
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(operation, "operation == null");
    return tasks.values().stream()
        .filter(row -> row.state == TaskState.SUCCEEDED)
        .filter(row -> row.task.sourceTrack().equals(Optional.of(source)) && row.task.operation().equals(operation))
        .map(Row::entry)
        .max(Comparator.comparing((LedgerEntry e) -> e.task().submittedAt()));
  }

  @Override
  public synchronized List<ResultEntry> results(TaskId task) {
    Objects.requireNonNull(task, "task == null");
    Row row = tasks.get(task);
    return row == null ? List.of() : List.copyOf(row.results.values());
  }

  private record Claim(TaskId task, CallbackStage stage) {
    Claim {
      Objects.requireNonNull(task, "task == null");
      Objects.requireNonNull(stage, "stage == null");
    }
  }

  private static final class Row {
    final SubmittedTask task;
    final Map<String, ResultEntry> results = new TreeMap<>();
    TaskState state = TaskState.WAITING;
    Instant lastSeenAt;

    Row(SubmittedTask task) {
      this.task = task;
    }

    LedgerEntry entry() {
      return new LedgerEntry(task, state, Optional.ofNullable(lastSeenAt));
    }
  }
}
