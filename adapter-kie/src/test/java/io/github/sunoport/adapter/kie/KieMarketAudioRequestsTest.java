package io.github.sunoport.adapter.kie;

import static io.github.sunoport.adapter.kie.KieAudioRequestsTest.documented;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.adapter.recordinfo.ProviderHarness;
import io.github.sunoport.core.error.InvalidRequestException;
import io.github.sunoport.core.model.AddInstrumentalRequest;
import io.github.sunoport.core.model.AddVocalsRequest;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.FileUpload;
import io.github.sunoport.core.model.MashupRequest;
import io.github.sunoport.core.model.MusicOperation;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.MusicTask;
import io.github.sunoport.core.model.PersonaModel;
import io.github.sunoport.core.model.ReplaceSectionRequest;
import io.github.sunoport.core.model.SoundKey;
import io.github.sunoport.core.model.SoundsRequest;
import io.github.sunoport.core.model.SunoModel;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.model.Tuning;
import io.github.sunoport.core.model.UploadCoverRequest;
import io.github.sunoport.core.model.UploadExtendRequest;
import io.github.sunoport.core.model.ResultLink;
import io.github.sunoport.core.model.UploadedFile;
import io.github.sunoport.core.model.VocalGender;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * kie.ai's Market route on the wire for music from audio, the V6 fields and the files: each create is one
 * {@code jobs/createTask} whose outer {@code model} names the operation, whose snake_case {@code input} holds the
 * legacy request's fields and the Suno version in {@code input.model}, and whose callback URL sits beside them.
 */
class KieMarketAudioRequestsTest extends KieMarketWireTest {
  private static final URI STORAGE = URI.create("https://storage.example.com/upload");
  private static final URI MUSIC = URI.create("https://example.com/music.mp3");
  private static final URI CALLBACK = URI.create("https://api.example.com/callback");

  @Test
  void upload_cover_sends_its_fields_in_snake_case_under_its_market_id() {
    harness.answerTaskCreated("task_suno_1");
    Tuning tuning = Tuning.none().withNegativeTags("Heavy Metal").withVocalGender(VocalGender.MALE)
        .withWeights(0.65, 0.5, 0.25).withPersona("persona_123", PersonaModel.STYLE);

    TaskId id = client.audio().uploadCover(UploadCoverRequest.customInstrumental(STORAGE, "Peaceful Piano",
        "Classical").prompt("A calm piano track").model(SunoModel.V4).tuning(tuning).callbackUrl(CALLBACK).build());

    assertThat(id).isEqualTo(TaskId.of("kie-market", "task_suno_1"));
    assertThat(created("ai-music-api/upload-and-cover-audio", CALLBACK.toString())).isEqualTo(documented(
        "{\"upload_url\": \"https://storage.example.com/upload\", \"prompt\": \"A calm piano track\", "
            + "\"custom_mode\": true, \"instrumental\": true, \"model\": \"V4\", \"style\": \"Classical\", "
            + "\"title\": \"Peaceful Piano\", \"negative_tags\": \"Heavy Metal\", \"vocal_gender\": \"m\", "
            + "\"style_weight\": 0.65, \"weirdness_constraint\": 0.5, \"audio_weight\": 0.25, "
            + "\"persona_id\": \"persona_123\", \"persona_model\": \"style_persona\"}"));
  }

  @Test
  void upload_cover_with_a_v6_model_takes_lyrics_variety_and_duration() {
    harness.answerTaskCreated("t");

    client.audio().uploadCover(UploadCoverRequest.customInstrumental(STORAGE, "Rain", "lofi").model(SunoModel.V6_MINI)
        .tuning(Tuning.none().withVariety(3)).lyrics("[Verse] drops").duration(Duration.ofSeconds(90)).build());

    assertThat(created("ai-music-api/upload-and-cover-audio", ProviderHarness.DEFAULT_CALLBACK.toString()))
        .containsEntry("model", "V6_MINI").containsEntry("variety", 3.0).containsEntry("lyrics", "[Verse] drops")
        .containsEntry("duration", 90.0);
  }

  @Test
  void upload_extend_without_continue_at_and_add_vocals_without_prompt_are_sent() {
    harness.answerTaskCreated("a");
    harness.answerTaskCreated("b");

    client.audio().uploadExtend(new UploadExtendRequest(STORAGE, true, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), false, SunoModel.V6, Tuning.none(), Optional.of(CALLBACK)));
    client.audio().addVocals(new AddVocalsRequest(MUSIC, "Relaxing", "Jazz", Optional.empty(), Optional.empty(),
        Optional.of(SunoModel.V6_WILD), Tuning.none().withNegativeTags("metal"), Optional.of(CALLBACK)));

    assertThat(created("ai-music-api/upload-and-extend-audio", CALLBACK.toString())).isEqualTo(documented(
        "{\"upload_url\": \"https://storage.example.com/upload\", \"default_param_flag\": false, \"model\": \"V6\"}"));
    assertThat(created("ai-music-api/add-vocals", CALLBACK.toString())).isEqualTo(documented(
        "{\"upload_url\": \"https://example.com/music.mp3\", \"title\": \"Relaxing\", \"style\": \"Jazz\", "
            + "\"negative_tags\": \"metal\", \"model\": \"V6_WILD\"}"));
  }

  @Test
  void add_instrumental_replace_section_mashup_and_sounds_use_their_market_ids() {
    for (int i = 0; i < 4; i++) {
      harness.answerTaskCreated("t" + i);
    }

    client.audio().addInstrumental(AddInstrumentalRequest.of(MUSIC, "Relaxing", "piano, soothing", "fast drums")
        .withModel(SunoModel.V5));
    client.audio().replaceSection(ReplaceSectionRequest.inTrack(TaskId.of("kie-market", "task-9"),
            TrackId.of("kie-market", "audio-9")).window(Duration.ofMillis(10_500), Duration.ofMillis(20_750))
        .replacement("calm piano", "[Verse]\nall of it").style("Jazz").title("Relaxing").build());
    client.audio().mashup(MashupRequest.customInstrumental(URI.create("https://example.com/a1.mp3"),
        URI.create("https://example.com/a2.mp3"), "Blend", "Jazz").model(SunoModel.V6).build());
    client.audio().sounds(SoundsRequest.of("rain", SunoModel.V6_MINI).looping().withTempo(90)
        .withKey(SoundKey.D_SHARP_MINOR));

    String callback = ProviderHarness.DEFAULT_CALLBACK.toString();
    assertThat(created("ai-music-api/add-instrumental", callback)).isEqualTo(documented(
        "{\"upload_url\": \"https://example.com/music.mp3\", \"title\": \"Relaxing\", \"tags\": \"piano, soothing\", "
            + "\"negative_tags\": \"fast drums\", \"model\": \"V5\"}"));
    assertThat(created("ai-music-api/replace-section", callback)).isEqualTo(documented(
        "{\"task_id\": \"task-9\", \"audio_id\": \"audio-9\", \"prompt\": \"calm piano\", \"tags\": \"Jazz\", "
            + "\"title\": \"Relaxing\", \"infill_start_s\": 10.5, \"infill_end_s\": 20.75, "
            + "\"full_lyrics\": \"[Verse]\\nall of it\"}"));
    assertThat(created("ai-music-api/mashup", callback)).isEqualTo(documented(
        "{\"upload_url_list\": [\"https://example.com/a1.mp3\", \"https://example.com/a2.mp3\"], "
            + "\"custom_mode\": true, \"model\": \"V6\", \"style\": \"Jazz\", \"title\": \"Blend\", "
            + "\"instrumental\": true}"));
    assertThat(created("ai-music-api/sounds", callback)).isEqualTo(documented(
        "{\"prompt\": \"rain\", \"model\": \"V6_MINI\", \"sound_loop\": true, \"sound_tempo\": 90, "
            + "\"sound_key\": \"D#m\", \"grab_lyrics\": false}"));
  }

  @Test
  void without_any_callback_url_music_from_audio_is_created_for_polling() {
    reopenWithoutCallbackUrl();
    harness.answerTaskCreated("t");

    client.audio().addInstrumental(AddInstrumentalRequest.of(MUSIC, "Relaxing", "piano", "drums"));

    assertThat(created("ai-music-api/add-instrumental", null)).doesNotContainKey("call_back_url");
  }

  @Test
  void generate_sends_the_v6_fields_checked_per_model() {
    harness.answerTaskCreated("t");

    client.music().submit(MusicRequest.custom("Rain", "lofi", "[Verse] drops").model(SunoModel.V6)
        .lyrics("[Chorus] more").variety(4).duration(Duration.ofSeconds(360))
        .persona("p-1", PersonaModel.VOICE).build());

    assertThat(created("ai-music-api/generate", ProviderHarness.DEFAULT_CALLBACK.toString()))
        .containsEntry("model", "V6").containsEntry("lyrics", "[Chorus] more").containsEntry("variety", 4.0)
        .containsEntry("duration", 360.0).containsEntry("persona_id", "p-1")
        .containsEntry("persona_model", "voice_persona").containsEntry("custom_mode", true);
  }

  @Test
  void the_v6_fields_are_refused_for_models_and_modes_that_lack_them() {
    assertRefused(() -> client.music().submit(MusicRequest.custom("t", "s", "p").model(SunoModel.V5).variety(1)
        .build()), "variety");
    assertRefused(() -> client.music().submit(MusicRequest.custom("t", "s", "p").model(SunoModel.V5_5)
        .lyrics("[Verse]").build()), "lyrics");
    assertRefused(() -> client.music().submit(MusicRequest.custom("t", "s", "p").model(SunoModel.V5)
        .duration(Duration.ofSeconds(30)).build()), "duration");
    assertRefused(() -> client.music().submit(MusicRequest.describe("a song").model(SunoModel.V6)
        .duration(Duration.ofSeconds(30)).build()), "duration");
    assertRefused(() -> client.music().submit(MusicRequest.custom("t", "s", "p").model(SunoModel.V4_5)
        .persona("p", PersonaModel.VOICE).build()), "personaModel");
    assertRefused(() -> client.audio().sounds(SoundsRequest.of("rain", SunoModel.V4_5)), "model");
    assertRefused(() -> client.audio().mashup(MashupRequest.describe(STORAGE, MUSIC, "blend").model(SunoModel.V6)
        .build()), "customMode");
    assertRefused(() -> client.audio().uploadCover(UploadCoverRequest.customInstrumental(STORAGE, "t", "pop")
        .model(SunoModel.V5).duration(Duration.ofSeconds(30)).build()), "duration");
    assertThat(harness.requestCount()).isZero();
  }

  @Test
  void a_market_record_of_music_from_audio_maps_to_its_operation() {
    harness.answer("{\"code\":200,\"message\":\"success\",\"data\":{\"taskId\":\"t1\",\"model\":"
        + "\"ai-music-api/upload-and-cover-audio\",\"state\":\"success\",\"param\":\"{\\\"model\\\":"
        + "\\\"ai-music-api/upload-and-cover-audio\\\",\\\"input\\\":{\\\"upload_url\\\":\\\"https://x/a.mp3\\\"}}\","
        + "\"resultJson\":\"{\\\"data\\\":[{\\\"id\\\":\\\"s1\\\",\\\"audio_url\\\":\\\"https://x/s1.mp3\\\"}]}\","
        + "\"completeTime\":1759651260000,\"createTime\":1759651200000}}");

    MusicTask task = client.music().fetch(TaskId.of("kie-market", "t1"));

    assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(task.operation()).isEqualTo(MusicOperation.UPLOAD_COVER);
    assertThat(task.tracks()).singleElement().satisfies(t -> assertThat(t.audioUrl())
        .contains("https://x/s1.mp3"));
    assertThat(task.times().linksExpire()).isPresent();
  }

  @Test
  void files_are_kies_common_apis_on_both_routes() {
    assertThat(client.capabilities()).contains(Capability.FILE_UPLOAD, Capability.DOWNLOAD_LINK,
        Capability.UPLOAD_COVER, Capability.SOUNDS);
    harness.answer(ProviderHarness.resource("fixtures/kie-upload.json"));
    harness.answer("{\"code\":200,\"msg\":\"success\",\"data\":\"https://tempfile.aiquickdraw.com/s/1f6cbd98\"}");
    Instant before = Instant.now();

    UploadedFile file = client.files().upload(FileUpload.fromUrl(URI.create("https://example.com/a.mp3")));
    ResultLink link = client.files().downloadLink(URI.create("https://tempfile.aiquickdraw.com/p/a.mp3"));

    assertThat(harness.take().getPath()).isEqualTo("/kie/api/file-url-upload");
    assertThat(harness.take().getPath()).isEqualTo("/kie/api/v1/common/download-url");
    assertThat(file.url()).isEqualTo(URI.create("https://kieai.redpandaai.co/download/file_abc123456"));
    assertThat(link.keptFor()).contains(Duration.ofMinutes(20));
    assertThat(link.expiresAt(java.time.ZoneOffset.UTC)).hasValueSatisfying(expiry ->
        assertThat(expiry).isAfterOrEqualTo(before.plus(Duration.ofMinutes(20))));
  }

  private static void assertRefused(Executable call, String field) {
    assertThatThrownBy(call::execute).isInstanceOfSatisfying(InvalidRequestException.class,
        e -> assertThat(e.field()).as(e.getMessage()).contains(field));
  }
}
