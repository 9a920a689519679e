package io.github.sunoport.adapter.sunoapicom;

import io.github.sunoport.core.error.TaskNotFoundException;
import static io.github.sunoport.adapter.sunoapicom.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.error.ProtocolException;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.LyricsSection;
import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.model.LyricsVariant;
import io.github.sunoport.core.model.MusicOperation;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.ProviderTimestamp;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.Track;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How sunoapi.com's answers become tasks, ids and credits. */
class SunoApiComAnswersTest {
  private static final TaskId SEED = TaskId.of("sunoapi-com", "3d51f2fb-2a52-4207-9808-a3aa7c9f64ce");
  private static final TaskId MUSIC = TaskId.of("sunoapi-com", "b09d79f9-bd8f-4d51-8e8e-a7e1cb22f139");

  @RegisterExtension
  final ComServer com = new ComServer();

  @Test
  void maps_the_seed_get_lyrics_example_field_by_field() {
    com.answer(json("get-lyrics-seed.json"));

    LyricsTask task = com.client().lyrics().fetch(SEED);

    assertThat(task.id()).isEqualTo(SEED);
    assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(task.rawStatus()).isEqualTo("completed");
    assertThat(task.failure()).isEmpty();
    assertThat(task.variants()).hasSize(1);
    LyricsVariant variant = task.variants().get(0);
    assertThat(variant.title()).isEqualTo("Run Away");
    assertThat(variant.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(variant.error()).isEmpty();
    assertThat(variant.text()).startsWith("[Verse]\nRunning through the open sky").endsWith("Run away to clear skies");
    assertThat(variant.sections()).extracting(LyricsSection::label)
        .containsExactly("Verse", "Verse 2", "Chorus", "Verse 3", "Bridge", "Chorus");
    assertThat(variant.sections().get(0).text()).startsWith("Running through the open sky");
    assertThat(task.request().raw()).isEqualTo("{\"prompt\":\"run away\"}");
    assertThat(task.request().prompt()).contains("run away");
    assertThat(task.times().created().flatMap(ProviderTimestamp::instant))
        .contains(Instant.parse("2024-07-08T12:39:14.870428366Z"));
    assertThat(task.times().started().flatMap(ProviderTimestamp::instant))
        .contains(Instant.parse("2024-07-08T12:39:14.999158689Z"));
    assertThat(task.times().ended().flatMap(ProviderTimestamp::instant))
        .contains(Instant.parse("2024-07-08T12:39:28.525071323Z"));
    assertThat(task.times().started().orElseThrow().dateTime().getNano()).isEqualTo(999_158_689);
  }

  @Test
  void maps_processing_lyrics_to_running_without_a_variant() {
    com.answer(json("get-lyrics-processing.json"));

    LyricsTask task = com.client().lyrics().fetch(SEED);

    assertThat(task.state()).isEqualTo(TaskState.RUNNING);
    assertThat(task.rawStatus()).isEqualTo("processing");
    assertThat(task.variants()).isEmpty();
    assertThat(task.times().ended()).isEmpty();
    assertThat(task.request().prompt()).contains("a song about rain");
  }

  @Test
  void maps_failed_lyrics_to_a_generation_failure() {
    com.answer(json("get-lyrics-failed.json"));

    LyricsTask task = com.client().lyrics().fetch(SEED);

    assertThat(task.state()).isEqualTo(TaskState.FAILED);
    assertThat(task.rawStatus()).isEqualTo("failed");
    assertThat(task.failure()).hasValueSatisfying(f -> {
      assertThat(f.kind()).isEqualTo(FailureKind.GENERATION_FAILED);
      assertThat(f.message()).isEqualTo("failed");
    });
  }

  @Test
  void fails_lyrics_when_the_envelope_message_says_failed() {
    com.answer(json("get-lyrics-message-failed.json"));

    LyricsTask task = com.client().lyrics().fetch(SEED);

    assertThat(task.state()).isEqualTo(TaskState.FAILED);
    assertThat(task.rawStatus()).isEqualTo("processing");
    assertThat(task.failure()).map(f -> f.kind()).contains(FailureKind.GENERATION_FAILED);
  }

  @Test
  void keeps_an_unknown_lyrics_status_and_tolerates_odd_metadata_types() {
    com.answer(json("get-lyrics-odd-types.json"));

    LyricsTask task = com.client().lyrics().fetch(SEED);

    assertThat(task.state()).isEqualTo(TaskState.UNKNOWN);
    assertThat(task.rawStatus()).isEqualTo("queued_for_review");
    assertThat(task.request().raw()).isEqualTo("not json at all");
    assertThat(task.request().fields()).isEmpty();
    assertThat(task.times().created()).isEmpty();
    assertThat(task.times().started()).isEmpty();
    assertThat(task.times().ended()).hasValueSatisfying(t -> assertThat(t.offset()).isEmpty());
    assertThat(task.variants()).extracting(LyricsVariant::title).containsExactly("Rain");
  }

  @Test
  void maps_succeeded_clips_to_tracks() {
    com.answer(json("task-succeeded.json"));

    MusicTask task = com.client().music().fetch(MUSIC);

    assertThat(task.id()).isEqualTo(MUSIC);
    assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(task.rawStatus()).isEqualTo("succeeded,succeeded");
    assertThat(task.operation()).isEqualTo(MusicOperation.UNKNOWN);
    assertThat(task.failure()).isEmpty();
    assertThat(task.tracks()).extracting(t -> t.id().value())
        .containsExactly("26c9c592-0566-46cf-bb71-91ac1deaa7b5", "9f1d3b2a-6c1e-4c55-8d7a-2a0f4e3b5c6d");
    Track first = task.tracks().get(0);
    assertThat(first.title()).isEqualTo("Starts");
    assertThat(first.lyrics()).startsWith("[Verse]\nStars they shine above me");
    assertThat(first.tags()).containsExactly("pop", "dreamy");
    assertThat(first.modelName()).contains("chirp-v4");
    assertThat(first.audioUrl()).contains("https://cdn.example/26c9c592.mp3");
    assertThat(first.imageUrl()).contains("https://cdn.example/26c9c592.jpeg");
    assertThat(first.videoUrl()).contains("https://cdn.example/26c9c592.mp4");
    assertThat(first.streamUrl()).isEmpty();
    assertThat(first.duration()).contains(Duration.ofSeconds(198));
    assertThat(first.createdAt().flatMap(ProviderTimestamp::instant))
        .contains(Instant.parse("2025-01-02T03:04:05.123456789Z"));
    assertThat(task.tracks().get(1).duration()).contains(Duration.ofMillis(187_440));
    assertThat(task.times().created()).isEqualTo(first.createdAt());
  }

  @Test
  void maps_one_succeeded_and_one_running_clip_to_first_track_ready() {
    com.answer(json("task-first-ready.json"));

    MusicTask task = com.client().music().fetch(MUSIC);

    assertThat(task.state()).isEqualTo(TaskState.FIRST_TRACK_READY);
    assertThat(task.rawStatus()).isEqualTo("succeeded,running");
    assertThat(task.tracks().get(1).audioUrl()).isEmpty();
    assertThat(task.tracks().get(1).duration()).isEmpty();
  }

  @Test
  void maps_all_failed_clips_to_a_generation_failure() {
    com.answer(json("task-failed.json"));

    MusicTask task = com.client().music().fetch(MUSIC);

    assertThat(task.state()).isEqualTo(TaskState.FAILED);
    assertThat(task.rawStatus()).isEqualTo("failed,failed");
    assertThat(task.failure()).map(f -> f.kind()).contains(FailureKind.GENERATION_FAILED);
    assertThat(task.tracks()).hasSize(2);
  }

  @Test
  void a_failed_clip_s_own_reason_wins_over_the_envelope_s_success_and_each_track_says_what_happened() {
    com.answer(json("task-mixed-clip-failure.json"));

    MusicTask task = com.client().music().fetch(MUSIC);

    // the task produced one track; the other one failed, and says why
    assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(task.tracks()).hasSize(2);
    Track good = task.tracks().get(0);
    Track failed = task.tracks().get(1);
    assertThat(good.state()).contains(TaskState.SUCCEEDED);
    assertThat(good.failure()).isEmpty();
    assertThat(good.tags()).containsExactly("pop", "rain");
    assertThat(good.duration()).contains(java.time.Duration.ofMillis(104_880));
    assertThat(good.createdAt().flatMap(ProviderTimestamp::instant))
        .contains(java.time.Instant.ofEpochMilli(1_760_274_782_488L));
    assertThat(failed.state()).contains(TaskState.FAILED);
    assertThat(failed.isUsable()).isFalse();
    assertThat(failed.failure()).map(f -> f.message()).contains("Clip failed moderation");
    assertThat(failed.title()).isEmpty();
  }

  @Test
  void a_failed_task_reports_its_clips_reason_not_the_envelope_s_success() {
    com.answer(json("task-failed-metadata.json"));

    MusicTask task = com.client().music().fetch(MUSIC);

    assertThat(task.state()).isEqualTo(TaskState.FAILED);
    assertThat(task.failure()).map(f -> f.message()).contains("Audio generation failed, credits refunded");
    assertThat(task.tracks()).allSatisfy(t -> assertThat(t.state()).contains(TaskState.FAILED));
    assertThat(task.tracks().get(1).failure()).map(f -> f.message()).contains("");
  }

  @Test
  void maps_all_pending_clips_to_waiting() {
    com.answer(json("task-pending.json"));

    assertThat(com.client().music().fetch(MUSIC).state()).isEqualTo(TaskState.WAITING);
  }

  @Test
  void maps_the_legacy_task_shape_with_its_clip_map() {
    com.answer(json("clip-legacy-completed.json"));

    MusicTask task = com.client().music().fetch(MUSIC);

    assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(task.rawStatus()).isEqualTo("completed");
    assertThat(task.operation()).isEqualTo(MusicOperation.GENERATE);
    assertThat(task.request().string("title")).contains("Electric Dreams");
    assertThat(task.tracks()).extracting(t -> t.id().value())
        .containsExactly("8c2a7d2e-1b3c-4d5e-9f60-7a8b9c0d1e2f", "f0e1d2c3-b4a5-4968-8776-655443322110");
    Track first = task.tracks().get(0);
    assertThat(first.tags()).containsExactly("epic reggae");
    assertThat(first.lyrics()).isEqualTo("[Verse]\nTesla riding");
    assertThat(first.duration()).contains(Duration.ofMillis(120_500));
    assertThat(first.modelName()).contains("chirp-v3");
    assertThat(first.audioUrl()).contains("https://cdn.example/8c2a7d2e.mp3");
    assertThat(first.videoUrl()).contains("https://cdn.example/8c2a7d2e.mp4");
    assertThat(task.tracks().get(1).tags()).isEmpty();
  }

  @Test
  void reads_a_legacy_extension_as_extend_with_its_parent_clip() {
    com.answer(json("clip-legacy-extend-processing.json"));

    MusicTask task = com.client().music().fetch(MUSIC);

    assertThat(task.state()).isEqualTo(TaskState.RUNNING);
    assertThat(task.operation()).isEqualTo(MusicOperation.EXTEND);
    assertThat(task.parentTrack()).contains(TrackId.of("sunoapi-com", "8c2a7d2e-1b3c-4d5e-9f60-7a8b9c0d1e2f"));
    assertThat(task.tracks()).isEmpty();
  }

  @Test
  void falls_back_to_the_legacy_clip_route_when_the_task_route_is_missing() throws Exception {
    com.answer(new MockResponse().setResponseCode(404).setBody("{\"code\":404,\"message\":\"Not found.\"}"));
    com.answer(json("clip-legacy-completed.json"));

    MusicTask task = com.client().music().fetch(MUSIC);

    assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(com.taken().getPath()).isEqualTo("/sunoapi-com/api/v1/suno/task/" + MUSIC.value());
    assertThat(com.taken().getPath()).isEqualTo("/sunoapi-com/api/v1/suno/clip/" + MUSIC.value());
  }

  @Test
  void remembers_the_route_that_answered_so_later_polls_cost_one_call() throws Exception {
    com.answer(new MockResponse().setResponseCode(404).setBody("{\"code\":404,\"message\":\"Not found.\"}"));
    com.answer(json("clip-legacy-completed.json"), json("clip-legacy-completed.json"));

    com.client().music().fetch(MUSIC);
    MusicTask again = com.client().music().fetch(MUSIC);

    assertThat(again.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(com.requestCount()).as("404 once, then the clip route twice").isEqualTo(3);
    com.taken();
    com.taken();
    assertThat(com.taken().getPath()).isEqualTo("/sunoapi-com/api/v1/suno/clip/" + MUSIC.value());
  }

  @Test
  void goes_back_to_the_task_route_when_the_remembered_route_disappears() throws Exception {
    com.answer(new MockResponse().setResponseCode(404).setBody("{\"code\":404,\"message\":\"Not found.\"}"));
    com.answer(json("clip-legacy-completed.json"));
    com.client().music().fetch(MUSIC);
    com.answer(new MockResponse().setResponseCode(404).setBody("{\"code\":404,\"message\":\"Not found.\"}"));
    com.answer(json("task-succeeded.json"));

    MusicTask task = com.client().music().fetch(MUSIC);

    assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
    com.taken();
    com.taken();
    assertThat(com.taken().getPath()).isEqualTo("/sunoapi-com/api/v1/suno/clip/" + MUSIC.value());
    assertThat(com.taken().getPath()).isEqualTo("/sunoapi-com/api/v1/suno/task/" + MUSIC.value());
  }

  @Test
  void a_task_unknown_at_both_routes_is_not_found_and_changes_nothing() {
    com.answer(new MockResponse().setResponseCode(404).setBody("{\"code\":404,\"message\":\"Not found.\"}"),
        new MockResponse().setResponseCode(404).setBody("{\"code\":404,\"message\":\"Not found.\"}"));
    com.answer(json("task-succeeded.json"));

    assertThatThrownBy(() -> com.client().music().fetch(MUSIC)).isInstanceOf(TaskNotFoundException.class);
    assertThat(com.client().music().fetch(MUSIC).state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(com.requestCount()).isEqualTo(3);
  }

  @Test
  void adds_extra_credits_to_credits() {
    com.answer(json("get-credits.json"));
    com.answer(json("get-credits-split.json"));

    assertThat(com.client().account().credits().remaining()).isEqualByComparingTo("50");
    assertThat(com.client().account().credits().remaining()).isEqualByComparingTo(new BigDecimal("42.5"));
  }

  @Test
  void reads_the_task_id_from_data_or_from_the_top_level() {
    com.answer(json("create-created.json"));
    com.answer(json("create-created-top-level.json"));

    assertThat(com.client().lyrics().submit("x").value()).isEqualTo("b09d79f9-bd8f-4d51-8e8e-a7e1cb22f139");
    assertThat(com.client().lyrics().submit("x").value()).isEqualTo("468d0e42-f7a6-40ce-9a4c-37db56b13b99");
  }

  @Test
  void reports_a_create_answer_without_task_id_as_a_protocol_error() {
    com.answer(json("create-created-without-id.json"));

    assertThatThrownBy(() -> com.client().lyrics().submit("x")).isInstanceOf(ProtocolException.class)
        .hasMessageContaining("task_id");
  }
}
