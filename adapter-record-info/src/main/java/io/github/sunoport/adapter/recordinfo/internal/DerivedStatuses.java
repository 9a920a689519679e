package io.github.sunoport.adapter.recordinfo.internal;

import io.github.sunoport.adapter.support.Values;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.derived.DerivedKind;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The status vocabularies of the derived tasks, one table for kie.ai and sunoapi.org. WAV, stems and video records
 * send words ({@code PENDING}, {@code GENERATE_WAV_FAILED}, ...); MIDI sends numbers 0 to 3; cover images send
 * numbers in every example but words in the page text, so both are read. A number may come as a JSON number or a
 * string of digits. Words are shared by every kind (a provider sending another kind's failure word still means
 * failure); numbers mean different things per kind (cover {@code 2} is "generating", MIDI {@code 2} a failed
 * creation). Anything else is {@link TaskState#UNKNOWN}, not terminal, with the raw value kept by the caller.
 */
final class DerivedStatuses {
  /** A status read: the state, and for {@code FAILED} the kind of failure. */
  record Status(String raw, TaskState state, Optional<FailureKind> failure) {}

  private static final Map<String, Status> WORDS = Map.of(
      "PENDING", status(TaskState.WAITING, null),
      "SUCCESS", status(TaskState.SUCCEEDED, null),
      "CREATE_TASK_FAILED", status(TaskState.FAILED, FailureKind.TASK_CREATION_FAILED),
      "GENERATE_WAV_FAILED", status(TaskState.FAILED, FailureKind.GENERATION_FAILED),
      "GENERATE_AUDIO_FAILED", status(TaskState.FAILED, FailureKind.GENERATION_FAILED),
      "GENERATE_MP4_FAILED", status(TaskState.FAILED, FailureKind.GENERATION_FAILED),
      "GENERATE_COVER_FAILED", status(TaskState.FAILED, FailureKind.GENERATION_FAILED),
      "CALLBACK_EXCEPTION", status(TaskState.FAILED, FailureKind.CALLBACK_FAILED));

  /** kie.ai's MIDI details page: 0 pending, 1 success, 2 task creation failed, 3 MIDI generation failed. */
  private static final Map<Integer, Status> MIDI_NUMBERS = Map.of(
      0, status(TaskState.WAITING, null),
      1, status(TaskState.SUCCEEDED, null),
      2, status(TaskState.FAILED, FailureKind.TASK_CREATION_FAILED),
      3, status(TaskState.FAILED, FailureKind.GENERATION_FAILED));

  /** The cover-image details schema: 0 pending, 1 success, 2 generating, 3 failed. */
  private static final Map<Integer, Status> COVER_NUMBERS = Map.of(
      0, status(TaskState.WAITING, null),
      1, status(TaskState.SUCCEEDED, null),
      2, status(TaskState.RUNNING, null),
      3, status(TaskState.FAILED, FailureKind.GENERATION_FAILED));

  private DerivedStatuses() {}

  private static Status status(TaskState state, FailureKind failure) {
    return new Status("", state, Optional.ofNullable(failure));
  }

  /** Reads the status {@code value} of a {@code kind} task; the raw text is kept whatever it maps to. */
  static Status of(DerivedKind kind, Object value) {
    String raw = Values.text(value).orElse("");
    Status known = WORDS.get(raw.strip().toUpperCase(Locale.ROOT));
    if (known == null) {
      Map<Integer, Status> numbers = switch (kind) {
        case MIDI -> MIDI_NUMBERS;
        case COVER_IMAGE -> COVER_NUMBERS;
        default -> Map.of();
      };
      known = Values.integer(value).map(numbers::get).orElse(null);
    }
    return known == null
        ? new Status(raw, TaskState.UNKNOWN, Optional.empty())
        : new Status(raw, known.state(), known.failure());
  }
}
