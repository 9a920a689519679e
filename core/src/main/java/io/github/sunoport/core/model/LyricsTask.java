package io.github.sunoport.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A lyrics task as last seen.
 *
 * @param id the task's id and owner
 * @param state the normalized state
 * @param rawStatus the provider's status word as sent
 * @param request the request as echoed by the provider
 * @param variants the lyrics produced so far, in the provider's order
 * @param failure why the task failed; present exactly when {@code state} is {@link TaskState#FAILED}
 * @param times when the provider says it was created, started and ended
 */
public record LyricsTask(
    TaskId id,
    TaskState state,
    String rawStatus,
    RequestEcho request,
    List<LyricsVariant> variants,
    Optional<TaskFailure> failure,
    TaskTimes times) implements Task {

  /** Checks that no component is null, copies {@code variants}, and ties {@code failure} to {@code state}. */
  public LyricsTask {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(state, "state == null");
    Objects.requireNonNull(rawStatus, "rawStatus == null");
    Objects.requireNonNull(request, "request == null");
    variants = Checks.list(variants, "variants");
    Objects.requireNonNull(failure, "failure == null");
    Objects.requireNonNull(times, "times == null");
    Checks.failureMatchesState(state, failure);
  }
}
