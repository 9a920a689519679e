package io.github.sunoport.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.sunoport.core.await.PollScheduler;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class VirtualTimeTest {
  private final VirtualTime time = VirtualTime.create();
  private final PollScheduler scheduler = time.scheduler();
  private final List<String> log = new ArrayList<>();

  private Runnable record(String name) {
    return () -> log.add(name + "@" + time.elapsed().toSeconds());
  }

  @Test
  void the_clock_moves_only_when_told() {
    assertThat(time.clock().instant()).isEqualTo(VirtualTime.EPOCH);

    time.advance(Duration.ofSeconds(90));

    assertThat(time.clock().instant()).isEqualTo(Instant.parse("2025-01-01T00:01:30Z"));
    assertThat(time.clock().withZone(ZoneId.of("Asia/Tokyo")).instant()).isEqualTo(time.now());
  }

  @Test
  void runs_due_tasks_in_time_order_at_their_due_time() {
    scheduler.schedule(record("b"), Duration.ofSeconds(5));
    scheduler.schedule(record("a"), Duration.ofSeconds(2));
    scheduler.schedule(record("c"), Duration.ofSeconds(5));
    scheduler.schedule(record("late"), Duration.ofSeconds(60));

    time.advance(Duration.ofSeconds(10));

    assertThat(log).containsExactly("a@2", "b@5", "c@5");
    assertThat(time.elapsed()).isEqualTo(Duration.ofSeconds(10));
    assertThat(time.pending()).isEqualTo(1);
  }

  @Test
  void runs_tasks_scheduled_by_running_tasks() {
    scheduler.schedule(() -> scheduler.schedule(record("second"), Duration.ofSeconds(3)), Duration.ofSeconds(1));

    time.advance(Duration.ofSeconds(4));

    assertThat(log).containsExactly("second@4");
  }

  @Test
  void a_cancelled_task_never_runs() {
    Future<?> future = scheduler.schedule(record("x"), Duration.ofSeconds(1));

    assertThat(future.cancel(false)).isTrue();
    time.runUntilIdle();

    assertThat(log).isEmpty();
    assertThat(future.isCancelled()).isTrue();
    assertThat(time.cancelled()).isEqualTo(1);
  }

  @Test
  void run_until_idle_moves_time_to_the_last_task() {
    scheduler.schedule(record("x"), Duration.ofMinutes(3));

    assertThat(time.runUntilIdle()).isEqualTo(1);

    assertThat(time.elapsed()).isEqualTo(Duration.ofMinutes(3));
    assertThat(time.ran()).isEqualTo(1);
  }

  @Test
  void the_sleeper_moves_time_and_runs_what_falls_due() throws InterruptedException {
    scheduler.schedule(record("x"), Duration.ofSeconds(1));

    time.sleeper().sleep(Duration.ofSeconds(2));

    assertThat(log).containsExactly("x@1");
    assertThat(time.sleeps()).isEqualTo(1);
    assertThat(time.elapsed()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void time_cannot_go_back() {
    assertThatIllegalArgumentException().isThrownBy(() -> time.advance(Duration.ofSeconds(-1)));
  }

  @Test
  void scripted_fetcher_repeats_its_last_step_and_records_times() {
    TaskId id = TaskId.of("kie", "t");
    ScriptedFetcher<MusicTask> fetcher =
        ScriptedFetcher.<MusicTask>on(time.clock()).thenReturn(TestTasks.music(id, TaskState.RUNNING));

    fetcher.fetch(id);
    time.advance(Duration.ofSeconds(3));
    fetcher.fetch(id);

    assertThat(fetcher.fetchCount()).isEqualTo(2);
    assertThat(fetcher.gaps()).containsExactly(Duration.ofSeconds(3));
  }
}
