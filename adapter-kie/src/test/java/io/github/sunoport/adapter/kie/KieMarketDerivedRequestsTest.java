package io.github.sunoport.adapter.kie;

import static io.github.sunoport.adapter.kie.KieAudioRequestsTest.documented;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.adapter.recordinfo.ProviderHarness;
import io.github.sunoport.core.error.ProtocolException;
import io.github.sunoport.core.model.DerivedTask;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.ProviderTimestamp;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.model.derived.BoostedStyle;
import io.github.sunoport.core.model.derived.CoverImageRequest;
import io.github.sunoport.core.model.derived.MidiRequest;
import io.github.sunoport.core.model.derived.MidiTranscription;
import io.github.sunoport.core.model.derived.Persona;
import io.github.sunoport.core.model.derived.PersonaRequest;
import io.github.sunoport.core.model.derived.SeparationType;
import io.github.sunoport.core.model.derived.SourceTrack;
import io.github.sunoport.core.model.derived.StemRole;
import io.github.sunoport.core.model.derived.Stems;
import io.github.sunoport.core.model.derived.StemsRequest;
import io.github.sunoport.core.model.derived.VideoRequest;
import io.github.sunoport.core.model.derived.WavFile;
import io.github.sunoport.core.model.derived.WavRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * kie.ai's Market route for derived outputs: each request is the legacy body renamed under its Market model id, each
 * record's {@code resultJson} (measured for WAV and video, designed for the others) maps to the legacy route's domain
 * values, and result links carry the Market's 24-hour lifetime.
 */
class KieMarketDerivedRequestsTest extends KieMarketWireTest {
  private static final SourceTrack SOURCE = SourceTrack.of(TaskId.of("kie-market", "task-1"),
      TrackId.of("kie-market", "track-1"));
  private static final String CALLBACK = ProviderHarness.DEFAULT_CALLBACK.toString();

  @Test
  void each_derived_submit_is_the_legacy_body_renamed_under_its_market_id() {
    for (int i = 0; i < 5; i++) {
      harness.answerTaskCreated("d" + i);
    }

    TaskId wav = client.derived().submitWav(WavRequest.of(SOURCE));
    client.derived().submitStems(StemsRequest.of(SOURCE, SeparationType.TWO_STEMS).withStemName("Drums"));
    client.derived().submitMidi(MidiRequest.stemOf(TaskId.of("kie-market", "sep-1"), TrackId.of("kie-market", "s1")));
    client.derived().submitVideo(VideoRequest.of(SOURCE).withAuthor("me").withDomainName("example.com"));
    client.derived().submitCoverImage(CoverImageRequest.of(SOURCE.task()));

    assertThat(wav).isEqualTo(TaskId.of("kie-market", "d0"));
    assertThat(created("ai-music-api/convert-to-wav-format", CALLBACK))
        .isEqualTo(documented("{\"task_id\": \"task-1\", \"audio_id\": \"track-1\"}"));
    assertThat(created("ai-music-api/separate-vocals", CALLBACK)).isEqualTo(documented("{\"task_id\": \"task-1\", "
        + "\"audio_id\": \"track-1\", \"type\": \"split_stem_advanced\", \"stem_name\": \"Drums\"}"));
    assertThat(created("ai-music-api/generate-midi-from-audio", CALLBACK))
        .isEqualTo(documented("{\"task_id\": \"sep-1\", \"audio_id\": \"s1\"}"));
    assertThat(created("ai-music-api/create-music-video", CALLBACK)).isEqualTo(documented("{\"task_id\": \"task-1\", "
        + "\"audio_id\": \"track-1\", \"author\": \"me\", \"domain_name\": \"example.com\"}"));
    assertThat(created("ai-music-api/cover-generate", CALLBACK)).isEqualTo(documented("{\"task_id\": \"task-1\"}"));
  }

  @Test
  void without_a_callback_url_a_derived_task_is_created_for_polling() {
    reopenWithoutCallbackUrl();
    harness.answerTaskCreated("d");

    client.derived().submitWav(WavRequest.of(SOURCE));

    assertThat(created("ai-music-api/convert-to-wav-format", null)).containsOnlyKeys("task_id", "audio_id");
  }

  @Test
  void persona_and_style_boost_answer_in_the_create_call_and_send_no_callback_url() {
    harness.answer(ProviderHarness.resource("sunoport-mock/kie/market-create/persona-success.json"));
    harness.answer("{\"code\":200,\"msg\":\"success\",\"data\":{\"taskId\":\"s1\",\"result\":\"Pop, airy synths\","
        + "\"creditsConsumed\":0.5,\"creditsRemaining\":99.5,\"successFlag\":\"1\"}}");

    Persona persona = client.styling().createPersona(PersonaRequest.of(SOURCE, "Singer", "Pop")
        .withVocalWindow(5, 25));
    BoostedStyle style = client.styling().boostStyle("Pop");

    Map<String, Object> personaInput = created("ai-music-api/generate-persona", null);
    assertThat(personaInput).containsEntry("task_id", "task-1").containsEntry("audio_id", "track-1")
        .containsEntry("name", "Singer").containsEntry("description", "Pop").containsEntry("vocal_start", 5.0)
        .containsEntry("vocal_end", 25.0);
    assertThat(created("ai-music-api/boost-music-style", null)).isEqualTo(documented("{\"content\": \"Pop\"}"));
    assertThat(persona.id()).isEqualTo("a1b2****c3d4");
    assertThat(persona.provider().value()).isEqualTo("kie-market");
    assertThat(style.style()).isEqualTo("Pop, airy synths");
    assertThat(style.creditsUsed()).contains(new BigDecimal("0.5"));
  }

  @Test
  void a_wav_record_maps_its_result_url_with_the_24_hour_expiry_and_its_track() {
    harness.answer(ProviderHarness.resource("sunoport-mock/kie/market-record-info/wav-success.json"));

    DerivedTask<WavFile> task = client.derived().fetchWav(TaskId.of("kie-market", "task_suno_1759651600000"));

    assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(task.rawStatus()).isEqualTo("success");
    WavFile wav = task.result().orElseThrow();
    assertThat(wav.link().url()).isEqualTo(URI.create("https://tempfile.aiquickdraw.com/r/b6f1****0c3a.wav"));
    assertThat(wav.link().keptFor()).contains(Duration.ofHours(24));
    assertThat(wav.link().expiresAt()).contains(ProviderTimestamp.ofEpochMillis(1759651262000L + 86_400_000L));
    assertThat(harness.take().getPath()).isEqualTo("/kie/api/v1/jobs/recordInfo?taskId=task_suno_1759651600000");
  }

  @Test
  void stems_and_midi_records_map_their_designed_result_json() {
    harness.answer(ProviderHarness.resource("sunoport-mock/kie/market-record-info/stems-success.json"));
    harness.answer(ProviderHarness.resource("sunoport-mock/kie/market-record-info/midi-success.json"));

    Stems stems = client.derived().fetchStems(TaskId.of("kie-market", "s")).result().orElseThrow();
    MidiTranscription midi = client.derived().fetchMidi(TaskId.of("kie-market", "m")).result().orElseThrow();

    assertThat(stems.links()).containsOnlyKeys(StemRole.VOCALS, StemRole.INSTRUMENTAL);
    assertThat(stems.parts()).hasSize(2);
    assertThat(midi.noteCount()).isEqualTo(3);
  }

  @Test
  void pending_and_failed_records_map_to_states_and_failures() {
    harness.answer(record("generating", "", "\"\"", "null"));
    harness.answer(record("fail", "\"\"", "\"500\"", "1759651262000"));

    DerivedTask<?> running = client.derived().fetchVideo(TaskId.of("kie-market", "v"));
    DerivedTask<?> failed = client.derived().fetchVideo(TaskId.of("kie-market", "v"));

    assertThat(running.state()).isEqualTo(TaskState.RUNNING);
    assertThat(running.result()).isEmpty();
    assertThat(failed.state()).isEqualTo(TaskState.FAILED);
    assertThat(failed.failure().orElseThrow().kind()).isEqualTo(FailureKind.GENERATION_FAILED);
    assertThat(failed.failure().orElseThrow().message()).isEqualTo("Video failed");
  }

  @Test
  void garbage_absent_or_foreign_result_json_is_a_protocol_error() {
    harness.answer(record("success", "\"not json\"", "\"\"", "1759651262000"));
    harness.answer(record("success", "\"{\\\"resultUrls\\\":[]}\"", "\"\"", "1759651262000"));
    harness.answer(record("success", "\"\"", "\"\"", "1759651262000"));
    harness.answer(record("success", "\"{\\\"resultUrls\\\":[\\\"https://x/a.mp4\\\"]}\"", "\"\"", "1759651262000")
        .replace("create-music-video", "convert-to-wav-format"));

    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(() -> client.derived().fetchVideo(TaskId.of("kie-market", "v")))
          .isInstanceOf(ProtocolException.class).hasMessageContaining("kie-market");
    }
  }

  private static String record(String state, String resultJson, String failCode, String completeTime) {
    return "{\"code\":200,\"message\":\"success\",\"data\":{\"taskId\":\"v\",\"model\":"
        + "\"ai-music-api/create-music-video\",\"state\":\"" + state + "\",\"param\":\"{}\",\"resultJson\":"
        + (resultJson.isEmpty() ? "\"\"" : resultJson) + ",\"failCode\":" + failCode + ",\"failMsg\":"
        + (state.equals("fail") ? "\"Video failed\"" : "\"\"") + ",\"completeTime\":" + completeTime
        + ",\"createTime\":1759651200000}}";
  }
}
