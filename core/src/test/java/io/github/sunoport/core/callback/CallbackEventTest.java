package io.github.sunoport.core.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.LyricsVariant;
import io.github.sunoport.core.model.TaskFailure;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.Track;
import io.github.sunoport.core.model.TrackId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CallbackEventTest {
  private static final TaskId TASK = TaskId.of("kie", "3b66882fde0a5d398bd269cab6d9542b");
  private static final TaskFailure REJECTED = TaskFailure.of(FailureKind.CONTENT_REJECTED, 400, "flagged");

  @Test
  void an_error_event_carries_its_failure() {
    CallbackEvent event = new CallbackEvent(TASK, CallbackStage.ERROR, List.of(), List.of(), Optional.of(REJECTED),
        400, "flagged");

    assertThat(event.failure()).contains(REJECTED);
    assertThat(event.stage().taskState()).isEqualTo(TaskState.FAILED);
  }

  @Test
  void an_error_event_without_a_failure_is_refused() {
    assertThatThrownBy(() -> new CallbackEvent(TASK, CallbackStage.ERROR, List.of(), List.of(), Optional.empty(),
        400, "")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a failure");
  }

  @ParameterizedTest
  @EnumSource(value = CallbackStage.class, names = "ERROR", mode = EnumSource.Mode.EXCLUDE)
  void only_error_events_may_carry_a_failure(CallbackStage stage) {
    assertThatThrownBy(() -> new CallbackEvent(TASK, stage, List.of(), List.of(), Optional.of(REJECTED), 200, ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(stage.name());
  }

  @Test
  void lists_are_copied_so_later_changes_do_not_leak_in() {
    List<Track> tracks = new ArrayList<>(List.of(Track.builder(TrackId.of("kie", "t1")).build()));
    CallbackEvent event = new CallbackEvent(TASK, CallbackStage.COMPLETE, List.of(), tracks, Optional.empty(), 200,
        "ok");

    tracks.clear();

    assertThat(event.tracks()).hasSize(1);
    assertThatThrownBy(() -> event.tracks().add(Track.builder(TrackId.of("kie", "t2")).build()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void null_components_and_null_elements_are_refused_by_name() {
    List<LyricsVariant> withNull = Arrays.asList((LyricsVariant) null);

    assertThatThrownBy(() -> new CallbackEvent(null, CallbackStage.COMPLETE, List.of(), List.of(), Optional.empty(),
        200, "")).hasMessageContaining("task");
    assertThatThrownBy(() -> new CallbackEvent(TASK, CallbackStage.COMPLETE, withNull, List.of(), Optional.empty(),
        200, "")).hasMessageContaining("variants[0]");
    assertThatThrownBy(() -> new CallbackEvent(TASK, CallbackStage.COMPLETE, List.of(), List.of(), Optional.empty(),
        200, null)).hasMessageContaining("message");
  }

  @Test
  void each_stage_names_the_state_a_poll_would_show() {
    assertThat(CallbackStage.values()).extracting(CallbackStage::taskState).containsExactly(
        TaskState.TEXT_READY, TaskState.FIRST_TRACK_READY, TaskState.SUCCEEDED, TaskState.FAILED);
    assertThat(CallbackStage.values()).filteredOn(CallbackStage::isTerminal)
        .containsExactly(CallbackStage.COMPLETE, CallbackStage.ERROR);
  }
}
