package io.github.sunoport.core.callback;

import io.github.sunoport.core.model.LyricsVariant;
import io.github.sunoport.core.model.TaskFailure;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.Track;
import io.github.sunoport.core.model.derived.DerivedKind;
import io.github.sunoport.core.model.derived.DerivedResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One callback a provider pushed, parsed: which task it concerns, how far the task has come, and what it carries.
 * Its lyric variants and tracks are the same records a poll returns.
 *
 * <p>A lyrics task's event carries {@code variants} and no tracks; a music task's carries {@code tracks} and no
 * variants; a failure usually carries neither. A derived task's event (WAV, stems, MIDI, video, cover image) names
 * its {@code derivedKind} and carries its typed result in {@code derived}; it has one stage only, {@code COMPLETE} or
 * {@code ERROR}:
 * <pre>{@code
 * event.derived(Stems.class).ifPresent(stems -> save(stems.link(StemRole.VOCALS)));
 * }</pre>
 *
 * @param task the task's id and the provider that owns it
 * @param stage how far the task has come
 * @param variants the lyric variants carried, in the provider's order; empty for music
 * @param tracks the tracks carried, in the provider's order; empty for lyrics
 * @param failure why the task failed; present exactly when {@code stage} is {@link CallbackStage#ERROR}
 * @param code the callback's {@code code} as sent (200 on success)
 * @param message the callback's {@code msg}, possibly empty, never null
 * @param derivedKind for a derived task, what it derives; empty for lyrics and music
 * @param derived for a derived task that completed, its result; empty otherwise
 */
public record CallbackEvent(
    TaskId task,
    CallbackStage stage,
    List<LyricsVariant> variants,
    List<Track> tracks,
    Optional<TaskFailure> failure,
    int code,
    String message,
    Optional<DerivedKind> derivedKind,
    Optional<DerivedResult> derived) {

  /**
   * Checks that no component is null, copies the lists and ties {@code failure} to {@code stage}.
   *
   * @throws NullPointerException if a component or list element is null
   * @throws IllegalArgumentException if {@code failure} is present for a stage other than {@code ERROR}, or absent
   *     for {@code ERROR}; or a derived event has variants, tracks, a result of another kind, a stage other than
   *     {@code COMPLETE} or {@code ERROR}, or completes without its result
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
    Objects.requireNonNull(derivedKind, "derivedKind == null");
    Objects.requireNonNull(derived, "derived == null");
    checkDerived(stage, variants, tracks, derivedKind, derived);
  }

  /** An event of a lyrics or music task. */
  public CallbackEvent(TaskId task, CallbackStage stage, List<LyricsVariant> variants, List<Track> tracks,
      Optional<TaskFailure> failure, int code, String message) {
    this(task, stage, variants, tracks, failure, code, message, Optional.empty(), Optional.empty());
  }

  /** Returns the event of a derived task that completed with {@code result}. */
  public static CallbackEvent derivedComplete(TaskId task, DerivedResult result, int code, String message) {
    Objects.requireNonNull(result, "result == null");
    return new CallbackEvent(task, CallbackStage.COMPLETE, List.of(), List.of(), Optional.empty(), code, message,
        Optional.of(result.kind()), Optional.of(result));
  }

  /** Returns the event of a derived task of {@code kind} that failed. */
  public static CallbackEvent derivedFailed(
      TaskId task, DerivedKind kind, TaskFailure failure, int code, String message) {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(failure, "failure == null");
    return new CallbackEvent(task, CallbackStage.ERROR, List.of(), List.of(), Optional.of(failure), code, message,
        Optional.of(kind), Optional.empty());
  }

  /**
   * Returns the result if this is a derived event carrying one of {@code type}; empty otherwise, so an app can ask
   * for the type it handles without first checking the kind.
   */
  public <R extends DerivedResult> Optional<R> derived(Class<R> type) {
    Objects.requireNonNull(type, "type == null");
    return derived.filter(type::isInstance).map(type::cast);
  }

  private static void checkDerived(CallbackStage stage, List<LyricsVariant> variants, List<Track> tracks,
      Optional<DerivedKind> derivedKind, Optional<DerivedResult> derived) {
    if (derived.isPresent() && derivedKind.isEmpty()) {
      throw new IllegalArgumentException("a derived result needs its derivedKind");
    }
    if (derivedKind.isEmpty()) {
      return;
    }
    DerivedKind kind = derivedKind.get();
    if (!variants.isEmpty() || !tracks.isEmpty()) {
      throw new IllegalArgumentException("a " + kind + " event carries no lyric variants or tracks");
    }
    if (stage != CallbackStage.COMPLETE && stage != CallbackStage.ERROR) {
      throw new IllegalArgumentException("a " + kind + " event has one stage, COMPLETE or ERROR, not " + stage);
    }
    if (derived.isPresent() && derived.get().kind() != kind) {
      throw new IllegalArgumentException("a " + kind + " event cannot carry a " + derived.get().kind() + " result");
    }
    if (stage == CallbackStage.COMPLETE && derived.isEmpty()) {
      throw new IllegalArgumentException("a COMPLETE " + kind + " event needs its result");
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
