package io.github.sunoport.core.testing;

import io.github.sunoport.core.await.PollScheduler;
import io.github.sunoport.core.await.Sleeper;
import io.github.sunoport.core.await.TaskAwaiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;

/**
 * Time that only moves when a test moves it: a {@link Clock}, a {@link PollScheduler} whose tasks run when time
 * passes their due instant, and a {@link Sleeper} that moves time instead of blocking. Tasks run on the thread that
 * moves time, in due order (ties in scheduling order), and may schedule further tasks while they run.
 *
 * <pre>{@code
 * VirtualTime time = VirtualTime.create();
 * TaskAwaiter awaiter = TaskAwaiter.builder().clock(time.clock()).sleeper(time.sleeper())
 *     .scheduler(time.scheduler()).fetchExecutor(Runnable::run).random(() -> 0.5).build();
 * }</pre>
 */
public final class VirtualTime {
  /** The instant {@link #create()} starts at. */
  public static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");

  private static final int MAX_TASKS = 5_000_000;

  private final Object lock = new Object();
  private final Instant start;
  private final PriorityQueue<Scheduled> queue = new PriorityQueue<>();
  private volatile Instant now;
  private long sequence;
  private long sleeps;
  private long scheduledCount;
  private long ran;
  private long cancelled;

  private VirtualTime(Instant start) {
    this.start = start;
    this.now = start;
  }

  /** Returns virtual time starting at {@link #EPOCH}. */
  public static VirtualTime create() {
    return startingAt(EPOCH);
  }

  /** Returns virtual time starting at {@code start}. */
  public static VirtualTime startingAt(Instant start) {
    return new VirtualTime(Objects.requireNonNull(start, "start == null"));
  }

  /** The current virtual instant. */
  public Instant now() {
    return now;
  }

  /** How much virtual time has passed since the start. */
  public Duration elapsed() {
    return Duration.between(start, now);
  }

  /** A clock (in UTC) that reads the virtual instant. */
  public Clock clock() {
    return new VirtualClock(ZoneOffset.UTC);
  }

  /** A sleeper that moves time forward by the duration asked, running the tasks that fall due on the way. */
  public Sleeper sleeper() {
    return duration -> {
      synchronized (lock) {
        sleeps++;
      }
      advance(duration);
    };
  }

  /** A scheduler whose tasks run when time is moved past their due instant. */
  public PollScheduler scheduler() {
    return (task, delay) -> {
      Objects.requireNonNull(task, "task == null");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("negative delay: " + delay);
      }
      synchronized (lock) {
        Scheduled s = new Scheduled(task, now.plus(delay), sequence++);
        queue.add(s);
        scheduledCount++;
        return s;
      }
    };
  }

  /**
   * Returns an awaiter that runs wholly in this virtual time on the thread that moves it: fetches run directly, the
   * blocking form sleeps with {@link #sleeper()}, the asynchronous form schedules with {@link #scheduler()}.
   *
   * @param random the jitter source, uniform in [0, 1); 0.5 means no jitter
   */
  public TaskAwaiter awaiter(DoubleSupplier random) {
    return TaskAwaiter.builder().clock(clock()).sleeper(sleeper()).scheduler(scheduler()).fetchExecutor(Runnable::run)
        .random(random).build();
  }

  /** Returns {@link #awaiter(DoubleSupplier)} without jitter, so each wait is exactly the current interval. */
  public TaskAwaiter awaiter() {
    return awaiter(() -> 0.5);
  }

  /** Moves time forward by {@code duration}, running every task due by then, and stops there. */
  public void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("time cannot go back: " + duration);
    }
    Instant target = now.plus(duration);
    runDue(target);
    now = target;
  }

  /**
   * Runs scheduled tasks in due order, moving time to each one's due instant, until none is left.
   *
   * @return how many tasks ran
   * @throws IllegalStateException if tasks keep scheduling new ones beyond a few million (an endless loop)
   */
  public long runUntilIdle() {
    return runDue(Instant.MAX);
  }

  /** How many tasks are scheduled and not yet run or cancelled. */
  public int pending() {
    synchronized (lock) {
      return queue.size();
    }
  }

  /** How many times the sleeper was called. */
  public long sleeps() {
    synchronized (lock) {
      return sleeps;
    }
  }

  /** How many tasks were scheduled. */
  public long scheduled() {
    synchronized (lock) {
      return scheduledCount;
    }
  }

  /** How many scheduled tasks ran. */
  public long ran() {
    synchronized (lock) {
      return ran;
    }
  }

  /** How many scheduled tasks were cancelled before they ran. */
  public long cancelled() {
    synchronized (lock) {
      return cancelled;
    }
  }

  private long runDue(Instant limit) {
    long count = 0;
    while (true) {
      Scheduled next;
      synchronized (lock) {
        next = queue.peek();
        if (next == null || next.due.isAfter(limit)) {
          return count;
        }
        queue.poll();
        next.started = true;
        ran++;
        if (next.due.isAfter(now)) {
          now = next.due;
        }
      }
      if (++count > MAX_TASKS) {
        throw new IllegalStateException("still busy after " + MAX_TASKS + " tasks; is something polling forever?");
      }
      next.task.run();
      synchronized (lock) {
        next.done = true;
      }
    }
  }

  private final class VirtualClock extends Clock {
    private final ZoneId zone;

    VirtualClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return new VirtualClock(zone);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final class Scheduled implements Future<Void>, Comparable<Scheduled> {
    final Runnable task;
    final Instant due;
    final long order;
    boolean started;
    boolean done;
    boolean isCancelled;

    Scheduled(Runnable task, Instant due, long order) {
      this.task = task;
      this.due = due;
      this.order = order;
    }

    @Override
    public int compareTo(Scheduled other) {
      int byDue = due.compareTo(other.due);
      return byDue != 0 ? byDue : Long.compare(order, other.order);
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      synchronized (lock) {
        if (started || isCancelled) {
          return false;
        }
        isCancelled = true;
        cancelled++;
        queue.remove(this);
        return true;
      }
    }

    @Override
    public boolean isCancelled() {
      synchronized (lock) {
        return isCancelled;
      }
    }

    @Override
    public boolean isDone() {
      synchronized (lock) {
        return done || isCancelled;
      }
    }

    @Override
    public Void get() {
      throw new UnsupportedOperationException("virtual tasks are not waited for; move time instead");
    }

    @Override
    public Void get(long timeout, TimeUnit unit) {
      return get();
    }
  }
}
