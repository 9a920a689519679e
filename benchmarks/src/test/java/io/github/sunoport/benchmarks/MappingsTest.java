package io.github.sunoport.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.core.model.Task;
import io.github.sunoport.core.model.TaskState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Keeps the mapping benchmark honest: a payload that no longer maps would otherwise be measured as an exception. */
class MappingsTest {
  @ParameterizedTest
  @EnumSource(Payloads.class)
  void every_benchmark_payload_maps_to_a_succeeded_task(Payloads payload) {
    // given
    byte[] bytes = payload.bytes();

    // when
    Task task = Mappings.of(payload).apply(bytes);

    // then
    assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(task.id().value()).isEqualTo(payload.taskId);
    assertThat(task.id().provider().toString()).isEqualTo(payload.provider);
  }
}
