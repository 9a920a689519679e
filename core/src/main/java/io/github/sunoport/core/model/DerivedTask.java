package io.github.sunoport.core.model;

import io.github.sunoport.core.model.derived.DerivedKind;
import io.github.sunoport.core.model.derived.DerivedResult;
import java.util.Objects;
import java.util.Optional;

/**
 * A task deriving something from a finished track (a WAV, stems, MIDI, a video, cover art) as last seen. It is
 * awaited like any other task, with the same {@link TaskState}s: each provider status vocabulary of these tasks
 * (words such as {@code GENERATE_WAV_FAILED}, or numbers 0 to 3) maps onto them, and a word or number this library
 * does not know gives {@link TaskState#UNKNOWN}, not terminal, with {@link #rawStatus()} keeping what was sent.
 *
 * <table>
 *   <caption>Provider status values of derived tasks (kie.ai and sunoapi.org)</caption>
 *   <tr><th>state</th><th>words (WAV, stems, video, cover image)</th><th>numbers (MIDI; cover image)</th></tr>
 *   <tr><td>{@link TaskState#WAITING}</td><td>{@code PENDING}</td><td>{@code 0}</td></tr>
 *   <tr><td>{@link TaskState#RUNNING}</td><td>-</td><td>cover image {@code 2} (generating)</td></tr>
 *   <tr><td>{@link TaskState#SUCCEEDED}</td><td>{@code SUCCESS}</td><td>{@code 1}</td></tr>
 *   <tr><td>{@link TaskState#FAILED}</td><td>{@code CREATE_TASK_FAILED} (task creation);
 *       {@code GENERATE_WAV_FAILED}, {@code GENERATE_AUDIO_FAILED}, {@code GENERATE_MP4_FAILED},
 *       {@code GENERATE_COVER_FAILED} (generation); {@code CALLBACK_EXCEPTION} (callback delivery, the result may
 *       still be present)</td><td>MIDI {@code 2} (task creation), {@code 3} (generation); cover image {@code 3}
 *       (generation)</td></tr>
 * </table>
 *
 * @param id the task's id and owner
 * @param kind what the task derives
 * @param state the normalized state
 * @param rawStatus the provider's status word or number as sent, as text
 * @param result what the task produced; present when {@code state} is {@link TaskState#SUCCEEDED}, and possibly
 *     when a failure came after the result was made
 * @param failure why the task failed; present exactly when {@code state} is {@link TaskState#FAILED}
 * @param times when the provider says it was created and ended
 * @param <R> the type of result
 */
public record DerivedTask<R extends DerivedResult>(
    TaskId id,
    DerivedKind kind,
    TaskState state,
    String rawStatus,
    Optional<R> result,
    Optional<TaskFailure> failure,
    TaskTimes times) implements Task {

  /**
   * Checks that nothing is null and that state, result and failure agree.
   *
   * @throws IllegalArgumentException if the result is of another kind, a succeeded task has no result, or failure
   *     and state disagree
   */
  public DerivedTask {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(state, "state == null");
    Objects.requireNonNull(rawStatus, "rawStatus == null");
    Objects.requireNonNull(result, "result == null");
    Objects.requireNonNull(failure, "failure == null");
    Objects.requireNonNull(times, "times == null");
    result.ifPresent(r -> {
      if (r.kind() != kind) {
        throw new IllegalArgumentException("a " + kind + " task cannot carry a " + r.kind() + " result");
      }
    });
    if (state == TaskState.SUCCEEDED && result.isEmpty()) {
      throw new IllegalArgumentException("a SUCCEEDED " + kind + " task needs its result");
    }
    Checks.failureMatchesState(state, failure);
  }

  /** Derived tasks are created from a track, not from a request the provider echoes; this is always empty. */
  @Override
  public RequestEcho request() {
    return RequestEcho.empty();
  }
}
