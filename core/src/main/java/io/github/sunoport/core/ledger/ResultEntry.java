package io.github.sunoport.core.ledger;

import io.github.sunoport.core.model.TaskId;
import java.util.Objects;
import java.util.Optional;

/**
 * A ledger's entry for one file a task produced: where the provider serves it, and where the app saved it.
 *
 * @param task the task that produced it
 * @param key what it is within the task, unique there ({@code <trackId>/audio}, {@code <trackId>/stem-vocals});
 *     at most {@value #MAX_KEY_LENGTH} characters
 * @param kind what it is, which decides the content types a download accepts
 * @param url where the provider serves it; links expire, so save the file before they do
 * @param savedTo where the app saved it (a path or URI as text), once it did
 */
public record ResultEntry(TaskId task, String key, ResultKind kind, String url, Optional<String> savedTo) {
  /** The longest key accepted. */
  public static final int MAX_KEY_LENGTH = 300;
  /** The longest URL or saved location accepted. */
  public static final int MAX_LOCATION_LENGTH = 4000;

  /**
   * Checks every component.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a text is blank, too long or holds control characters
   */
  public ResultEntry {
    Objects.requireNonNull(task, "task == null");
    Ledgers.printable(key, "key", MAX_KEY_LENGTH);
    Objects.requireNonNull(kind, "kind == null");
    Ledgers.printable(url, "url", MAX_LOCATION_LENGTH);
    Objects.requireNonNull(savedTo, "savedTo == null").ifPresent(s -> Ledgers.printable(s, "savedTo",
        MAX_LOCATION_LENGTH));
  }

  /** Returns an entry not saved yet. */
  public static ResultEntry of(TaskId task, String key, ResultKind kind, String url) {
    return new ResultEntry(task, key, kind, url, Optional.empty());
  }

  /** Returns a copy saved to {@code location}. */
  public ResultEntry withSavedTo(String location) {
    return new ResultEntry(task, key, kind, url, Optional.of(location));
  }
}
