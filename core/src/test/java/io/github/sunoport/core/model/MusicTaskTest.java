package io.github.sunoport.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MusicTaskTest {
  private static final TaskId ID = TaskId.of("sunoapi-org", "5c79****be8e");
  private static final TaskFailure FAILURE = TaskFailure.of(FailureKind.CONTENT_REJECTED, 400, "sensitive");

  @Test
  void builder_starts_empty() {
    MusicTask task = MusicTask.builder(ID, TaskState.WAITING).build();

    assertThat(task.id()).isEqualTo(ID);
    assertThat(task.state()).isEqualTo(TaskState.WAITING);
    assertThat(task.rawStatus()).isEmpty();
    assertThat(task.operation()).isEqualTo(MusicOperation.UNKNOWN);
    assertThat(task.parentTrack()).isEmpty();
    assertThat(task.request()).isEqualTo(RequestEcho.empty());
    assertThat(task.tracks()).isEmpty();
    assertThat(task.failure()).isEmpty();
    assertThat(task.times()).isEqualTo(TaskTimes.none());
  }

  @Test
  void builder_sets_every_field() {
    Track track = Track.builder(TrackId.of("sunoapi-org", "e231****-****-****-****-****8cadc7dc")).title("Run Away").build();
    RequestEcho echo = RequestEcho.of("{\"prompt\":\"rain\"}", Map.of("prompt", "rain"));
    TaskTimes times = new TaskTimes(ProviderTimestamp.tryParse("2025-01-01 00:00:00"), java.util.Optional.empty(),
        java.util.Optional.empty());

    MusicTask task = MusicTask.builder(ID, TaskState.SUCCEEDED).rawStatus("SUCCESS").operation(MusicOperation.EXTEND)
        .parentTrack(TrackId.of("sunoapi-org", "parent-1")).request(echo).tracks(List.of(track)).times(times).build();

    assertThat(task.rawStatus()).isEqualTo("SUCCESS");
    assertThat(task.operation()).isEqualTo(MusicOperation.EXTEND);
    assertThat(task.parentTrack()).contains(TrackId.of("sunoapi-org", "parent-1"));
    assertThat(task.request()).isEqualTo(echo);
    assertThat(task.tracks()).containsExactly(track);
    assertThat(task.times()).isEqualTo(times);
  }

  @Test
  void builder_treats_a_null_parent_as_none() {
    assertThat(MusicTask.builder(ID, TaskState.RUNNING).parentTrack(null).build().parentTrack()).isEmpty();
  }

  @Test
  void builder_treats_nulls_as_defaults() {
    MusicTask task = MusicTask.builder(ID, TaskState.RUNNING).rawStatus(null).operation(null).request(null)
        .tracks(null).times(null).build();

    assertThat(task.rawStatus()).isEmpty();
    assertThat(task.operation()).isEqualTo(MusicOperation.UNKNOWN);
    assertThat(task.request()).isEqualTo(RequestEcho.empty());
    assertThat(task.tracks()).isEmpty();
    assertThat(task.times()).isEqualTo(TaskTimes.none());
  }

  @Test
  void a_failed_task_carries_its_failure() {
    assertThat(MusicTask.builder(ID, TaskState.FAILED).failure(FAILURE).build().failure()).contains(FAILURE);
  }

  @Test
  void rejects_failed_task_without_failure() {
    assertThatIllegalArgumentException().isThrownBy(() -> MusicTask.builder(ID, TaskState.FAILED).build())
        .withMessage("a FAILED task needs a failure");
  }

  @ParameterizedTest
  @EnumSource(value = TaskState.class, names = "FAILED", mode = EnumSource.Mode.EXCLUDE)
  void rejects_failure_on_a_task_that_did_not_fail(TaskState state) {
    assertThatIllegalArgumentException().isThrownBy(() -> MusicTask.builder(ID, state).failure(FAILURE).build())
        .withMessage("a " + state + " task cannot carry a failure");
  }

  @Test
  void rejects_null_track() {
    Track track = Track.builder(TrackId.of("sunoapi-org", "t1")).build();

    assertThatNullPointerException()
        .isThrownBy(() -> MusicTask.builder(ID, TaskState.RUNNING).tracks(Arrays.asList(null, track)).build())
        .withMessage("tracks[0] == null");
  }

  @Test
  void rejects_missing_id_or_state() {
    assertThatNullPointerException().isThrownBy(() -> MusicTask.builder(null, TaskState.RUNNING).build())
        .withMessage("id == null");
    assertThatNullPointerException().isThrownBy(() -> MusicTask.builder(ID, null).build())
        .withMessage("state == null");
  }
}
