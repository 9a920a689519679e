package io.github.sunoport.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CallbackLanesTest {
  private final CallbackLanes lanes = new CallbackLanes();

  @Test
  void a_target_runs_at_most_its_share_at_once_and_starts_a_waiting_job_when_one_ends() {
    List<CompletableFuture<Void>> hanging = new ArrayList<>();
    AtomicInteger started = new AtomicInteger();
    for (int i = 0; i < CallbackLanes.PER_TARGET + 2; i++) {
      lanes.submit("slow:80", () -> {
        started.incrementAndGet();
        CompletableFuture<Void> job = new CompletableFuture<>();
        hanging.add(job);
        return job;
      });
    }
    CompletableFuture<Void> other = lanes.submit("fast:80", () -> CompletableFuture.completedFuture(null));

    assertThat(started).hasValue(CallbackLanes.PER_TARGET);
    assertThat(other).isCompleted();

    hanging.get(0).complete(null);

    assertThat(started).hasValue(CallbackLanes.PER_TARGET + 1);
  }

  @Test
  void a_full_backlog_refuses_the_next_job_instead_of_queueing_without_end() {
    for (int i = 0; i < CallbackLanes.PER_TARGET + CallbackLanes.MAX_WAITING; i++) {
      lanes.submit("slow:80", CompletableFuture::new);
    }

    CompletableFuture<Void> refused = lanes.submit("slow:80", CompletableFuture::new);

    assertThat(refused).isCompletedExceptionally();
    assertThat(refused.handle((ok, failure) -> failure).join()).isInstanceOf(CallbackLanes.BacklogFull.class);
  }
}
