package io.github.sunoport.core.callback;

import io.github.sunoport.core.model.LyricsVariant;
import io.github.sunoport.core.model.TaskFailure;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.Track;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One callback a provider pushed, parsed: which task it concerns, how far the task has come, and what it carries.
 * Its lyric variants and tracks are the same records a poll returns.
 *
 * <p>A lyrics task's event carries {@code variants} and no tracks; a music task's carries {@code tracks} and no
 * variants; a failure usually carries neither.
 *
 * @param task the task's id and the provider that owns it
 * @param stage how far the task has come
 * @param variants the lyric variants carried, in the provider's order; empty for music
 * @param tracks the tracks carried, in the provider's order; empty for lyrics
 * @param failure why the task failed; present exactly when {@code stage} is {@link CallbackStage#ERROR}
 * @param code the callback's {@code code} as sent (200 on success)
 * @param message the callback's {@code msg}, possibly empty, never null
 */
public record CallbackEvent(
    TaskId task,
    CallbackStage stage,
    List<LyricsVariant> variants,
    List<Track> tracks,
    Optional<TaskFailure> failure,
    int code,
    String message) {

  /**
   * Checks that no component is null, copies the lists and ties {@code failure} to {@code stage}.
   *
   * @throws NullPointerException if a component or list element is null
   * @throws IllegalArgumentException if {@code failure} is present for a stage other than {@code ERROR}, or absent
   *     for {@code ERROR}
   */
  public CallbackEvent {
    Objects.requireNonNull(task, "task == null");
    Objects.requireNonNull(stage, "stage == null");
    variants = copy(variants, "variants");
    tracks = copy(tracks, "tracks");
    Objects.requireNonNull(failure, "failure == null");
    Objects.requireNonNull(message, "message == null");
    if (failure.isPresent() != (stage == CallbackStage.ERROR)) {
      throw new IllegalArgumentException(stage == CallbackStage.ERROR
          ? "an ERROR event needs a failure"
          : "only an ERROR event has a failure, this one is " + stage);
    }
  }

  private static <T> List<T> copy(List<T> values, String name) {
    Objects.requireNonNull(values, name + " == null");
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        throw new NullPointerException(name + "[" + i + "] == null");
      }
    }
    return List.copyOf(values);
  }
}
