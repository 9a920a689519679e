package io.github.sunoport.core.ledger;

import io.github.sunoport.core.model.TaskState;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A task as a ledger knows it: how it was submitted and the furthest state seen since.
 *
 * @param task the task as submitted
 * @param state the furthest state seen ({@link StateOrder}); {@code WAITING} until one is seen
 * @param lastSeenAt when that state was seen, if one was
 */
public record LedgerEntry(SubmittedTask task, TaskState state, Optional<Instant> lastSeenAt) {
  /** Checks that no component is null; truncates {@code lastSeenAt} to microseconds. */
  public LedgerEntry {
    Objects.requireNonNull(task, "task == null");
    Objects.requireNonNull(state, "state == null");
    lastSeenAt = Objects.requireNonNull(lastSeenAt, "lastSeenAt == null").map(t -> t.truncatedTo(ChronoUnit.MICROS));
  }

  /** Returns true if the task will not change any more ({@code SUCCEEDED} or {@code FAILED}). */
  public boolean isFinished() {
    return state.isTerminal();
  }
}
