package io.github.sunoport.core.await;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads every asynchronous await shares: one timer thread, and a small pool for the fetches, which block on
 * the network. All are daemon threads that end after a minute idle, so an app never has to shut them down.
 */
final class SharedThreads {
  /** Fetches on loopback take about a millisecond, remote ones tens; four threads keep thousands of awaits polling. */
  static final int FETCH_THREADS = 4;

  private SharedThreads() {}

  private static final class Holder {
    static final ScheduledThreadPoolExecutor TIMER = timer();
    static final ThreadPoolExecutor FETCHES = fetches();
  }

  static PollScheduler scheduler() {
    return (task, delay) -> Holder.TIMER.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
  }

  static Executor fetchExecutor() {
    return Holder.FETCHES;
  }

  private static ScheduledThreadPoolExecutor timer() {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemon("sunoport-await-timer"));
    timer.setRemoveOnCancelPolicy(true);
    timer.setKeepAliveTime(Duration.ofMinutes(1).toSeconds(), TimeUnit.SECONDS);
    timer.allowCoreThreadTimeOut(true);
    return timer;
  }

  private static ThreadPoolExecutor fetches() {
    ThreadPoolExecutor pool = new ThreadPoolExecutor(FETCH_THREADS, FETCH_THREADS, 60, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), daemon("sunoport-await-fetch"));
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  private static ThreadFactory daemon(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread t = new Thread(runnable, prefix + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
