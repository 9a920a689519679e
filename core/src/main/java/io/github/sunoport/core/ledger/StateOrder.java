package io.github.sunoport.core.ledger;

import io.github.sunoport.core.model.TaskState;

/**
 * The order in which a ledger lets a task's recorded state move: forwards only. Deliveries arrive out of order (a
 * delayed {@code first} callback after {@code complete}, a poll answered before a callback), so a state replaces
 * the recorded one only when its rank is higher; a terminal state is never replaced. For ledger implementations,
 * which compare ranks inside the database.
 */
public final class StateOrder {
  private StateOrder() {}

  /**
   * Returns the state's rank: {@code UNKNOWN} 0, {@code WAITING} 1, {@code RUNNING} 2, {@code TEXT_READY} 3,
   * {@code FIRST_TRACK_READY} 4, {@code SUCCEEDED} and {@code FAILED} 5.
   */
  public static int rank(TaskState state) {
    return switch (state) {
      case UNKNOWN -> 0;
      case WAITING -> 1;
      case RUNNING -> 2;
      case TEXT_READY -> 3;
      case FIRST_TRACK_READY -> 4;
      case SUCCEEDED, FAILED -> 5;
    };
  }

  /** Returns true if {@code seen} should replace {@code recorded}: it ranks higher. */
  public static boolean supersedes(TaskState seen, TaskState recorded) {
    return rank(seen) > rank(recorded);
  }
}
