package io.github.sunoport.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskStoreTest {
  private static Task task(String id) {
    return new Task(id, Profiles.KIE, TaskKind.LYRICS, Instant.EPOCH, "{}", Map.of(), null, null, List.of(), null);
  }

  @Test
  void forgets_the_oldest_tasks_beyond_its_capacity() {
    TaskStore store = new TaskStore(3, Long.MAX_VALUE);

    for (int i = 1; i <= 5; i++) {
      store.add(task("t" + i));
    }

    assertThat(store.get(Profiles.KIE, "t1")).isNull();
    assertThat(store.get(Profiles.KIE, "t2")).isNull();
    assertThat(store.get(Profiles.KIE, "t3")).isNotNull();
    assertThat(store.get(Profiles.KIE, "t5")).isNotNull();
  }

  @Test
  void never_answers_for_a_task_of_another_provider() {
    TaskStore store = new TaskStore(3, Long.MAX_VALUE);
    store.add(task("t1"));

    assertThat(store.get(Profiles.SUNOAPI_ORG, "t1")).isNull();
  }
}
