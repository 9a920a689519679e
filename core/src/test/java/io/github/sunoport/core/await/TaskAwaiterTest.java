package io.github.sunoport.core.await;

import static io.github.sunoport.core.testing.TestTasks.music;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.error.AwaitTimeoutException;
import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.MaintenanceException;
import io.github.sunoport.core.error.NetworkException;
import io.github.sunoport.core.error.ProviderServerException;
import io.github.sunoport.core.error.ProviderTimeoutException;
import io.github.sunoport.core.error.RateLimitedException;
import io.github.sunoport.core.error.TaskNotFoundException;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.Task;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.testing.ScriptedFetcher;
import io.github.sunoport.core.testing.VirtualTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The polling rules, each checked in both forms: blocking (time moves when the awaiter sleeps) and asynchronous (time
 * moves until nothing is scheduled any more). All in virtual time, so no test waits.
 */
class TaskAwaiterTest {
  private static final TaskId ID = TaskId.of("kie", "5c79be8e");
  private static final ErrorDetails KIE = ErrorDetails.of(ID.provider(), 500, 500, "server error");
  private static final AwaitOptions UNTIL_SUCCEEDED = AwaitOptions.until(TaskState.SUCCEEDED);

  private final VirtualTime time = VirtualTime.create();
  private final TaskAwaiter awaiter = time.awaiter();
  private final ScriptedFetcher<MusicTask> fetcher = ScriptedFetcher.on(time.clock());

  /** The two forms of await, made to return or throw alike. */
  enum Form {
    BLOCKING {
      @Override
      <T extends Task> T await(TaskAwaiter awaiter, VirtualTime time, TaskFetcher<T> f, TaskId id, AwaitOptions o) {
        return awaiter.await(f, id, o);
      }
    },
    ASYNC {
      @Override
      <T extends Task> T await(TaskAwaiter awaiter, VirtualTime time, TaskFetcher<T> f, TaskId id, AwaitOptions o) {
        CompletableFuture<T> future = awaiter.awaitAsync(f, id, o);
        time.runUntilIdle();
        assertThat(future).as("completed once nothing is scheduled").isDone();
        try {
          return future.join();
        } catch (CompletionException e) {
          throw (RuntimeException) e.getCause();
        }
      }
    };

    abstract <T extends Task> T await(
        TaskAwaiter awaiter, VirtualTime time, TaskFetcher<T> fetcher, TaskId id, AwaitOptions options);
  }

  private MusicTask await(Form form, AwaitOptions options) {
    return await(form, awaiter, options);
  }

  private MusicTask await(Form form, TaskAwaiter awaiter, AwaitOptions options) {
    return form.await(awaiter, time, fetcher, ID, options);
  }

  private static MusicTask task(TaskState state) {
    return music(ID, state);
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void returns_the_task_once_it_reaches_the_target(Form form) {
    fetcher.thenReturn(task(TaskState.WAITING), task(TaskState.TEXT_READY), task(TaskState.FIRST_TRACK_READY));

    MusicTask task = await(form, AwaitOptions.until(TaskState.FIRST_TRACK_READY));

    assertThat(task.state()).isEqualTo(TaskState.FIRST_TRACK_READY);
    assertThat(fetcher.fetchCount()).isEqualTo(3);
    assertThat(fetcher.fetchedIds()).containsOnly(ID);
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void a_succeeded_task_has_reached_first_track_ready(Form form) {
    fetcher.thenReturn(task(TaskState.RUNNING), task(TaskState.SUCCEEDED));

    assertThat(await(form, AwaitOptions.until(TaskState.FIRST_TRACK_READY)).state()).isEqualTo(TaskState.SUCCEEDED);
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void returns_a_failed_task_without_polling_again(Form form) {
    MusicTask failed = task(TaskState.FAILED);
    fetcher.thenReturn(task(TaskState.RUNNING), failed, task(TaskState.SUCCEEDED));

    MusicTask result = await(form, UNTIL_SUCCEEDED);
    time.advance(Duration.ofHours(1));

    assertThat(result).isSameAs(failed);
    assertThat(fetcher.fetchCount()).isEqualTo(2);
    assertThat(time.pending()).isZero();
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void a_non_retryable_error_ends_the_await_at_once(Form form) {
    TaskNotFoundException notFound = new TaskNotFoundException("no such task", ErrorDetails.of(ID.provider(), 404, 404, ""));
    fetcher.thenReturn(task(TaskState.RUNNING)).thenThrow(notFound).thenReturn(task(TaskState.SUCCEEDED));

    assertThatThrownBy(() -> await(form, UNTIL_SUCCEEDED)).isSameAs(notFound);
    time.advance(Duration.ofHours(1));
    assertThat(fetcher.fetchCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void an_unexpected_exception_of_the_fetcher_ends_the_await(Form form) {
    IllegalArgumentException bug = new IllegalArgumentException("bug in the adapter");
    fetcher.thenThrow(bug);

    assertThatThrownBy(() -> await(form, UNTIL_SUCCEEDED)).isSameAs(bug);
    assertThat(fetcher.fetchCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void retryable_errors_keep_polling(Form form) {
    fetcher.thenThrow(new ProviderServerException("500", KIE))
        .thenThrow(new NetworkException("connection reset", ErrorDetails.of(ID.provider())))
        .thenThrow(new MaintenanceException("maintenance", ErrorDetails.of(ID.provider(), 200, 455, "")))
        .thenThrow(new ProviderTimeoutException("read timed out", ErrorDetails.of(ID.provider())))
        .thenThrow(new RateLimitedException("429", ErrorDetails.of(ID.provider(), 429, null, null), Optional.empty()))
        .thenReturn(task(TaskState.SUCCEEDED));

    assertThat(await(form, UNTIL_SUCCEEDED).state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(fetcher.fetchCount()).isEqualTo(6);
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void a_persistent_server_error_ends_the_await_with_the_last_error_once_the_bound_is_reached(Form form) {
    // given: a provider that answers 500 to every poll, and a listener that records what it hears
    List<String> heard = new ArrayList<>();
    ProviderServerException first = new ProviderServerException("500 first", KIE);
    ProviderServerException last = new ProviderServerException("500 again", KIE);
    fetcher.thenThrow(first).thenThrow(first).thenThrow(last);
    AwaitOptions options = UNTIL_SUCCEEDED.withMaxConsecutiveErrors(3).withListener(new ProgressListener() {
      @Override
      public void onChange(Task task) {
        heard.add("change " + task.state());
      }

      @Override
      public void onError(io.github.sunoport.core.error.SunoException error, int consecutiveErrors) {
        heard.add(consecutiveErrors + " " + error.getMessage());
      }
    });

    // when / then: the third error in a row ends it, long before the 10-minute deadline
    assertThatThrownBy(() -> await(form, options)).isSameAs(last);
    assertThat(fetcher.fetchCount()).isEqualTo(3);
    assertThat(heard).hasSize(3).allSatisfy(line -> assertThat(line).contains("500"));
    assertThat(heard.get(0)).startsWith("1 ");
    assertThat(heard.get(2)).startsWith("3 500 again");
    assertThat(time.elapsed()).isLessThan(Duration.ofMinutes(1));
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void a_successful_poll_starts_the_count_of_errors_again(Form form) {
    ProviderServerException down = new ProviderServerException("500", KIE);
    fetcher.thenThrow(down).thenThrow(down).thenReturn(task(TaskState.RUNNING)).thenThrow(down).thenThrow(down)
        .thenReturn(task(TaskState.SUCCEEDED));

    MusicTask done = await(form, UNTIL_SUCCEEDED.withMaxConsecutiveErrors(3));

    assertThat(done.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(fetcher.fetchCount()).isEqualTo(6);
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void by_default_ten_server_errors_in_a_row_end_the_await_before_its_deadline(Form form) {
    ProviderServerException down = new ProviderServerException("500", KIE);
    fetcher.thenThrow(down);

    assertThatThrownBy(() -> await(form, UNTIL_SUCCEEDED)).isSameAs(down);

    assertThat(fetcher.fetchCount()).isEqualTo(AwaitOptions.DEFAULT_MAX_CONSECUTIVE_ERRORS);
    assertThat(time.elapsed()).isLessThan(UNTIL_SUCCEEDED.timeout());
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void waits_the_retry_after_of_a_rate_limit(Form form) {
    RateLimitedException limited =
        new RateLimitedException("429", ErrorDetails.of(ID.provider(), 429, null, null), Optional.of(Duration.ofSeconds(20)));
    fetcher.thenReturn(task(TaskState.RUNNING)).thenThrow(limited).thenReturn(task(TaskState.SUCCEEDED));

    await(form, UNTIL_SUCCEEDED);

    assertThat(fetcher.gaps()).hasSize(2);
    assertThat(fetcher.gaps().get(0)).isEqualTo(Duration.ofSeconds(2));
    assertThat(fetcher.gaps().get(1)).isGreaterThanOrEqualTo(Duration.ofSeconds(20));
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void gives_up_at_the_deadline_telling_the_last_state_seen(Form form) {
    MusicTask running = music(ID, TaskState.RUNNING, "processing");
    fetcher.thenReturn(running);
    AwaitOptions options = UNTIL_SUCCEEDED.withTimeout(Duration.ofMinutes(1));

    assertThatThrownBy(() -> await(form, options)).isInstanceOfSatisfying(AwaitTimeoutException.class, e -> {
      assertThat(e.getMessage()).contains("kie:5c79be8e", "SUCCEEDED", "PT1M", "last state seen: RUNNING ('processing')");
      assertThat(e.lastSeen()).containsSame(running);
    });
    Duration firstToLast = Duration.between(fetcher.fetchTimes().get(0), time.now());
    assertThat(firstToLast).isBetween(Duration.ofMinutes(1), Duration.ofMinutes(1).plus(options.minInterval()));
    assertThat(time.pending()).isZero();
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void a_timeout_after_errors_only_says_no_answer_came_and_keeps_the_last_error(Form form) {
    ProviderServerException down = new ProviderServerException("503", KIE);
    fetcher.thenThrow(down);

    assertThatThrownBy(() -> await(form, UNTIL_SUCCEEDED.withTimeout(Duration.ofSeconds(30))))
        .isInstanceOfSatisfying(AwaitTimeoutException.class, e -> {
          assertThat(e.getMessage()).contains("none (no answer yet)");
          assertThat(e.lastSeen()).isEmpty();
          assertThat(e.getCause()).isSameAs(down);
        });
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void gives_up_at_once_when_the_retry_after_passes_the_deadline(Form form) {
    fetcher.thenReturn(task(TaskState.RUNNING)).thenThrow(
        new RateLimitedException("429", ErrorDetails.of(ID.provider()), Optional.of(Duration.ofMinutes(5))));

    assertThatThrownBy(() -> await(form, UNTIL_SUCCEEDED.withTimeout(Duration.ofMinutes(1))))
        .isInstanceOf(AwaitTimeoutException.class).hasMessageContaining("RUNNING");
    assertThat(fetcher.fetchCount()).isEqualTo(2);
    assertThat(time.elapsed()).isEqualTo(Duration.ofSeconds(2));
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void never_polls_closer_than_the_minimum_interval_whatever_the_jitter(Form form) {
    AtomicInteger calls = new AtomicInteger();
    TaskAwaiter jittery = time.awaiter(() -> calls.getAndIncrement() % 2 == 0 ? 0.0 : 0.999);
    fetcher.thenReturn(task(TaskState.RUNNING), 50).thenThrow(new ProviderServerException("500", KIE))
        .thenReturn(task(TaskState.RUNNING));
    AwaitOptions options = UNTIL_SUCCEEDED.withTimeout(Duration.ofHours(1)).withBackoff(1.5, 1.0)
        .withIntervals(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(1));

    assertThatThrownBy(() -> await(form, jittery, options)).isInstanceOf(AwaitTimeoutException.class);

    assertThat(fetcher.fetchCount()).isGreaterThan(200);
    assertThat(fetcher.gaps()).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(Duration.ofSeconds(1)));
    assertThat(fetcher.gaps()).as("full jitter downwards meets the floor").contains(Duration.ofSeconds(1));
    assertThat(fetcher.gaps()).allSatisfy(gap -> assertThat(gap).isLessThan(Duration.ofSeconds(20)));
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void waits_grow_by_the_multiplier_up_to_the_maximum(Form form) {
    fetcher.thenReturn(task(TaskState.RUNNING), 10).thenReturn(task(TaskState.SUCCEEDED));

    await(form, UNTIL_SUCCEEDED);

    assertThat(fetcher.gaps()).containsExactly(
        Duration.ofMillis(2_000), Duration.ofMillis(3_000), Duration.ofMillis(4_500), Duration.ofMillis(6_750),
        Duration.ofMillis(10_125), Duration.ofNanos(15_187_500_000L), Duration.ofNanos(22_781_250_000L),
        Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30));
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void tells_the_listener_each_change_once(Form form) {
    List<String> seen = new ArrayList<>();
    fetcher.thenReturn(music(ID, TaskState.WAITING, "PENDING"), music(ID, TaskState.WAITING, "PENDING"),
        music(ID, TaskState.TEXT_READY, "TEXT_SUCCESS"), music(ID, TaskState.TEXT_READY, "TEXT_SUCCESS"),
        music(ID, TaskState.UNKNOWN, "QUEUED"), music(ID, TaskState.UNKNOWN, "WARMING_UP"),
        music(ID, TaskState.UNKNOWN, "WARMING_UP"), music(ID, TaskState.SUCCEEDED, "SUCCESS"));

    await(form, UNTIL_SUCCEEDED.withListener(task -> seen.add(task.state() + "/" + task.rawStatus())));

    assertThat(seen).containsExactly("WAITING/PENDING", "TEXT_READY/TEXT_SUCCESS", "UNKNOWN/QUEUED",
        "UNKNOWN/WARMING_UP", "SUCCEEDED/SUCCESS");
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void an_exception_of_the_listener_ends_the_await_with_it(Form form) {
    IllegalStateException refused = new IllegalStateException("listener refused");
    fetcher.thenReturn(task(TaskState.WAITING), task(TaskState.TEXT_READY), task(TaskState.SUCCEEDED));
    ProgressListener listener = task -> {
      if (task.state() == TaskState.TEXT_READY) {
        throw refused;
      }
    };

    assertThatThrownBy(() -> await(form, UNTIL_SUCCEEDED.withListener(listener))).isSameAs(refused);
    time.advance(Duration.ofHours(1));
    assertThat(fetcher.fetchCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void fails_when_the_fetcher_returns_another_task(Form form) {
    fetcher.thenReturn(music(TaskId.of("kie", "other"), TaskState.SUCCEEDED));

    assertThatThrownBy(() -> await(form, UNTIL_SUCCEEDED)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("kie:other").hasMessageContaining("kie:5c79be8e");
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void fails_when_the_fetcher_returns_null(Form form) {
    TaskFetcher<MusicTask> nothing = id -> null;

    assertThatThrownBy(() -> form.await(awaiter, time, nothing, ID, UNTIL_SUCCEEDED))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("null");
  }

  @Test
  void the_blocking_form_sleeps_between_polls() {
    fetcher.thenReturn(task(TaskState.RUNNING), 3).thenReturn(task(TaskState.SUCCEEDED));

    awaiter.await(fetcher, ID, UNTIL_SUCCEEDED);

    assertThat(time.sleeps()).isEqualTo(3);
    assertThat(time.scheduled()).isZero();
  }

  @Test
  void an_interrupted_blocking_await_is_cancelled_and_keeps_the_interrupt() {
    TaskAwaiter realSleeper = TaskAwaiter.builder().clock(time.clock()).scheduler(time.scheduler())
        .fetchExecutor(Runnable::run).build();
    fetcher.thenReturn(task(TaskState.RUNNING));

    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> realSleeper.await(fetcher, ID, UNTIL_SUCCEEDED))
          .isInstanceOf(CancellationException.class).hasMessageContaining("kie:5c79be8e");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(fetcher.fetchCount()).isEqualTo(1);
  }

  @Test
  void rejects_missing_arguments() {
    assertThatThrownBy(() -> awaiter.await(null, ID, UNTIL_SUCCEEDED)).hasMessage("fetcher == null");
    assertThatThrownBy(() -> awaiter.await(fetcher, null, UNTIL_SUCCEEDED)).hasMessage("id == null");
    assertThatThrownBy(() -> awaiter.awaitAsync(fetcher, ID, null)).hasMessage("options == null");
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void every_poll_runs_in_a_poll_scope_and_nothing_else_does(Form form) {
    List<Boolean> scopes = new ArrayList<>();
    AtomicInteger polls = new AtomicInteger();
    TaskFetcher<MusicTask> scoped = id -> {
      scopes.add(PollScope.isActive());
      return music(id, polls.incrementAndGet() < 3 ? TaskState.RUNNING : TaskState.SUCCEEDED);
    };

    form.await(awaiter, time, scoped, ID, UNTIL_SUCCEEDED);

    assertThat(scopes).containsExactly(true, true, true);
    assertThat(PollScope.isActive()).as("outside a poll").isFalse();
  }
}
