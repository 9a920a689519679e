package io.github.sunoport.adapter.recordinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.await.Sleeper;
import io.github.sunoport.core.error.ProtocolException;
import io.github.sunoport.core.error.TaskNotFoundException;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.LyricsTask;
import io.github.sunoport.core.model.MusicOperation;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.TrackId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Market records mapped to the legacy route's domain values: states, failures, resultJson, times. */
class MarketAnswersTest {
  private static final TaskId TASK = new TaskId(TestMarketDialect.ID, "task_suno_1");
  private static final String SONGS = "{\\\"data\\\":[{\\\"id\\\":\\\"s1\\\",\\\"title\\\":\\\"Rain\\\","
      + "\\\"duration\\\":152.4,\\\"audio_url\\\":\\\"https://cdn.example/s1.mp3\\\",\\\"stream_audio_url\\\":"
      + "\\\"https://cdn.example/s1\\\",\\\"image_url\\\":\\\"https://cdn.example/s1.jpeg\\\",\\\"model_name\\\":"
      + "\\\"chirp-v6\\\",\\\"prompt\\\":\\\"[Verse] drops\\\",\\\"tags\\\":\\\"calm, piano\\\",\\\"createTime\\\":"
      + "1759651231000}]}";
  private static final String EXTEND_PARAM = "{\\\"model\\\":\\\"ai-music-api/extend\\\",\\\"input\\\":"
      + "{\\\"audio_id\\\":\\\"parent-1\\\",\\\"model\\\":\\\"V6\\\",\\\"prompt\\\":\\\"more\\\"}}";

  private ProviderHarness harness;
  private MarketClient client;

  @BeforeEach
  void open() {
    harness = new ProviderHarness("kie");
    client = MarketClient.open(new TestMarketDialect(), harness.settings().build(), Sleeper.system());
  }

  @AfterEach
  void close() {
    client.close();
    harness.close();
  }

  private void answerRecord(String model, String state, String param, String resultJson, String failCode,
      String failMsg) {
    harness.answer("{\"code\":200,\"message\":\"success\",\"data\":{\"taskId\":\"task_suno_1\",\"model\":\"" + model
        + "\",\"state\":\"" + state + "\",\"param\":\"" + param + "\",\"resultJson\":" + resultJson
        + ",\"failCode\":" + failCode + ",\"failMsg\":" + failMsg
        + ",\"completeTime\":1759651262000,\"createTime\":1759651200000,\"updateTime\":1759651262000}}");
  }

  private void answerMusic(String state, String resultJson) {
    answerRecord("ai-music-api/extend", state, EXTEND_PARAM, resultJson, "\"\"", "\"\"");
  }

  @ParameterizedTest
  @CsvSource({"waiting,WAITING", "queuing,WAITING", "generating,RUNNING", "success,SUCCEEDED", "SUCCESS,SUCCEEDED",
      "paused,UNKNOWN"})
  void every_market_state_maps_to_a_task_state(String word, TaskState expected) {
    answerMusic(word, word.equalsIgnoreCase("success") ? "\"" + SONGS + "\"" : "\"\"");

    MusicTask task = client.music().fetch(TASK);

    assertThat(task.state()).isEqualTo(expected);
    assertThat(task.rawStatus()).isEqualTo(word);
    assertThat(task.failure()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"ai-music-api/generate,GENERATE", "ai-music-api/upload-and-cover-audio,UPLOAD_COVER",
      "ai-music-api/upload-and-extend-audio,UPLOAD_EXTEND", "ai-music-api/add-vocals,ADD_VOCALS",
      "ai-music-api/add-instrumental,ADD_INSTRUMENTAL", "ai-music-api/replace-section,REPLACE_SECTION",
      "ai-music-api/mashup,MASHUP", "ai-music-api/sounds,SOUNDS"})
  void every_music_shaped_model_maps_to_its_operation_with_its_songs(String model, MusicOperation expected) {
    answerRecord(model, "success", "{}", "\"" + SONGS + "\"", "\"\"", "\"\"");

    MusicTask task = client.music().fetch(TASK);

    assertThat(task.operation()).isEqualTo(expected);
    assertThat(task.tracks()).singleElement().satisfies(t -> assertThat(t.id().value()).isEqualTo("s1"));
  }

  @Test
  void a_derived_or_synchronous_model_is_not_a_music_task() {
    answerRecord("ai-music-api/convert-to-wav-format", "success", "{}", "\"" + SONGS + "\"", "\"\"", "\"\"");

    assertThatThrownBy(() -> client.music().fetch(TASK)).isInstanceOf(ProtocolException.class)
        .hasMessageContaining("convert-to-wav-format");
  }

  @Test
  void a_succeeded_music_record_reads_its_songs_from_result_json_with_times_and_link_expiry() {
    answerMusic("success", "\"" + SONGS + "\"");

    MusicTask task = client.music().fetch(TASK);

    assertThat(task.operation()).isEqualTo(MusicOperation.EXTEND);
    assertThat(task.parentTrack()).contains(new TrackId(TestMarketDialect.ID, "parent-1"));
    assertThat(task.request().prompt()).contains("more");
    assertThat(task.request().raw()).contains("ai-music-api/extend");
    assertThat(task.tracks()).singleElement().satisfies(track -> {
      assertThat(track.id()).isEqualTo(new TrackId(TestMarketDialect.ID, "s1"));
      assertThat(track.audioUrl()).contains("https://cdn.example/s1.mp3");
      assertThat(track.streamUrl()).contains("https://cdn.example/s1");
      assertThat(track.duration()).contains(Duration.ofMillis(152_400));
      assertThat(track.tags()).containsExactly("calm", "piano");
      assertThat(track.createdAt().flatMap(t -> t.instant())).contains(Instant.ofEpochMilli(1759651231000L));
    });
    assertThat(task.times().created().flatMap(t -> t.instant())).contains(Instant.ofEpochMilli(1759651200000L));
    assertThat(task.times().ended().flatMap(t -> t.instant())).contains(Instant.ofEpochMilli(1759651262000L));
    assertThat(task.times().linksExpire().flatMap(t -> t.instant()))
        .contains(Instant.ofEpochMilli(1759651262000L).plus(Duration.ofHours(24)));
    assertThat(task.times().linksExpire().orElseThrow().offset()).contains(ZoneOffset.UTC);
  }

  @Test
  void an_unfinished_task_has_no_tracks_and_no_link_expiry() {
    answerMusic("generating", "\"\"");

    MusicTask task = client.music().fetch(TASK);

    assertThat(task.tracks()).isEmpty();
    assertThat(task.times().linksExpire()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"'\"400\"',CONTENT_REJECTED,400", "413,CONTENT_REJECTED,413", "'\"501\"',GENERATION_FAILED,501",
      "'\"\"',GENERATION_FAILED,", "null,GENERATION_FAILED,"})
  void fail_maps_its_code_and_message_to_a_task_failure(String failCode, FailureKind kind, Integer code) {
    answerRecord("ai-music-api/generate", "fail", "{}", "\"\"", failCode, "\"Audio generation failed\"");

    MusicTask task = client.music().fetch(TASK);

    assertThat(task.state()).isEqualTo(TaskState.FAILED);
    assertThat(task.failure()).hasValueSatisfying(f -> {
      assertThat(f.kind()).isEqualTo(kind);
      assertThat(f.message()).isEqualTo("Audio generation failed");
      if (code == null) {
        assertThat(f.code()).isEmpty();
      } else {
        assertThat(f.code()).hasValue(code);
      }
    });
    assertThat(task.times().linksExpire()).as("a failed task has no results").isEmpty();
  }

  @Test
  void lyrics_read_their_variants_from_result_object() {
    answerRecord("ai-music-api/generate-lyrics", "success", "{\\\"input\\\":{\\\"prompt\\\":\\\"a lighthouse\\\"}}",
        "\"{\\\"resultObject\\\":{\\\"lyricsData\\\":[{\\\"text\\\":\\\"[Verse]\\\\nLight\\\",\\\"title\\\":"
            + "\\\"Keeper\\\",\\\"status\\\":\\\"complete\\\",\\\"errorMessage\\\":\\\"\\\"}]}}\"",
        "\"\"", "\"\"");

    LyricsTask task = client.lyrics().fetch(TASK);

    assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(task.request().prompt()).contains("a lighthouse");
    assertThat(task.variants()).singleElement().satisfies(v -> {
      assertThat(v.title()).isEqualTo("Keeper");
      assertThat(v.text()).isEqualTo("[Verse]\nLight");
      assertThat(v.state()).isEqualTo(TaskState.SUCCEEDED);
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'\"\"'|resultJson",
      "null|resultJson",
      "'\"{not json\"'|not the documented JSON",
      "'\"[1,2]\"'|not the documented JSON",
      "'\"{\\\"resultUrls\\\":[]}\"'|resultJson.data",
      "'\"{\\\"data\\\":\\\"songs\\\"}\"'|not the documented JSON",
      "'\"{\\\"data\\\":[{\\\"title\\\":\\\"no id\\\"}]}\"'|make no sense"})
  void a_success_without_a_readable_result_is_a_protocol_error(String resultJson, String named) {
    answerMusic("success", resultJson);

    assertThatThrownBy(() -> client.music().fetch(TASK)).isInstanceOf(ProtocolException.class)
        .hasMessageContaining(named);
  }

  @Test
  void lyrics_without_result_object_and_a_music_task_asked_as_lyrics_are_protocol_errors() {
    answerRecord("ai-music-api/generate-lyrics", "success", "{}", "\"{\\\"data\\\":[]}\"", "\"\"", "\"\"");
    answerMusic("success", "\"" + SONGS + "\"");

    assertThatThrownBy(() -> client.lyrics().fetch(TASK)).isInstanceOf(ProtocolException.class)
        .hasMessageContaining("resultJson.resultObject");
    assertThatThrownBy(() -> client.lyrics().fetch(TASK)).isInstanceOf(ProtocolException.class)
        .hasMessageContaining("ai-music-api/extend");
  }

  @Test
  void garbage_in_result_json_of_an_unfinished_task_is_not_read() {
    answerMusic("generating", "\"{garbage\"");

    assertThat(client.music().fetch(TASK).tracks()).isEmpty();
  }

  @Test
  void the_market_error_envelope_is_read_with_its_http_status() {
    harness.answer(404, "{\"code\":404,\"message\":\"Task not found\",\"data\":null}");

    assertThatThrownBy(() -> client.music().fetch(TASK)).isInstanceOf(TaskNotFoundException.class);
  }

  @Test
  void a_create_answer_without_a_task_id_is_a_protocol_error() {
    harness.answer("{\"code\":200,\"msg\":\"success\",\"data\":{}}");

    assertThatThrownBy(() -> client.lyrics().submit("rain")).isInstanceOf(ProtocolException.class)
        .hasMessageContaining("data.taskId");
  }
}
