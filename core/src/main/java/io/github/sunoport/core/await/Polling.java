package io.github.sunoport.core.await;

import io.github.sunoport.core.error.AwaitTimeoutException;
import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.SunoException;
import io.github.sunoport.core.model.Task;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * The polling policy of one await, shared by the blocking and the asynchronous form: after each fetch or error it
 * decides whether the await is done, has failed, or should poll again after some delay. Not thread-safe; each await's
 * steps run one after another.
 */
final class Polling<T extends Task> {
  sealed interface Decision<T> {}

  record Done<T>(T task) implements Decision<T> {}

  record Fail<T>(RuntimeException error) implements Decision<T> {}

  record Wait<T>(Duration delay) implements Decision<T> {}

  private final TaskId id;
  private final AwaitOptions options;
  private final Instant start;
  private final Instant deadline;
  private final DoubleSupplier random;
  private Duration interval;
  private T last;
  private SunoException lastError;
  private int consecutiveErrors;
  private int polls;

  Polling(TaskId id, AwaitOptions options, Instant start, DoubleSupplier random) {
    this.id = id;
    this.options = options;
    this.start = start;
    this.deadline = start.plus(options.timeout());
    this.random = random;
    this.interval = options.initialInterval();
  }

  Decision<T> afterFetch(T task, Instant now) {
    polls++;
    if (!task.id().equals(id)) {
      return new Fail<>(new IllegalStateException("fetched task " + task.id() + " while awaiting " + id));
    }
    if (last == null || last.state() != task.state() || !last.rawStatus().equals(task.rawStatus())) {
      options.listener().onChange(task);
    }
    last = task;
    lastError = null;
    consecutiveErrors = 0;
    if (task.state().hasReached(options.target()) || task.state() == TaskState.FAILED) {
      return new Done<>(task);
    }
    return next(now, Optional.empty());
  }

  /**
   * The one decision after a failed poll: every retry on the await path is decided here (adapters send a poll's read
   * once), so any further bound on failed polls belongs here too.
   */
  Decision<T> afterError(SunoException error, Instant now) {
    polls++;
    if (!error.isRetryable()) {
      return new Fail<>(error);
    }
    lastError = error;
    consecutiveErrors++;
    options.listener().onError(error, consecutiveErrors);
    if (consecutiveErrors >= options.maxConsecutiveErrors()) {
      return new Fail<>(error);
    }
    return next(now, error.retryAfter());
  }

  private Decision<T> next(Instant now, Optional<Duration> retryAfter) {
    Duration remaining = Duration.between(now, deadline);
    if (remaining.isNegative() || remaining.isZero()
        || retryAfter.filter(r -> r.compareTo(remaining) > 0).isPresent()) {
      return new Fail<>(timeout());
    }
    double factor = 1.0 + options.jitter() * (2.0 * random.getAsDouble() - 1.0);
    Duration delay = Duration.ofNanos((long) (interval.toNanos() * factor));
    interval = grow(interval);
    if (retryAfter.isPresent() && retryAfter.get().compareTo(delay) > 0) {
      delay = retryAfter.get();
    }
    if (delay.compareTo(remaining) > 0) {
      delay = remaining;
    }
    if (delay.compareTo(options.minInterval()) < 0) {
      delay = options.minInterval();
    }
    return new Wait<>(delay);
  }

  private Duration grow(Duration current) {
    double nanos = current.toNanos() * options.multiplier();
    return nanos >= options.maxInterval().toNanos() ? options.maxInterval() : Duration.ofNanos((long) nanos);
  }

  /** How many fetches were made or failed so far. */
  int polls() {
    return polls;
  }

  /** Time since the await started. */
  Duration elapsed(Instant now) {
    return Duration.between(start, now);
  }

  AwaitTimeoutException timeout() {
    return new AwaitTimeoutException(
        id.toString(), options.target(), options.timeout(), last, ErrorDetails.of(id.provider()), lastError);
  }
}
