package io.github.sunoport.core.await;

import io.github.sunoport.core.error.SunoException;
import io.github.sunoport.core.model.Task;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.observe.AwaitProgress;
import io.github.sunoport.core.observe.Listeners;
import io.github.sunoport.core.observe.SunoListener;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleSupplier;

/**
 * Polls a task until it reaches a target state, fails, or the deadline passes.
 *
 * <ul>
 *   <li>A task that reaches the target, or ends {@code FAILED}, is returned: a failed task is not an exception.
 *   <li>Retryable errors (rate limits, maintenance, server and network errors) do not end the await; polling goes on
 *       with backoff, and a rate limit's Retry-After is honoured. The listener hears of each one
 *       ({@link ProgressListener#onError}), and {@link AwaitOptions#maxConsecutiveErrors()} of them in a row end the
 *       await with the last.
 *   <li>The awaiter is the one owner of retries on this path: each poll is a single request, because adapters skip
 *       their own read retries inside a poll ({@link PollScope}). A poll answered 429 therefore costs one request,
 *       and the next poll waits for the Retry-After; the client's {@code RetryPolicy} applies to reads made outside
 *       an await. What bounds the polls is the await's timeout and its bound on consecutive errors; each poll is
 *       bounded by the client's {@code operationTimeout}.
 *   <li>Other errors end it at once. At the deadline it throws
 *       {@link io.github.sunoport.core.error.AwaitTimeoutException}, which tells the last state seen.
 * </ul>
 *
 * <p>The asynchronous form shares a small scheduler and fetch pool among all awaits, so ten thousand awaits use a
 * handful of threads; cancelling the returned future stops the polling. Time is injectable for tests.
 */
public final class TaskAwaiter {
  private static final TaskAwaiter SHARED = builder().build();

  private final Clock clock;
  private final Sleeper sleeper;
  private final PollScheduler scheduler;
  private final Executor fetchExecutor;
  private final DoubleSupplier random;
  private final SunoListener listener;

  private TaskAwaiter(Builder b) {
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.scheduler = b.scheduler != null ? b.scheduler : SharedThreads.scheduler();
    this.fetchExecutor = b.fetchExecutor != null ? b.fetchExecutor : SharedThreads.fetchExecutor();
    this.random = b.random;
    this.listener = b.listener;
  }

  /** Returns the awaiter on the system clock with the shared threads. */
  public static TaskAwaiter create() {
    return SHARED;
  }

  /** Returns a builder, for tests that inject time or apps that bring their own executor. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Polls on the calling thread until the task reaches {@code options.target()} or fails.
   *
   * @return the task in or past the target state, or in state {@code FAILED}
   * @throws io.github.sunoport.core.error.AwaitTimeoutException at the deadline
   * @throws SunoException a non-retryable error from the fetcher, or the last of too many retryable errors in a row
   * @throws CancellationException if the thread is interrupted (the interrupt flag is kept)
   */
  public <T extends Task> T await(TaskFetcher<T> fetcher, TaskId id, AwaitOptions options) {
    Polling<T> polling = start(fetcher, id, options);
    while (true) {
      Polling.Decision<T> decision = step(polling, fetcher, id);
      if (decision instanceof Polling.Done<T> done) {
        return done.task();
      }
      if (decision instanceof Polling.Fail<T> fail) {
        throw fail.error();
      }
      try {
        sleeper.sleep(((Polling.Wait<T>) decision).delay());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CancellationException("await of " + id + " interrupted");
      }
    }
  }

  /**
   * Polls on the shared threads. The future completes as {@link #await} returns or throws; cancelling it stops the
   * polling.
   */
  public <T extends Task> CompletableFuture<T> awaitAsync(TaskFetcher<T> fetcher, TaskId id, AwaitOptions options) {
    Polling<T> polling = start(fetcher, id, options);
    CompletableFuture<T> result = new CompletableFuture<>();
    AtomicReference<Future<?>> pending = new AtomicReference<>();
    Runnable step = new Runnable() {
      @Override
      public void run() {
        if (result.isDone()) {
          return;
        }
        Polling.Decision<T> decision;
        try {
          decision = step(polling, fetcher, id);
        } catch (RuntimeException e) {
          result.completeExceptionally(e);
          return;
        }
        if (decision instanceof Polling.Done<T> done) {
          result.complete(done.task());
        } else if (decision instanceof Polling.Fail<T> fail) {
          result.completeExceptionally(fail.error());
        } else {
          Runnable self = this;
          pending.set(scheduler.schedule(() -> submit(self, result), ((Polling.Wait<T>) decision).delay()));
        }
      }
    };
    result.whenComplete((task, error) -> {
      Future<?> scheduled = pending.get();
      if (scheduled != null) {
        scheduled.cancel(false);
      }
    });
    submit(step, result);
    return result;
  }

  private void submit(Runnable step, CompletableFuture<?> result) {
    try {
      fetchExecutor.execute(step);
    } catch (RuntimeException rejected) {
      result.completeExceptionally(rejected);
    }
  }

  private <T extends Task> Polling<T> start(TaskFetcher<T> fetcher, TaskId id, AwaitOptions options) {
    Objects.requireNonNull(fetcher, "fetcher == null");
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(options, "options == null");
    return new Polling<>(id, options, clock.instant(), random);
  }

  private <T extends Task> Polling.Decision<T> step(Polling<T> polling, TaskFetcher<T> fetcher, TaskId id) {
    T task;
    try {
      task = PollScope.run(() -> fetcher.fetch(id));
    } catch (SunoException e) {
      return reported(polling, id, polling.afterError(e, clock.instant()), null, e);
    }
    if (task == null) {
      return new Polling.Fail<>(new IllegalStateException("fetcher returned null for " + id));
    }
    return reported(polling, id, polling.afterFetch(task, clock.instant()), task, null);
  }

  private <T extends Task> Polling.Decision<T> reported(
      Polling<T> polling, TaskId id, Polling.Decision<T> decision, T task, SunoException error) {
    if (listener != SunoListener.none()) {
      AwaitProgress progress = new AwaitProgress(id, polling.polls(), polling.elapsed(clock.instant()),
          Optional.ofNullable(task), Optional.ofNullable(error), !(decision instanceof Polling.Wait<T>));
      Listeners.tell(listener, l -> l.awaitProgress(progress));
    }
    return decision;
  }

  /** Builds a {@link TaskAwaiter}; everything not set uses the system clock and the shared threads. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private PollScheduler scheduler;
    private Executor fetchExecutor;
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
    private SunoListener listener = SunoListener.none();

    private Builder() {}

    /** Sets the listener told of every poll, for metrics and tracing; none by default. */
    public Builder listener(SunoListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener == null");
      return this;
    }

    /** Sets the clock deadlines are measured on. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** Sets how the blocking form waits. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /** Sets how the asynchronous form waits between polls. */
    public Builder scheduler(PollScheduler scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler == null");
      return this;
    }

    /** Sets where the asynchronous form runs fetches, which block on the network. */
    public Builder fetchExecutor(Executor fetchExecutor) {
      this.fetchExecutor = Objects.requireNonNull(fetchExecutor, "fetchExecutor == null");
      return this;
    }

    /** Sets the source of jitter, uniform in [0, 1). */
    public Builder random(DoubleSupplier random) {
      this.random = Objects.requireNonNull(random, "random == null");
      return this;
    }

    /** Returns the awaiter. */
    public TaskAwaiter build() {
      return new TaskAwaiter(this);
    }
  }
}
