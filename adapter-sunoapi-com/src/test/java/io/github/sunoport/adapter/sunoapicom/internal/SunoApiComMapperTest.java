package io.github.sunoport.adapter.sunoapicom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Moshi;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.Clip;
import io.github.sunoport.adapter.sunoapicom.internal.SunoApiComWire.MusicData;
import io.github.sunoport.adapter.support.RequestEchoes;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The aggregation of clip states into a task state (the table in {@code TaskState}'s javadoc). */
class SunoApiComMapperTest {
  private final SunoApiComMapper mapper = new SunoApiComMapper(new RequestEchoes(new Moshi.Builder().build()));

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', value = {
      "succeeded,succeeded; SUCCEEDED",
      "completed,succeeded; SUCCEEDED",
      "succeeded,running; FIRST_TRACK_READY",
      "succeeded,pending; FIRST_TRACK_READY",
      "succeeded,failed,running; FIRST_TRACK_READY",
      "running,pending; RUNNING",
      "running,failed; RUNNING",
      "pending,pending; WAITING",
      "pending,failed; WAITING",
      "failed,failed; FAILED",
      "succeeded,failed; SUCCEEDED",
      "succeeded,streaming; UNKNOWN",
      "SUCCEEDED,Succeeded; SUCCEEDED"})
  void aggregates_clip_states(String states, TaskState expected) {
    assertThat(SunoApiComMapper.aggregate(Arrays.asList(states.split(",")))).isEqualTo(expected);
  }

  @Test
  void treats_a_task_without_clips_yet_as_waiting() {
    assertThat(SunoApiComMapper.aggregate(List.of())).isEqualTo(TaskState.WAITING);
  }

  @Test
  void keeps_failed_clips_of_a_succeeded_task_as_tracks_without_audio() {
    MusicData data = new MusicData(List.of(clip("c1", "succeeded", "https://cdn.example/c1.mp3"),
        clip("c2", "failed", "")), null);

    MusicTask task = mapper.musicTaskFrom(TaskId.of("sunoapi-com", "t"), data, "success");

    assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(task.rawStatus()).isEqualTo("succeeded,failed");
    assertThat(task.tracks()).extracting(t -> t.id().value()).containsExactly("c1", "c2");
    assertThat(task.tracks().get(1).audioUrl()).isEmpty();
  }

  private static Clip clip(String id, String state, String audio) {
    return new Clip(id, state, "t", "pop", "", "", audio, "", null, "chirp-v4", null, null, null, null, null, null);
  }
}
