package io.github.sunoport.core.ledger;

import io.github.sunoport.core.callback.CallbackEvent;
import io.github.sunoport.core.callback.CallbackStage;
import io.github.sunoport.core.error.LedgerException;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.Task;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.Track;
import io.github.sunoport.core.model.TrackId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The record of what an app paid for: every task it submitted, the furthest state and the result links seen (by
 * polling or callback), where results were saved, and which callback deliveries were processed. Providers charge
 * for every task, delete results after about two weeks and may send a callback twice; an app that restarts, or
 * runs as several instances, asks the ledger instead of its memory.
 *
 * <pre>{@code
 * ledger.recordSubmitted(SubmittedTask.of(id, "music.generate", request, Instant.now()));
 * // on any instance, for each callback received:
 * CallbackEvent event = client.callbacks().parse(body, headers);
 * if (ledger.claimCallback(event)) {          // true for exactly one delivery of (provider, task, stage)
 *   ledger.record(event, Instant.now());
 *   handle(event);
 * }
 * // after a restart:
 * for (LedgerEntry unfinished : ledger.unfinished()) { ... await it again ... }
 * }</pre>
 *
 * <p>Implementations are thread-safe, and every answer about a callback is atomic: two instances sharing one ledger
 * that receive the same delivery at the same moment get {@code true} once. {@link #inMemory()} keeps the ledger in
 * this process (the default, forgotten on exit); {@code sunoport-ledger-jdbc} keeps it in a database shared by a
 * fleet. The library never re-submits a task by itself: {@link #finishedFor} lets the app decide.
 *
 * <p>Every method throws {@link LedgerException} when the store cannot be reached or answers badly, and
 * {@link NullPointerException} for a null argument.
 */
public interface TaskLedger {
  /**
   * Records a submitted task in state {@code WAITING}.
   *
   * @return true if it was new, false if a task with this id was already recorded (which is left unchanged)
   */
  boolean recordSubmitted(SubmittedTask task);

  /**
   * Records a state seen for a submitted task. The recorded state only moves forwards ({@link StateOrder}): a
   * state seen late (a delayed callback, a slow poll) does not undo a later one, and a finished task stays finished.
   *
   * @return true if the recorded state changed; false if it was not superseded or the task was never submitted
   */
  boolean recordState(TaskId task, TaskState state, Instant seenAt);

  /**
   * Records a result file's link. A result already recorded under the same task and key gets the new URL (providers
   * hand out fresh links) and keeps where it was saved. Links of a task never submitted are ignored.
   */
  void recordResult(ResultEntry result);

  /**
   * Records where the result under {@code key} was saved.
   *
   * @return false if no such result was recorded
   */
  boolean recordSaved(TaskId task, String key, String location);

  /**
   * Claims the callback delivery of (provider, task, stage): true for the first claim, false for every later one,
   * atomically across every instance sharing this ledger. The provider is the task id's owner.
   */
  boolean claimCallback(TaskId task, CallbackStage stage);

  /** Releases a claim, so that the next delivery of (provider, task, stage) is processed; for failed processing. */
  void releaseCallback(TaskId task, CallbackStage stage);

  /** Returns the task recorded under {@code task}, if any. */
  Optional<LedgerEntry> find(TaskId task);

  /** Returns the tasks not finished yet, oldest submitted first: an app that restarted awaits these again. */
  List<LedgerEntry> unfinished();

  /**
   * Returns the most recently submitted task of {@code operation} made from {@code source} that succeeded, if any:
   * the app already paid for this result.
   */
  Optional<LedgerEntry> finishedFor(TrackId source, String operation);

  /** Returns the results recorded for {@code task}, ordered by key. */
  List<ResultEntry> results(TaskId task);

  /** Claims an event's delivery; see {@link #claimCallback(TaskId, CallbackStage)}. */
  default boolean claimCallback(CallbackEvent event) {
    Objects.requireNonNull(event, "event == null");
    return claimCallback(event.task(), event.stage());
  }

  /** Releases an event's claim; see {@link #releaseCallback(TaskId, CallbackStage)}. */
  default void releaseCallback(CallbackEvent event) {
    Objects.requireNonNull(event, "event == null");
    releaseCallback(event.task(), event.stage());
  }

  /**
   * Records what a poll returned: its state and, for music, each track's audio, stream and image link.
   *
   * @return true if the recorded state changed
   */
  default boolean record(Task task, Instant seenAt) {
    Objects.requireNonNull(task, "task == null");
    Objects.requireNonNull(seenAt, "seenAt == null");
    if (task instanceof MusicTask music) {
      recordTracks(task.id(), music.tracks());
    }
    return recordState(task.id(), task.state(), seenAt);
  }

  /**
   * Records what a callback carried: the state its stage stands for and each track's links.
   *
   * @return true if the recorded state changed
   */
  default boolean record(CallbackEvent event, Instant seenAt) {
    Objects.requireNonNull(event, "event == null");
    Objects.requireNonNull(seenAt, "seenAt == null");
    recordTracks(event.task(), event.tracks());
    return recordState(event.task(), event.stage().taskState(), seenAt);
  }

  private void recordTracks(TaskId task, List<Track> tracks) {
    for (Track track : tracks) {
      track.audioUrl().ifPresent(url -> recordResult(ResultEntry.of(task, keyOf(track, ResultKind.AUDIO),
          ResultKind.AUDIO, url)));
      track.streamUrl().ifPresent(url -> recordResult(ResultEntry.of(task, keyOf(track, ResultKind.STREAM),
          ResultKind.STREAM, url)));
      track.imageUrl().ifPresent(url -> recordResult(ResultEntry.of(task, keyOf(track, ResultKind.IMAGE),
          ResultKind.IMAGE, url)));
    }
  }

  /**
   * Returns the key {@link #record(Task, Instant)} files a track's link under: {@code <track id>/<kind>}, the id
   * without its owner (the task already names it).
   */
  static String keyOf(Track track, ResultKind kind) {
    Objects.requireNonNull(track, "track == null");
    Objects.requireNonNull(kind, "kind == null");
    return track.id().value() + "/" + kind.name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Returns a ledger kept in this process's memory, remembering the most recent {@value
   * InMemoryTaskLedger#DEFAULT_CAPACITY} tasks and as many callback claims (oldest forgotten first).
   */
  static TaskLedger inMemory() {
    return new InMemoryTaskLedger(InMemoryTaskLedger.DEFAULT_CAPACITY);
  }

  /**
   * Returns an in-memory ledger remembering the most recent {@code capacity} tasks and callback claims.
   *
   * @throws IllegalArgumentException if {@code capacity} is less than 1
   */
  static TaskLedger inMemory(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    return new InMemoryTaskLedger(capacity);
  }
}
