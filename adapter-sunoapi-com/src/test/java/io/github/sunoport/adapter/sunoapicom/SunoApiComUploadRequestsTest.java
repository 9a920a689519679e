package io.github.sunoport.adapter.sunoapicom;

import static io.github.sunoport.adapter.sunoapicom.Fixtures.body;
import static io.github.sunoport.adapter.sunoapicom.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.sunoport.core.error.InvalidRequestException;
import io.github.sunoport.core.error.PromptTooLongException;
import io.github.sunoport.core.error.ProtocolException;
import io.github.sunoport.core.model.CoverRequest;
import io.github.sunoport.core.model.FileUpload;
import io.github.sunoport.core.model.SunoModel;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.model.Tuning;
import io.github.sunoport.core.model.UploadCoverRequest;
import io.github.sunoport.core.model.UploadExtendRequest;
import io.github.sunoport.core.model.UploadedFile;
import io.github.sunoport.core.model.VocalGender;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * The exact upload, cover_upload_music and extend_upload_music requests. Their bodies are documented only on the
 * musicapi.ai twin (https://docs.musicapi.ai/special-scenarios), so these tests pin what the adapter sends.
 */
class SunoApiComUploadRequestsTest {
  private static final URI AUDIO = URI.create("https://files.example.com/song.mp3");
  private static final String CLIP = "cfbc3d3c-2add-4265-bcdf-924092096e3d";

  @RegisterExtension
  final ComServer com = new ComServer();

  @Test
  void uploads_a_url_and_reads_the_top_level_clip_id_as_the_files_path() throws Exception {
    com.answer(json("upload-clip.json"));

    UploadedFile file = com.client().files().upload(FileUpload.fromUrl(AUDIO));

    RecordedRequest request = com.taken();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/sunoapi-com/api/v1/suno/upload");
    assertThat(body(request)).containsOnly(entry("url", AUDIO.toString()));
    assertThat(file.url()).isEqualTo(AUDIO);
    assertThat(file.path()).contains(CLIP);
    assertThat(file.size()).isEmpty();
    assertThat(file.link().expiresAt()).as("sunoapi.com documents no retention").isEmpty();
  }

  @Test
  void covers_an_uploaded_file_naming_its_clip_without_uploading_it_again() throws Exception {
    com.answer(json("upload-clip.json"), json("create-created-top-level.json"));
    UploadedFile file = com.client().files().upload(FileUpload.fromUrl(AUDIO));
    com.taken();

    TaskId id = com.client().audio().uploadCover(UploadCoverRequest.custom(file.url(), "Rain", "jazz", "[Verse] rain")
        .model(SunoModel.V4_5).tuning(Tuning.none().withNegativeTags("metal").withVocalGender(VocalGender.FEMALE)
            .withWeights(0.5, 0.25, 0.75)).build());

    assertThat(id).isEqualTo(TaskId.of("sunoapi-com", "468d0e42-f7a6-40ce-9a4c-37db56b13b99"));
    RecordedRequest request = com.taken();
    assertThat(request.getPath()).isEqualTo("/sunoapi-com/api/v1/suno/create");
    assertThat(body(request)).containsOnly(entry("task_type", "cover_upload_music"), entry("continue_clip_id", CLIP),
        entry("custom_mode", true), entry("prompt", "[Verse] rain"), entry("title", "Rain"), entry("tags", "jazz"),
        entry("negative_tags", "metal"), entry("mv", "chirp-v4-5"), entry("make_instrumental", false),
        entry("vocal_gender", "f"), entry("style_weight", 0.5), entry("weirdness_constraint", 0.25),
        entry("audio_weight", 0.75));
    assertThat(com.requestCount()).isEqualTo(2);
  }

  @Test
  void uploads_audio_it_has_not_seen_before_covering_it_in_description_mode() throws Exception {
    com.answer(json("upload-clip.json"), json("create-created.json"));

    com.client().audio().uploadCover(UploadCoverRequest.describe(AUDIO, "a slow jazz take").model(SunoModel.V4).build());

    RecordedRequest upload = com.taken();
    assertThat(upload.getPath()).isEqualTo("/sunoapi-com/api/v1/suno/upload");
    assertThat(body(upload)).containsOnly(entry("url", AUDIO.toString()));
    assertThat(body(com.taken())).containsOnly(entry("task_type", "cover_upload_music"),
        entry("continue_clip_id", CLIP), entry("custom_mode", false), entry("gpt_description_prompt", "a slow jazz take"),
        entry("mv", "chirp-v4"), entry("make_instrumental", false));
  }

  @Test
  void extends_uploaded_audio_with_extend_upload_music_keeping_a_fractional_continue_at() throws Exception {
    com.answer(json("upload-clip.json"), json("create-created.json"));

    com.client().audio().uploadExtend(UploadExtendRequest.fromAudio(AUDIO, Duration.ofMillis(100), SunoModel.V4_5));

    com.taken();
    RecordedRequest request = com.taken();
    String raw = request.getBody().clone().readUtf8();
    assertThat(raw).contains("\"continue_at\":0.1");
    assertThat(body(request)).containsOnly(entry("task_type", "extend_upload_music"), entry("continue_clip_id", CLIP),
        entry("mv", "chirp-v4-5"), entry("continue_at", 0.1));
  }

  @Test
  void extends_uploaded_audio_overriding_in_custom_mode_with_whole_seconds_as_an_integer() throws Exception {
    com.answer(json("upload-clip.json"), json("create-created.json"));

    com.client().audio().uploadExtend(UploadExtendRequest.overriding(AUDIO, Duration.ofSeconds(30), "[Verse] more",
        "pop", "Longer", SunoModel.V3_5));

    com.taken();
    RecordedRequest request = com.taken();
    assertThat(request.getBody().clone().readUtf8()).contains("\"continue_at\":30}").doesNotContain("30.0");
    assertThat(body(request)).containsOnly(entry("task_type", "extend_upload_music"), entry("continue_clip_id", CLIP),
        entry("custom_mode", true), entry("prompt", "[Verse] more"), entry("tags", "pop"), entry("title", "Longer"),
        entry("mv", "chirp-v3-5"), entry("continue_at", 30.0));
  }

  @Test
  void covers_an_existing_clip_with_cover_music_and_no_upload() throws Exception {
    com.answer(json("create-created-top-level.json"));

    com.client().audio().cover(CoverRequest.custom(TrackId.of("sunoapi-com", "clip-9"), "Rain", "jazz", "[Verse] rain",
        SunoModel.V4_5).withTuning(Tuning.none().withWeights(0.5, 0.25, 0.75)));

    RecordedRequest request = com.taken();
    assertThat(request.getPath()).isEqualTo("/sunoapi-com/api/v1/suno/create");
    assertThat(body(request)).containsOnly(entry("task_type", "cover_music"), entry("continue_clip_id", "clip-9"),
        entry("custom_mode", true), entry("prompt", "[Verse] rain"), entry("title", "Rain"), entry("tags", "jazz"),
        entry("mv", "chirp-v4-5"), entry("make_instrumental", false), entry("style_weight", 0.5),
        entry("weirdness_constraint", 0.25), entry("audio_weight", 0.75));
    assertThat(com.requestCount()).isEqualTo(1);
  }

  @Test
  void refuses_a_cover_of_another_provider_s_track_or_over_the_limits_without_sending() {
    var audio = com.client().audio();
    assertRefused(() -> audio.cover(CoverRequest.describe(TrackId.of("kie", "a1"), "jazz", SunoModel.V4)), "track");
    assertRefused(() -> audio.cover(CoverRequest.describe(TrackId.of("sunoapi-com", "a1"), "jazz", SunoModel.V5)),
        "model");
    assertRefused(() -> audio.cover(CoverRequest.describe(TrackId.of("sunoapi-com", "a1"), "jazz", SunoModel.V4)
        .withCallbackUrl(URI.create("https://h.example/"))), "callbackUrl");
    assertTooLong(() -> audio.cover(CoverRequest.describe(TrackId.of("sunoapi-com", "a1"), "d".repeat(200),
        SunoModel.V4)), "prompt");
    assertThat(com.requestCount()).isZero();
  }

  @Test
  void an_upload_answer_without_a_clip_id_is_a_protocol_error_and_nothing_is_created() {
    com.answer(json("upload-without-clip.json"));

    assertThatThrownBy(() -> com.client().audio().uploadCover(UploadCoverRequest.describe(AUDIO, "x").build()))
        .isInstanceOf(ProtocolException.class).hasMessageContaining("clip_id");
    assertThat(com.requestCount()).isEqualTo(1);
  }

  @Test
  void refuses_what_sunoapi_com_cannot_take_naming_the_field_without_sending() {
    var audio = com.client().audio();
    var files = com.client().files();
    URI hook = URI.create("https://h.example/");
    assertRefused(() -> files.upload(FileUpload.fromBytes(new byte[] {1}, "a.mp3")), "upload");
    assertRefused(() -> audio.uploadCover(UploadCoverRequest.describe(AUDIO, "x").model(SunoModel.V5).build()),
        "model");
    assertRefused(() -> audio.uploadCover(UploadCoverRequest.customInstrumental(AUDIO, "t", "jazz").build()), "prompt");
    assertRefused(() -> audio.uploadCover(UploadCoverRequest.custom(AUDIO, "t", "jazz", "la").lyrics("l").build()),
        "lyrics");
    assertRefused(() -> audio.uploadCover(UploadCoverRequest.describe(AUDIO, "x").duration(Duration.ofSeconds(60))
        .build()), "duration");
    assertRefused(() -> audio.uploadCover(UploadCoverRequest.describe(AUDIO, "x").tuning(Tuning.none().withVariety(2))
        .build()), "variety");
    assertRefused(() -> audio.uploadCover(UploadCoverRequest.describe(AUDIO, "x").tuning(Tuning.none()
        .withPersona("p1")).build()), "personaId");
    assertRefused(() -> audio.uploadCover(UploadCoverRequest.describe(AUDIO, "x").model(SunoModel.V4)
        .tuning(Tuning.none().withVocalGender(VocalGender.MALE)).build()), "vocalGender");
    assertRefused(() -> audio.uploadCover(UploadCoverRequest.describe(AUDIO, "x").callbackUrl(hook).build()),
        "callbackUrl");
    assertTooLong(() -> audio.uploadCover(UploadCoverRequest.custom(AUDIO, "t", "jazz", "l".repeat(3000)).build()),
        "prompt");
    assertTooLong(() -> audio.uploadCover(UploadCoverRequest.describe(AUDIO, "d".repeat(200)).build()), "prompt");
    assertTooLong(() -> audio.uploadCover(UploadCoverRequest.custom(AUDIO, "t".repeat(80), "jazz", "l").build()),
        "title");
    assertRefused(() -> audio.uploadExtend(UploadExtendRequest.fromAudio(AUDIO, Duration.ofSeconds(5), SunoModel.V4)
        .withTuning(Tuning.none().withNegativeTags("metal"))), "tuning");
    assertRefused(() -> audio.uploadExtend(UploadExtendRequest.overridingInstrumental(AUDIO, Duration.ofSeconds(5),
        "pop", "t", SunoModel.V4)), "instrumental");
    assertRefused(() -> audio.uploadExtend(new UploadExtendRequest(AUDIO, true, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), false, SunoModel.V4, Tuning.none(), Optional.empty())), "continueAt");
    assertRefused(() -> audio.uploadExtend(UploadExtendRequest.fromAudio(AUDIO, Duration.ofSeconds(5), SunoModel.V5_5)),
        "model");
    assertRefused(() -> audio.uploadExtend(UploadExtendRequest.fromAudio(AUDIO, Duration.ofSeconds(5), SunoModel.V4)
        .withCallbackUrl(hook)), "callbackUrl");
    assertThat(com.requestCount()).isZero();
  }

  private static void assertRefused(Executable call, String field) {
    assertField(call, InvalidRequestException.class, field);
  }

  private static void assertTooLong(Executable call, String field) {
    assertField(call, PromptTooLongException.class, field);
  }

  private static void assertField(Executable call, Class<? extends InvalidRequestException> type, String field) {
    assertThatThrownBy(call::execute).isInstanceOf(type)
        .satisfies(e -> assertThat(((InvalidRequestException) e).field()).contains(field));
  }
}
