package io.github.sunoport.core.await;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.error.AwaitTimeoutException;
import io.github.sunoport.core.model.DerivedTask;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.ResultLink;
import io.github.sunoport.core.model.TaskFailure;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.TaskTimes;
import io.github.sunoport.core.model.derived.DerivedKind;
import io.github.sunoport.core.model.derived.MidiTranscription;
import io.github.sunoport.core.model.derived.WavFile;
import io.github.sunoport.core.testing.ScriptedFetcher;
import io.github.sunoport.core.testing.VirtualTime;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Derived tasks are awaited by the same awaiter, with the same rules, as music and lyrics. */
class DerivedAwaitTest {
  private static final TaskId ID = TaskId.of("kie", "988ec8d3");
  private static final WavFile WAV = WavFile.of(ResultLink.of(URI.create("https://example.com/a.wav")));

  private final VirtualTime time = VirtualTime.create();
  private final TaskAwaiter awaiter = time.awaiter();

  private static <R extends io.github.sunoport.core.model.derived.DerivedResult> DerivedTask<R> task(
      DerivedKind kind, TaskState state, String raw, R result, TaskFailure failure) {
    return new DerivedTask<>(ID, kind, state, raw, Optional.ofNullable(result), Optional.ofNullable(failure),
        TaskTimes.none());
  }

  @Test
  void polls_a_wav_task_past_pending_and_an_unknown_word_to_success() {
    ScriptedFetcher<DerivedTask<WavFile>> fetcher = ScriptedFetcher.<DerivedTask<WavFile>>on(time.clock())
        .thenReturn(task(DerivedKind.WAV, TaskState.WAITING, "PENDING", null, null),
            task(DerivedKind.WAV, TaskState.UNKNOWN, "CONVERTING", null, null),
            task(DerivedKind.WAV, TaskState.SUCCEEDED, "SUCCESS", WAV, null));

    DerivedTask<WavFile> done = awaiter.await(fetcher, ID, AwaitOptions.until(TaskState.SUCCEEDED));

    assertThat(done.result()).contains(WAV);
    assertThat(fetcher.fetchCount()).isEqualTo(3);
  }

  @Test
  void returns_a_failed_midi_task_instead_of_throwing() {
    TaskFailure failure = TaskFailure.of(FailureKind.GENERATION_FAILED, null, "MIDI generation failed");
    ScriptedFetcher<DerivedTask<MidiTranscription>> fetcher =
        ScriptedFetcher.<DerivedTask<MidiTranscription>>on(time.clock())
            .thenReturn(task(DerivedKind.MIDI, TaskState.WAITING, "0", null, null),
                task(DerivedKind.MIDI, TaskState.FAILED, "3", null, failure));

    DerivedTask<MidiTranscription> done = awaiter.await(fetcher, ID, AwaitOptions.until(TaskState.SUCCEEDED));

    assertThat(done.state()).isEqualTo(TaskState.FAILED);
    assertThat(done.failure()).contains(failure);
  }

  @Test
  void an_unknown_status_forever_ends_at_the_deadline_naming_the_raw_word() {
    ScriptedFetcher<DerivedTask<WavFile>> fetcher = ScriptedFetcher.<DerivedTask<WavFile>>on(time.clock())
        .thenReturn(task(DerivedKind.WAV, TaskState.UNKNOWN, "7", null, null));

    assertThatThrownBy(() -> awaiter.await(fetcher, ID,
            AwaitOptions.until(TaskState.SUCCEEDED).withTimeout(Duration.ofMinutes(2))))
        .isInstanceOf(AwaitTimeoutException.class)
        .hasMessageContaining("UNKNOWN ('7')");
    assertThat(fetcher.fetchCount()).isGreaterThan(1);
  }
}
