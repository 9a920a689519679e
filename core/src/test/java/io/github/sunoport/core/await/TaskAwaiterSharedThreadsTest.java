package io.github.sunoport.core.await;

import static io.github.sunoport.core.testing.TestTasks.music;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The real shared timer and fetch pool, with short intervals. Only generous safety timeouts: build machines are slow
 * and noisy, so nothing here measures speed.
 */
class TaskAwaiterSharedThreadsTest {

  @Test
  void two_thousand_awaits_complete_on_a_few_shared_threads() throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    threads.resetPeakThreadCount();
    int threadsBefore = threads.getThreadCount();
    AwaitOptions options = AwaitOptions.until(TaskState.SUCCEEDED).withTimeout(Duration.ofMinutes(2))
        .withIntervals(Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(10));
    int awaits = 2_000;
    List<AtomicInteger> polls = new ArrayList<>(awaits);
    List<CompletableFuture<MusicTask>> futures = new ArrayList<>(awaits);

    for (int i = 0; i < awaits; i++) {
      AtomicInteger count = new AtomicInteger();
      polls.add(count);
      TaskFetcher<MusicTask> readyAfterThreePolls =
          id -> music(id, count.incrementAndGet() < 3 ? TaskState.RUNNING : TaskState.SUCCEEDED);
      futures.add(TaskAwaiter.create().awaitAsync(readyAfterThreePolls, TaskId.of("kie", "task-" + i), options));
    }
    CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).get(90, TimeUnit.SECONDS);

    assertThat(futures).allSatisfy(f -> assertThat(f.join().state()).isEqualTo(TaskState.SUCCEEDED));
    assertThat(polls).allSatisfy(count -> assertThat(count).hasValue(3));
    assertThat(threads.getPeakThreadCount() - threadsBefore).as("threads added").isLessThanOrEqualTo(16);
  }
}
