package io.github.sunoport.mock;

import io.github.sunoport.mock.MockAdmin.LoggedCallback;
import java.util.List;

/**
 * The last callback attempts, refusals and drops, oldest first: at most {@link #CAPACITY} entries and
 * {@link #MAX_BYTES} (estimated), the newest kept.
 */
final class CallbackLog {
  static final int CAPACITY = 1_000;
  static final long MAX_BYTES = 3L * 1024 * 1024;
  private static final long ENTRY_OVERHEAD = 256;

  private final BoundedLog<LoggedCallback> entries = new BoundedLog<>(CAPACITY, MAX_BYTES, CallbackLog::estimate);

  void add(LoggedCallback entry) {
    entries.add(entry);
  }

  List<LoggedCallback> snapshot() {
    return entries.snapshot();
  }

  void clear() {
    entries.clear();
  }

  private static long estimate(LoggedCallback c) {
    return ENTRY_OVERHEAD + BoundedLog.chars(c.taskId()) + BoundedLog.chars(c.url()) + BoundedLog.chars(c.detail())
        + BoundedLog.chars(c.body());
  }
}
