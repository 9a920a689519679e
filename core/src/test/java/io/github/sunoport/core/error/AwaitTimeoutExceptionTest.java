package io.github.sunoport.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.ProviderId;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AwaitTimeoutExceptionTest {
  private static final TaskId ID = TaskId.of("sunoapi-com", "3d51f2fb");

  @Test
  void says_the_last_state_seen() {
    MusicTask running = MusicTask.builder(ID, TaskState.RUNNING).rawStatus("processing").build();

    AwaitTimeoutException e = new AwaitTimeoutException(ID.toString(), TaskState.SUCCEEDED, Duration.ofMinutes(10),
        running, ErrorDetails.of(ID.provider()), null);

    assertThat(e).hasMessageStartingWith(
        "task sunoapi-com:3d51f2fb did not reach SUCCEEDED within PT10M; last state seen: RUNNING ('processing')");
    assertThat(e.lastSeen()).contains(running);
    assertThat(e.isRetryable()).isFalse();
  }

  @Test
  void says_when_no_answer_came() {
    ProviderServerException lastError =
        new ProviderServerException("down", ErrorDetails.of(ProviderId.of("sunoapi-com"), 503, null, null));

    AwaitTimeoutException e = new AwaitTimeoutException(ID.toString(), TaskState.FIRST_TRACK_READY,
        Duration.ofSeconds(30), null, ErrorDetails.of(ID.provider()), lastError);

    assertThat(e).hasMessageContaining("last state seen: none (no answer yet)").hasCause(lastError);
    assertThat(e.lastSeen()).isEmpty();
  }
}
