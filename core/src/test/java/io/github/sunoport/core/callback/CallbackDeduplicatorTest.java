package io.github.sunoport.core.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.model.TaskId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@SuppressWarnings("deprecation") // the deprecated class must keep working until it is removed
class CallbackDeduplicatorTest {
  @Test
  void the_first_delivery_of_a_task_stage_passes_and_repeats_do_not() {
    CallbackDeduplicator dedup = CallbackDeduplicator.create();

    assertThat(dedup.firstDelivery(event("a", CallbackStage.TEXT_READY))).isTrue();
    assertThat(dedup.firstDelivery(event("a", CallbackStage.TEXT_READY))).isFalse();
    assertThat(dedup.firstDelivery(event("a", CallbackStage.COMPLETE))).isTrue();
    assertThat(dedup.firstDelivery(event("b", CallbackStage.TEXT_READY))).isTrue();
  }

  @Test
  void the_same_task_id_at_another_provider_is_another_task() {
    CallbackDeduplicator dedup = CallbackDeduplicator.create();

    assertThat(dedup.firstDelivery(event(TaskId.of("kie", "x"), CallbackStage.COMPLETE))).isTrue();
    assertThat(dedup.firstDelivery(event(TaskId.of("sunoapi-org", "x"), CallbackStage.COMPLETE))).isTrue();
  }

  @Test
  void memory_is_bounded_and_the_oldest_pairs_are_forgotten_first() {
    CallbackDeduplicator dedup = CallbackDeduplicator.withCapacity(3);

    for (String id : List.of("1", "2", "3", "4")) {
      dedup.firstDelivery(event(id, CallbackStage.COMPLETE));
    }

    assertThat(dedup.size()).isEqualTo(3);
    assertThat(dedup.firstDelivery(event("4", CallbackStage.COMPLETE))).isFalse();
    assertThat(dedup.firstDelivery(event("1", CallbackStage.COMPLETE))).isTrue();
  }

  @Test
  void a_forgotten_event_counts_as_first_again() {
    CallbackDeduplicator dedup = CallbackDeduplicator.create();
    CallbackEvent event = event("a", CallbackStage.COMPLETE);
    dedup.firstDelivery(event);

    dedup.forget(event);

    assertThat(dedup.firstDelivery(event)).isTrue();
  }

  @Test
  void concurrent_deliveries_of_the_same_pair_let_exactly_one_through() throws Exception {
    CallbackDeduplicator dedup = CallbackDeduplicator.create();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> deliveries = IntStream.range(0, 200)
          .mapToObj(i -> (Callable<Boolean>) () -> dedup.firstDelivery(event("t" + (i % 10), CallbackStage.COMPLETE)))
          .collect(Collectors.toList());

      long firsts = 0;
      for (Future<Boolean> result : pool.invokeAll(deliveries)) {
        firsts += result.get() ? 1 : 0;
      }

      assertThat(firsts).isEqualTo(10);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void capacity_below_one_is_refused_and_the_default_is_ten_thousand() {
    assertThatThrownBy(() -> CallbackDeduplicator.withCapacity(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(CallbackDeduplicator.create().capacity()).isEqualTo(10_000);
  }

  private static CallbackEvent event(String id, CallbackStage stage) {
    return event(TaskId.of("kie", id), stage);
  }

  private static CallbackEvent event(TaskId task, CallbackStage stage) {
    return new CallbackEvent(task, stage, List.of(), List.of(),
        stage == CallbackStage.ERROR ? Optional.of(io.github.sunoport.core.model.TaskFailure.of(
            io.github.sunoport.core.model.FailureKind.UNKNOWN, null, "")) : Optional.empty(), 200, "");
  }
}
