package io.github.sunoport.core.await;

import java.util.function.Supplier;

/**
 * Tells an adapter whether the read it is about to send is one poll of a {@link TaskAwaiter}.
 *
 * <p>On the await path the awaiter is the one owner of retries: it polls again on its own backoff, honouring a rate
 * limit's Retry-After, until the task is done or the await's deadline passes. An adapter whose reads are retried
 * under its {@link io.github.sunoport.core.config.RetryPolicy} therefore sends a read made inside a poll exactly
 * once and reports its error to the awaiter, so that one poll is one request and no two backoff policies stack. Calls
 * made outside an await (an app's own {@code fetch}) keep the adapter's retries.
 */
public final class PollScope {
  private static final ThreadLocal<Object> ACTIVE = new ThreadLocal<>();
  private static final Object MARK = new Object();

  private PollScope() {}

  /** Returns true while the current thread runs one poll of an await. */
  public static boolean isActive() {
    return ACTIVE.get() != null;
  }

  /** Runs {@code poll} as one poll of an await on the current thread. */
  static <T> T run(Supplier<T> poll) {
    Object outer = ACTIVE.get();
    ACTIVE.set(MARK);
    try {
      return poll.get();
    } finally {
      if (outer == null) {
        ACTIVE.remove();
      }
    }
  }
}
