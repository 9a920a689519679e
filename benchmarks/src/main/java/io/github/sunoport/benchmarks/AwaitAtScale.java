package io.github.sunoport.benchmarks;

import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.await.AwaitOptions;
import io.github.sunoport.core.await.TaskAwaiter;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.model.LyricsRequest;
import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.mock.MockServer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Await at scale: N concurrent {@link TaskAwaiter#awaitAsync} calls against the embedded mock server, each on its own
 * created kie.ai lyrics task. Reports completions, wall time, the peak thread count above the baseline, the shortest
 * gap between two polls of one task (must be at least the configured minimum interval), and heap after GC.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.github.sunoport.benchmarks.AwaitAtScale [tasks] [timelineMs] [minIntervalMs]</pre>
 *
 * <p>The mock server runs in this JVM: its Jetty threads are started, and the tasks created, before the baseline is
 * taken, so "peak above baseline" is what the awaits add. The thread sampler shows each kind's peak.
 */
public final class AwaitAtScale {
  private AwaitAtScale() {}

  public static void main(String[] args) throws Exception {
    int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Duration timeline = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 2_000);
    Duration minInterval = Duration.ofMillis(args.length > 2 ? Long.parseLong(args[2]) : 500);
    AwaitReport report = run(tasks, timeline, minInterval);
    System.out.println(report.format());
    System.exit(report.passed() ? 0 : 1);
  }

  static AwaitReport run(int tasks, Duration timeline, Duration minInterval) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    int jvmOwn = threads.getThreadCount();
    HeldClock clock = new HeldClock(Instant.parse("2026-01-01T00:00:00Z"));
    try (ThreadSampler sampler = new ThreadSampler(10);
        MockServer server = MockServer.builder().timeline(timeline).clock(clock).build().start();
        SunoClient kie = SunoProviders.open("kie", ProviderSettings.builder()
            .apiKey("bench-token")
            .baseUrl(server.baseUrl("kie"))
            .defaultCallbackUrl(URI.create("https://example.com/callback"))
            .build())) {
      List<TaskId> ids = create(kie, tasks);
      settle();
      int baseline = threads.getThreadCount();
      long heapBefore = usedHeapAfterGc(memory);
      threads.resetPeakThreadCount();
      sampler.reset();

      AwaitOptions options = AwaitOptions.until(TaskState.SUCCEEDED)
          .withTimeout(timeline.multipliedBy(10).plusSeconds(60))
          .withIntervals(minInterval, minInterval.multipliedBy(4), minInterval);
      TaskAwaiter awaiter = TaskAwaiter.create();
      List<PollRecorder<LyricsTask>> recorders = new ArrayList<>(tasks);
      List<CompletableFuture<LyricsTask>> futures = new ArrayList<>(tasks);
      clock.release();
      long start = System.nanoTime();
      for (TaskId id : ids) {
        PollRecorder<LyricsTask> recorder = new PollRecorder<>(kie.lyrics()::fetch, System::nanoTime);
        recorders.add(recorder);
        futures.add(awaiter.awaitAsync(recorder, id, options));
      }
      int succeeded = 0;
      int failed = 0;
      for (CompletableFuture<LyricsTask> future : futures) {
        try {
          LyricsTask task = future.get(options.timeout().toMillis() + 10_000, TimeUnit.MILLISECONDS);
          if (task.state() == TaskState.SUCCEEDED) {
            succeeded++;
          } else {
            failed++;
          }
        } catch (ExecutionException | TimeoutException e) {
          failed++;
        }
      }
      long wallNanos = System.nanoTime() - start;
      sampler.sample();
      int peak = threads.getPeakThreadCount();
      long heapHolding = usedHeapAfterGc(memory);
      futures.clear();
      long fetches = 0;
      int maxFetches = 0;
      long shortestGap = Long.MAX_VALUE;
      for (PollRecorder<LyricsTask> r : recorders) {
        fetches += r.fetches();
        maxFetches = Math.max(maxFetches, r.fetches());
        shortestGap = Math.min(shortestGap, r.shortestGapNanos());
      }
      recorders.clear();
      long heapAfter = usedHeapAfterGc(memory);
      return new AwaitReport(tasks, timeline, minInterval, succeeded, failed, Duration.ofNanos(wallNanos), jvmOwn,
          baseline, peak, sampler.peaks(), fetches, maxFetches, Duration.ofNanos(shortestGap), heapBefore,
          heapHolding, heapAfter);
    }
  }

  /** Creates the tasks with four threads, all before the clock runs; that pool is gone before the baseline. */
  private static List<TaskId> create(SunoClient kie, int tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4, r -> new Thread(r, "bench-create"));
    try {
      List<Future<TaskId>> created = new ArrayList<>(tasks);
      for (int i = 0; i < tasks; i++) {
        String prompt = "a song about benchmark " + i;
        created.add(pool.submit(() -> kie.lyrics().submit(LyricsRequest.of(prompt))));
      }
      List<TaskId> ids = new ArrayList<>(tasks);
      for (Future<TaskId> f : created) {
        ids.add(f.get());
      }
      return ids;
    } finally {
      pool.shutdown();
      pool.awaitTermination(30, TimeUnit.SECONDS);
    }
  }

  private static void settle() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
  }

  private static long usedHeapAfterGc(MemoryMXBean memory) throws InterruptedException {
    settle();
    return memory.getHeapMemoryUsage().getUsed();
  }
}
