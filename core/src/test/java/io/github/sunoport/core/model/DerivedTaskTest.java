package io.github.sunoport.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.sunoport.core.model.derived.DerivedKind;
import io.github.sunoport.core.model.derived.MusicVideo;
import io.github.sunoport.core.model.derived.WavFile;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DerivedTaskTest {
  private static final TaskId ID = TaskId.of("kie", "988ec8d3");
  private static final WavFile WAV = WavFile.of(ResultLink.of(URI.create("https://example.com/a.wav")));

  @Test
  void a_succeeded_task_carries_its_result() {
    DerivedTask<WavFile> task = new DerivedTask<>(ID, DerivedKind.WAV, TaskState.SUCCEEDED, "SUCCESS",
        Optional.of(WAV), Optional.empty(), TaskTimes.none());

    assertThat(task.result()).contains(WAV);
    assertThat(task.request()).isEqualTo(RequestEcho.empty());
  }

  @Test
  void a_succeeded_task_without_its_result_is_refused() {
    assertThatIllegalArgumentException().isThrownBy(() -> new DerivedTask<WavFile>(ID, DerivedKind.WAV,
            TaskState.SUCCEEDED, "SUCCESS", Optional.empty(), Optional.empty(), TaskTimes.none()))
        .withMessage("a SUCCEEDED WAV task needs its result");
  }

  @Test
  void a_result_of_another_kind_is_refused() {
    MusicVideo video = MusicVideo.of(ResultLink.of(URI.create("https://example.com/a.mp4")));

    assertThatIllegalArgumentException().isThrownBy(() -> new DerivedTask<>(ID, DerivedKind.WAV,
            TaskState.SUCCEEDED, "SUCCESS", Optional.of(video), Optional.empty(), TaskTimes.none()))
        .withMessage("a WAV task cannot carry a VIDEO result");
  }

  @Test
  void a_failed_task_may_keep_a_result_made_before_the_failure() {
    TaskFailure callbackFailed = TaskFailure.of(FailureKind.CALLBACK_FAILED, null, "");

    DerivedTask<WavFile> task = new DerivedTask<>(ID, DerivedKind.WAV, TaskState.FAILED, "CALLBACK_EXCEPTION",
        Optional.of(WAV), Optional.of(callbackFailed), TaskTimes.none());

    assertThat(task.result()).contains(WAV);
    assertThat(task.failure()).contains(callbackFailed);
  }

  @Test
  void failure_and_state_must_agree() {
    assertThatIllegalArgumentException().isThrownBy(() -> new DerivedTask<WavFile>(ID, DerivedKind.WAV,
            TaskState.FAILED, "GENERATE_WAV_FAILED", Optional.empty(), Optional.empty(), TaskTimes.none()))
        .withMessage("a FAILED task needs a failure");
  }

  @Test
  void an_unknown_status_is_kept_and_not_terminal() {
    DerivedTask<WavFile> task = new DerivedTask<>(ID, DerivedKind.WAV, TaskState.UNKNOWN, "7",
        Optional.empty(), Optional.empty(), TaskTimes.none());

    assertThat(task.rawStatus()).isEqualTo("7");
    assertThat(task.state().isTerminal()).isFalse();
  }
}
