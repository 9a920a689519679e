package io.github.sunoport.core.callback;

import io.github.sunoport.core.model.TaskId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers which (task, stage) pairs were delivered, so that an app processes each once: providers say the same
 * callback may arrive several times. It keeps the most recent {@link #capacity()} pairs in memory (10,000 by
 * default) and forgets the oldest beyond that, so a duplicate arriving after that many newer callbacks would pass
 * again. Thread-safe; one instance per app (or per process, if several apps share a callback URL).
 *
 * <p>The pattern:
 * <pre>{@code
 * CallbackEvent event = client.callbacks().parse(body, headers);   // rejects forged and malformed ones
 * if (!dedup.firstDelivery(event)) {
 *   return 200;                                                    // seen it: acknowledge, do nothing
 * }
 * try {
 *   handle(event);
 * } catch (RuntimeException e) {
 *   dedup.forget(event);                                           // let the provider's retry try again
 *   return 500;
 * }
 * return 200;
 * }</pre>
 * Memory is per process: an app with several instances, or one that must survive restarts, keeps the same
 * (task, stage) key in its database instead, for example with a unique constraint.
 *
 * @deprecated Use {@link io.github.sunoport.core.ledger.TaskLedger#claimCallback(CallbackEvent)} and
 *     {@link io.github.sunoport.core.ledger.TaskLedger#releaseCallback(CallbackEvent)}: the same answer from
 *     {@code TaskLedger.inMemory()} (bounded the same way), and from {@code sunoport-ledger-jdbc} shared by every
 *     instance and kept across restarts. This class keeps working until it is removed in a later release.
 */
@Deprecated(since = "0.1.0")
public final class CallbackDeduplicator {
  /** The number of pairs remembered by {@link #create()}. */
  public static final int DEFAULT_CAPACITY = 10_000;

  private final int capacity;
  private final Map<Key, Boolean> seen;

  private CallbackDeduplicator(int capacity) {
    this.capacity = capacity;
    this.seen = new LinkedHashMap<>(16, 0.75f, false) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, Boolean> eldest) {
        return size() > CallbackDeduplicator.this.capacity;
      }
    };
  }

  /** Returns a deduplicator remembering the last {@value #DEFAULT_CAPACITY} pairs. */
  public static CallbackDeduplicator create() {
    return new CallbackDeduplicator(DEFAULT_CAPACITY);
  }

  /**
   * Returns a deduplicator remembering the last {@code capacity} pairs.
   *
   * @throws IllegalArgumentException if {@code capacity} is less than 1
   */
  public static CallbackDeduplicator withCapacity(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    return new CallbackDeduplicator(capacity);
  }

  /**
   * Records the event's (task, stage) and returns true if it had not been seen, false for a repeat.
   *
   * @throws NullPointerException if {@code event} is null
   */
  public synchronized boolean firstDelivery(CallbackEvent event) {
    Objects.requireNonNull(event, "event == null");
    return seen.putIfAbsent(new Key(event.task(), event.stage()), Boolean.TRUE) == null;
  }

  /** Forgets the event's (task, stage), so that its next delivery counts as the first; for failed processing. */
  public synchronized void forget(CallbackEvent event) {
    Objects.requireNonNull(event, "event == null");
    seen.remove(new Key(event.task(), event.stage()));
  }

  /** How many pairs are remembered now; at most {@link #capacity()}. */
  public synchronized int size() {
    return seen.size();
  }

  /** The most pairs remembered. */
  public int capacity() {
    return capacity;
  }

  private record Key(TaskId task, CallbackStage stage) {}
}
