package io.github.sunoport.core.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.ResultLink;
import io.github.sunoport.core.model.TaskFailure;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.derived.DerivedKind;
import io.github.sunoport.core.model.derived.DerivedResult;
import io.github.sunoport.core.model.derived.MusicVideo;
import io.github.sunoport.core.model.derived.Stems;
import io.github.sunoport.core.model.derived.WavFile;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DerivedCallbackEventTest {
  private static final TaskId TASK = TaskId.of("kie", "988ec8d3");
  private static final WavFile WAV = WavFile.of(ResultLink.of(URI.create("https://example.com/a.wav")));
  private static final TaskFailure FAILED = TaskFailure.of(FailureKind.GENERATION_FAILED, 400, "failed");

  @Test
  void a_completed_derived_event_hands_out_its_result_by_type() {
    CallbackEvent event = CallbackEvent.derivedComplete(TASK, WAV, 200, "success");

    assertThat(event.stage()).isEqualTo(CallbackStage.COMPLETE);
    assertThat(event.derivedKind()).contains(DerivedKind.WAV);
    assertThat(event.derived(WavFile.class)).contains(WAV);
    assertThat(event.derived(Stems.class)).isEmpty();
    assertThat(event.tracks()).isEmpty();
  }

  @Test
  void a_failed_derived_event_names_its_kind_without_a_result() {
    CallbackEvent event = CallbackEvent.derivedFailed(TASK, DerivedKind.STEMS, FAILED, 400, "failed");

    assertThat(event.stage()).isEqualTo(CallbackStage.ERROR);
    assertThat(event.derivedKind()).contains(DerivedKind.STEMS);
    assertThat(event.derived()).isEmpty();
    assertThat(event.failure()).contains(FAILED);
  }

  @Test
  void music_and_lyrics_events_have_no_derived_kind() {
    CallbackEvent event = new CallbackEvent(TASK, CallbackStage.TEXT_READY, List.of(), List.of(), Optional.empty(),
        200, "");

    assertThat(event.derivedKind()).isEmpty();
    assertThat(event.derived(WavFile.class)).isEmpty();
  }

  @Test
  void a_derived_event_has_a_single_stage() {
    assertThatIllegalArgumentException().isThrownBy(() -> new CallbackEvent(TASK, CallbackStage.FIRST_TRACK_READY,
            List.of(), List.of(), Optional.empty(), 200, "", Optional.of(DerivedKind.WAV), Optional.of(WAV)))
        .withMessageContaining("one stage, COMPLETE or ERROR");
  }

  @Test
  void a_completed_derived_event_needs_a_result_of_its_kind() {
    Optional<DerivedResult> video =
        Optional.of(MusicVideo.of(ResultLink.of(URI.create("https://example.com/a.mp4"))));

    assertThatIllegalArgumentException().isThrownBy(() -> new CallbackEvent(TASK, CallbackStage.COMPLETE,
            List.of(), List.of(), Optional.empty(), 200, "", Optional.of(DerivedKind.WAV), Optional.empty()))
        .withMessage("a COMPLETE WAV event needs its result");
    assertThatIllegalArgumentException().isThrownBy(() -> new CallbackEvent(TASK, CallbackStage.COMPLETE,
            List.of(), List.of(), Optional.empty(), 200, "", Optional.of(DerivedKind.WAV), video))
        .withMessage("a WAV event cannot carry a VIDEO result");
    assertThatIllegalArgumentException().isThrownBy(() -> new CallbackEvent(TASK, CallbackStage.COMPLETE,
            List.of(), List.of(), Optional.empty(), 200, "", Optional.empty(), video))
        .withMessage("a derived result needs its derivedKind");
  }

  @Test
  void repeated_derived_callbacks_are_deduplicated_by_task_and_stage() {
    CallbackDeduplicator dedup = CallbackDeduplicator.create();

    assertThat(dedup.firstDelivery(CallbackEvent.derivedComplete(TASK, WAV, 200, "success"))).isTrue();
    assertThat(dedup.firstDelivery(CallbackEvent.derivedComplete(TASK, WAV, 200, "success"))).isFalse();
    assertThat(dedup.firstDelivery(CallbackEvent.derivedComplete(TaskId.of("kie", "other"), WAV, 200, "")))
        .isTrue();
  }
}
