package io.github.sunoport.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskStoreTest {
  private static Task task(String id) {
    return new Task(id, Profiles.KIE, TaskKind.LYRICS, Instant.EPOCH, "{}", Map.of(), null, null, List.of(), null, "");
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
  void forgets_the_oldest_tasks_beyond_its_byte_budget_whatever_their_count() {
    TaskStore store = new TaskStore(1_000, 100_000);
    String request = "{\"prompt\":\"" + "x".repeat(6_000) + "\"}";

    for (int i = 1; i <= 20; i++) {
      store.add(new Task("t" + i, Profiles.KIE, TaskKind.MUSIC, Instant.EPOCH, request, Map.of(), null, null,
          List.of(), null, ""));
    }

    assertThat(store.bytes()).isLessThanOrEqualTo(100_000);
    assertThat(store.size()).isBetween(2, 19);
    assertThat(store.get(Profiles.KIE, "t1")).isNull();
    assertThat(store.get(Profiles.KIE, "t20")).isNotNull();
  }

  @Test
  void the_request_log_keeps_the_newest_entries_within_its_byte_budget() {
    RequestLog log = new RequestLog();
    String body = "b".repeat(RequestLog.MAX_BODY_CHARS);

    for (int i = 0; i < RequestLog.CAPACITY; i++) {
      log.add(new MockAdmin.LoggedRequest(Instant.EPOCH, "POST", "/kie/" + i, "", Map.of(), body));
    }

    assertThat(log.bytes()).isLessThanOrEqualTo(RequestLog.MAX_BYTES);
    assertThat(log.snapshot()).hasSizeLessThan(RequestLog.CAPACITY);
    assertThat(log.snapshot().get(log.snapshot().size() - 1).path()).isEqualTo("/kie/" + (RequestLog.CAPACITY - 1));
  }

  @Test
  void never_answers_for_a_task_of_another_provider() {
    TaskStore store = new TaskStore(3, Long.MAX_VALUE);
    store.add(task("t1"));

    assertThat(store.get(Profiles.SUNOAPI_ORG, "t1")).isNull();
  }
}
