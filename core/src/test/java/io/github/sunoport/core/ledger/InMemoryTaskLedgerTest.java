package io.github.sunoport.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.callback.CallbackStage;
import io.github.sunoport.core.model.TaskId;
import org.junit.jupiter.api.Test;

class InMemoryTaskLedgerTest extends TaskLedgerContract {
  @Override
  protected TaskLedger newLedger() {
    return TaskLedger.inMemory();
  }

  @Test
  void forgets_the_oldest_tasks_and_claims_beyond_its_capacity() {
    TaskLedger ledger = TaskLedger.inMemory(2);
    for (String id : new String[] {"a", "b", "c"}) {
      ledger.recordSubmitted(SubmittedTask.of(TaskId.of("kie", id), "lyrics", id, T0));
      ledger.claimCallback(TaskId.of("kie", id), CallbackStage.COMPLETE);
    }

    assertThat(ledger.find(TaskId.of("kie", "a"))).isEmpty();
    assertThat(ledger.find(TaskId.of("kie", "c"))).isPresent();
    assertThat(ledger.claimCallback(TaskId.of("kie", "a"), CallbackStage.COMPLETE)).isTrue();
    assertThat(ledger.claimCallback(TaskId.of("kie", "c"), CallbackStage.COMPLETE)).isFalse();
  }

  @Test
  void a_capacity_below_one_is_refused() {
    assertThatThrownBy(() -> TaskLedger.inMemory(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacity must be at least 1, was 0");
  }
}
