package io.github.sunoport.core.download;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread that cuts transfers off at their deadline. java.net.http's request timeout only covers the wait
 * for the response headers; a body that stalls half-way would block its reader for ever, so the watchdog closes the
 * body stream, which makes the blocked read fail.
 */
final class Watchdog {
  private static final ScheduledThreadPoolExecutor TIMER = timer();

  private Watchdog() {}

  private static ScheduledThreadPoolExecutor timer() {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
      Thread thread = new Thread(r, "sunoport-download-watchdog");
      thread.setDaemon(true);
      return thread;
    });
    // Finished transfers cancel their alarm; drop it at once instead of holding the stream until the deadline.
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }

  static ScheduledFuture<?> after(long nanos, Runnable alarm) {
    return TIMER.schedule(alarm, Math.max(0, nanos), TimeUnit.NANOSECONDS);
  }
}
