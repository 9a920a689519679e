package io.github.sunoport.core.await;

import static io.github.sunoport.core.testing.TestTasks.music;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.testing.ScriptedFetcher;
import io.github.sunoport.core.testing.VirtualTime;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What only the asynchronous form does: cancelling, and many awaits at once. All in virtual time. */
class TaskAwaiterAsyncTest {
  private static final TaskId ID = TaskId.of("sunoapi-org", "5c79be8e");
  private static final AwaitOptions UNTIL_SUCCEEDED = AwaitOptions.until(TaskState.SUCCEEDED);

  private final VirtualTime time = VirtualTime.create();
  private final TaskAwaiter awaiter = time.awaiter();

  @Test
  void cancelling_the_future_stops_the_polling() {
    ScriptedFetcher<MusicTask> fetcher = ScriptedFetcher.<MusicTask>on(time.clock())
        .thenReturn(music(ID, TaskState.RUNNING));
    CompletableFuture<MusicTask> future = awaiter.awaitAsync(fetcher, ID, UNTIL_SUCCEEDED);
    time.advance(Duration.ofSeconds(10));
    int fetchesBeforeCancel = fetcher.fetchCount();

    future.cancel(true);
    time.advance(Duration.ofHours(1));

    assertThat(fetchesBeforeCancel).isEqualTo(4);
    assertThat(fetcher.fetchCount()).isEqualTo(fetchesBeforeCancel);
    assertThat(future).isCancelled();
    assertThat(time.pending()).as("the next poll was unscheduled").isZero();
    assertThat(time.cancelled()).isEqualTo(1);
  }

  @Test
  void completing_the_future_from_outside_stops_the_polling() {
    ScriptedFetcher<MusicTask> fetcher = ScriptedFetcher.<MusicTask>on(time.clock())
        .thenReturn(music(ID, TaskState.RUNNING));
    CompletableFuture<MusicTask> future = awaiter.awaitAsync(fetcher, ID, UNTIL_SUCCEEDED);

    future.complete(music(ID, TaskState.SUCCEEDED));
    time.advance(Duration.ofHours(1));

    assertThat(fetcher.fetchCount()).isEqualTo(1);
  }

  @Test
  void a_fetch_executor_that_refuses_work_fails_the_future() {
    RejectedExecutionException refused = new RejectedExecutionException("shut down");
    TaskAwaiter closed = TaskAwaiter.builder().clock(time.clock()).scheduler(time.scheduler())
        .fetchExecutor(task -> {
          throw refused;
        }).build();

    CompletableFuture<MusicTask> future =
        closed.awaitAsync(id -> music(id, TaskState.SUCCEEDED), ID, UNTIL_SUCCEEDED);

    assertThat(future).failsWithin(Duration.ZERO).withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .withCause(refused);
  }

  @Test
  void the_first_fetch_runs_on_the_fetch_executor_and_later_ones_after_the_scheduled_delay() {
    List<Runnable> submitted = new ArrayList<>();
    TaskAwaiter queued = TaskAwaiter.builder().clock(time.clock()).scheduler(time.scheduler())
        .fetchExecutor(submitted::add).random(() -> 0.5).build();
    ScriptedFetcher<MusicTask> fetcher = ScriptedFetcher.<MusicTask>on(time.clock())
        .thenReturn(music(ID, TaskState.RUNNING), music(ID, TaskState.SUCCEEDED));

    CompletableFuture<MusicTask> future = queued.awaitAsync(fetcher, ID, UNTIL_SUCCEEDED);
    assertThat(fetcher.fetchCount()).as("nothing fetched on the caller's thread").isZero();
    submitted.remove(0).run();
    time.advance(Duration.ofMillis(1_999));
    assertThat(submitted).isEmpty();
    time.advance(Duration.ofMillis(1));
    submitted.remove(0).run();

    assertThat(future).isCompletedWithValueMatching(task -> task.state() == TaskState.SUCCEEDED);
    assertThat(fetcher.gaps()).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void ten_thousand_concurrent_awaits_all_complete_on_one_thread() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    threads.resetPeakThreadCount();
    int threadsBefore = threads.getThreadCount();
    int awaits = 10_000;
    AtomicInteger fetches = new AtomicInteger();
    List<CompletableFuture<MusicTask>> futures = new ArrayList<>(awaits);

    for (int i = 0; i < awaits; i++) {
      TaskId id = TaskId.of("kie", "task-" + i);
      int readyAfter = 1 + i % 7;
      AtomicInteger polls = new AtomicInteger();
      TaskFetcher<MusicTask> fetcher = taskId -> {
        fetches.incrementAndGet();
        return music(taskId, polls.incrementAndGet() < readyAfter ? TaskState.RUNNING : TaskState.SUCCEEDED);
      };
      futures.add(awaiter.awaitAsync(fetcher, id, UNTIL_SUCCEEDED));
    }
    assertThat(time.pending()).as("all waiting at once").isGreaterThan(awaits / 2);
    time.runUntilIdle();

    assertThat(futures).allSatisfy(f -> assertThat(f).isCompletedWithValueMatching(t -> t.state() == TaskState.SUCCEEDED));
    int expectedFetches = 0;
    for (int i = 0; i < awaits; i++) {
      expectedFetches += 1 + i % 7;
    }
    assertThat(fetches.get()).isEqualTo(expectedFetches);
    assertThat(time.elapsed()).isEqualTo(Duration.ofMillis(2_000 + 3_000 + 4_500 + 6_750 + 10_125 + 15_187).plusNanos(500_000));
    assertThat(threads.getPeakThreadCount() - threadsBefore).as("threads added").isLessThanOrEqualTo(2);
  }
}
