package io.github.sunoport.adapter.sunoapiorg;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.adapter.recordinfo.ProviderHarness;
import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.model.LyricsSection;
import io.github.sunoport.core.model.MusicOperation;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.Track;
import io.github.sunoport.core.port.SunoClient;
import java.time.Duration;
import java.time.LocalDateTime;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** sunoapi.org's documented music record (seed 001, its Chinese text repaired to UTF-8), field by field. */
class SunoApiOrgMusicSeedTest {
  private ProviderHarness harness;
  private SunoClient client;

  @BeforeEach
  void open() {
    harness = new ProviderHarness("sunoapi-org");
    client = SunoProviders.open("sunoapi-org", harness.settings().build());
  }

  @AfterEach
  void close() {
    client.close();
    harness.close();
  }

  @Test
  void maps_the_documented_music_record_field_by_field() {
    // given
    harness.answer(ProviderHarness.resource("seeds/sunoapi-org-music-record-info.json"));
    TaskId id = TaskId.of("sunoapi-org", "5c79****be8e");

    // when
    MusicTask task = client.music().fetch(id);

    // then: the task
    assertThat(task.id()).isEqualTo(id);
    assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(task.rawStatus()).isEqualTo("SUCCESS");
    assertThat(task.failure()).isEmpty();
    assertThat(task.parentTrack()).isEmpty();
    assertThat(task.operation()).isEqualTo(MusicOperation.UNKNOWN);
    assertThat(task.request().fields())
        .containsEntry("prompt", "A calm piano track")
        .containsEntry("style", "Classical")
        .containsEntry("title", "Peaceful Piano")
        .containsEntry("customMode", true)
        .containsEntry("instrumental", true)
        .containsEntry("model", "V3_5")
        .hasSize(6);
    assertThat(task.request().raw()).startsWith("{\"prompt\":\"A calm piano track\"");

    // then: its one track
    assertThat(task.tracks()).hasSize(1);
    Track track = task.tracks().get(0);
    assertThat(track.id().value()).isEqualTo("8551****662c");
    assertThat(track.duration()).contains(Duration.ofSeconds(198, 440_000_000));
    assertThat(track.tags()).containsExactly("electrifying", "rock");
    assertThat(track.modelName()).contains("chirp-v3-5");
    assertThat(track.title()).isEqualTo("钢铁侠");
    assertThat(track.lyrics()).isEqualTo("[Verse] 夜晚城市 灯火辉煌");
    assertThat(track.sections()).containsExactly(new LyricsSection("Verse", "夜晚城市 灯火辉煌"));
    assertThat(track.audioUrl()).contains("https://example.cn/****.mp3");
    assertThat(track.streamUrl()).contains("https://example.cn/****");
    assertThat(track.imageUrl()).contains("https://example.cn/****.jpeg");
    assertThat(track.createdAt()).hasValueSatisfying(at -> {
      assertThat(at.dateTime()).isEqualTo(LocalDateTime.of(2025, 1, 1, 0, 0));
      assertThat(at.offset()).isEmpty();
      assertThat(at.instant()).isEmpty();
    });
    RecordedRequest request = harness.take();
    assertThat(request.getPath()).isEqualTo("/sunoapi-org/api/v1/generate/record-info?taskId=5c79****be8e");
  }
}
