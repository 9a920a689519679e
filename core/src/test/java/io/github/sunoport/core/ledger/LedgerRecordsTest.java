package io.github.sunoport.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerRecordsTest {
  private static final TaskId ID = TaskId.of("kie", "t1");

  @Test
  void equal_requests_hash_equally_and_different_ones_differently() {
    assertThat(SubmittedTask.hashOf("a song about rain"))
        .isEqualTo(SubmittedTask.hashOf(new StringBuilder("a song about rain")))
        .isNotEqualTo(SubmittedTask.hashOf("a song about snow"));
    // SHA-256 of "abc" from FIPS 180-2, appendix B.1.
    assertThat(SubmittedTask.hashOf("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void submitted_at_is_kept_to_the_microsecond() {
    SubmittedTask task = SubmittedTask.of(ID, "lyrics", "r", Instant.parse("2026-01-01T00:00:00.123456789Z"));

    assertThat(task.submittedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00.123456Z"));
  }

  @Test
  void malformed_operations_and_hashes_are_refused_naming_the_field() {
    assertThatThrownBy(() -> SubmittedTask.of(ID, "Music Generate", "r", Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("operation");
    assertThatThrownBy(() -> SubmittedTask.of(ID, "a".repeat(61), "r", Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 60");
    assertThatThrownBy(() -> new SubmittedTask(ID, "lyrics", Optional.empty(), Instant.EPOCH, "XYZ"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestHash");
    assertThatThrownBy(() -> SubmittedTask.of(ID, null, "r", Instant.EPOCH))
        .isInstanceOf(NullPointerException.class).hasMessage("operation == null");
  }

  @Test
  void result_links_refuse_blank_long_and_control_text() {
    assertThatThrownBy(() -> ResultEntry.of(ID, " ", ResultKind.AUDIO, "https://x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key");
    assertThatThrownBy(() -> ResultEntry.of(ID, "k", ResultKind.AUDIO, "https://x\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("url contains a control character");
    assertThatThrownBy(() -> ResultEntry.of(ID, "k".repeat(301), ResultKind.AUDIO, "https://x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 300");
  }

  @Test
  void states_rank_by_progress_and_finished_is_last() {
    assertThat(StateOrder.supersedes(TaskState.RUNNING, TaskState.WAITING)).isTrue();
    assertThat(StateOrder.supersedes(TaskState.WAITING, TaskState.UNKNOWN)).isTrue();
    assertThat(StateOrder.supersedes(TaskState.UNKNOWN, TaskState.WAITING)).isFalse();
    assertThat(StateOrder.supersedes(TaskState.FAILED, TaskState.SUCCEEDED)).isFalse();
    assertThat(StateOrder.supersedes(TaskState.FAILED, TaskState.FIRST_TRACK_READY)).isTrue();
  }

  @Test
  void result_kinds_accept_their_content_types_only() {
    assertThat(ResultKind.AUDIO.accepts("audio/mpeg")).isTrue();
    assertThat(ResultKind.AUDIO.accepts("Audio/MPEG; charset=binary")).isTrue();
    assertThat(ResultKind.AUDIO.accepts("application/octet-stream")).isTrue();
    assertThat(ResultKind.AUDIO.accepts("text/html")).isFalse();
    assertThat(ResultKind.AUDIO.accepts("audio/")).isFalse();
    assertThat(ResultKind.WAV.accepts("audio/x-wav")).isTrue();
    assertThat(ResultKind.WAV.accepts("audio/mpeg")).isFalse();
    assertThat(ResultKind.IMAGE.accepts("image/jpeg")).isTrue();
    assertThat(ResultKind.IMAGE.accepts(null)).isFalse();
  }
}
