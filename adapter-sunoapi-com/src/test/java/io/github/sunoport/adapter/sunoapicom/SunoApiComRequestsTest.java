package io.github.sunoport.adapter.sunoapicom;

import static io.github.sunoport.adapter.sunoapicom.Fixtures.body;
import static io.github.sunoport.adapter.sunoapicom.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.sunoport.core.error.InvalidRequestException;
import io.github.sunoport.core.error.PromptTooLongException;
import io.github.sunoport.core.error.UnsupportedCapabilityException;
import io.github.sunoport.core.model.ExtendRequest;
import io.github.sunoport.core.model.LyricsRequest;
import io.github.sunoport.core.model.MashupRequest;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.SunoModel;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.model.Tuning;
import io.github.sunoport.core.model.VocalGender;
import io.github.sunoport.core.port.SunoClient;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/** The exact requests the adapter sends, and that it sends nothing for a request sunoapi.com would refuse. */
class SunoApiComRequestsTest {
  private static final String JSON_UTF8 = "application/json; charset=UTF-8";

  @RegisterExtension
  final ComServer com = new ComServer();

  @Test
  void submits_lyrics_as_a_bare_prompt_under_the_base_url_prefix() throws Exception {
    com.answer(json("make-lyrics-created.json"));

    TaskId id = com.client().lyrics().submit("run away");

    RecordedRequest request = com.taken();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/sunoapi-com/api/v1/suno/make-lyrics");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer test-key");
    assertThat(request.getHeader("Content-Type")).isEqualTo(JSON_UTF8);
    assertThat(body(request)).containsExactly(entry("prompt", "run away"));
    assertThat(id).isEqualTo(TaskId.of("sunoapi-com", "3d51f2fb-2a52-4207-9808-a3aa7c9f64ce"));
  }

  @Test
  void concat_sends_the_documented_request_and_reads_the_top_level_task_id() throws Exception {
    com.answer(json("concat-created.json"));

    TaskId id = com.client().audio().concat(TrackId.of("sunoapi-com", "a533515b-56c9-4eb2-8cb8-7f3dfa165eb8"));

    assertThat(id).isEqualTo(TaskId.of("sunoapi-com", "51bc6dd0-508a-414d-9ef3-71f7bad81cf7"));
    RecordedRequest request = com.taken();
    assertThat(request.getPath()).isEqualTo("/sunoapi-com/api/v1/suno/create");
    assertThat(body(request)).containsOnly(entry("task_type", "concat_music"),
        entry("continue_clip_id", "a533515b-56c9-4eb2-8cb8-7f3dfa165eb8"));
    assertThatThrownBy(() -> com.client().audio().concat(TrackId.of("kie", "x")))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).contains("lastTrack"));
    assertThatThrownBy(() -> com.client().audio().mashup(MashupRequest.describe(
        URI.create("https://files.example.com/a.mp3"), URI.create("https://files.example.com/b.mp3"), "jazz").build()))
        .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("audio().mashup");
    assertThat(com.requestCount()).isEqualTo(1);
  }

  @Test
  void submits_custom_music_with_lyrics_title_tags_and_the_chirp_model_name() throws Exception {
    com.answer(json("create-created.json"));

    com.client().music().submit(MusicRequest.custom("Electric Dreams", "epic reggae", "[Verse]\nTesla riding")
        .model(SunoModel.V4).negativeTags("metal").vocalGender(VocalGender.FEMALE).styleWeight(0.5)
        .weirdnessConstraint(0.25).build());

    RecordedRequest request = com.taken();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/sunoapi-com/api/v1/suno/create");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer test-key");
    assertThat(request.getHeader("Content-Type")).isEqualTo(JSON_UTF8);
    assertThat(body(request)).containsOnly(
        entry("task_type", "create_music"),
        entry("custom_mode", true),
        entry("prompt", "[Verse]\nTesla riding"),
        entry("title", "Electric Dreams"),
        entry("tags", "epic reggae"),
        entry("negative_tags", "metal"),
        entry("mv", "chirp-v4"),
        entry("make_instrumental", false),
        entry("vocal_gender", "f"),
        entry("style_weight", 0.5),
        entry("weirdness_constraint", 0.25));
  }

  @Test
  void submits_a_description_as_gpt_description_prompt_outside_custom_mode() throws Exception {
    com.answer(json("create-created.json"));

    com.client().music().submit(MusicRequest.describe("a calm song about rain").build());

    assertThat(body(com.taken())).containsOnly(
        entry("task_type", "create_music"),
        entry("custom_mode", false),
        entry("gpt_description_prompt", "a calm song about rain"),
        entry("mv", "chirp-v4-5"),
        entry("make_instrumental", false));
  }

  @Test
  void submits_an_instrumental_description_with_make_instrumental() throws Exception {
    com.answer(json("create-created.json"));

    com.client().music().submit(MusicRequest.describe("lofi beats").instrumental(true).model(SunoModel.V3_5).build());

    Map<String, Object> body = body(com.taken());
    assertThat(body).contains(entry("make_instrumental", true), entry("mv", "chirp-v3-5"),
        entry("custom_mode", false));
    assertThat(body).doesNotContainKey("prompt");
  }

  @Test
  void submits_a_persona_as_persona_music_with_persona_id() throws Exception {
    com.answer(json("create-created.json"));

    com.client().music().submit(MusicRequest.custom("T", "pop", "[Verse]\nla").personaId("persona-1").build());

    assertThat(body(com.taken())).contains(entry("task_type", "persona_music"), entry("persona_id", "persona-1"));
  }

  @Test
  void sends_a_model_name_the_library_does_not_know_as_written() throws Exception {
    com.answer(json("create-created.json"));

    com.client().music().submit(MusicRequest.describe("x").model(SunoModel.of("chirp-v4-5-plus")).build());

    assertThat(body(com.taken())).contains(entry("mv", "chirp-v4-5-plus"));
  }

  @Test
  void extends_with_extend_music_task_type_clip_id_and_whole_seconds() throws Exception {
    com.answer(json("create-created.json"));

    com.client().music().extend(ExtendRequest.overriding(TrackId.of("sunoapi-com", "clip-1"), Duration.ofSeconds(60), "[Verse]\nmore", "pop",
        "Longer", SunoModel.V4_5));

    RecordedRequest request = com.taken();
    assertThat(request.getPath()).isEqualTo("/sunoapi-com/api/v1/suno/create");
    assertThat(body(request)).containsOnly(
        entry("task_type", "extend_music"),
        entry("continue_clip_id", "clip-1"),
        entry("continue_at", 60.0),
        entry("custom_mode", true),
        entry("prompt", "[Verse]\nmore"),
        entry("title", "Longer"),
        entry("tags", "pop"),
        entry("mv", "chirp-v4-5"));
  }

  @Test
  void extends_keeping_the_source_parameters_with_only_clip_and_model() throws Exception {
    com.answer(json("create-created.json"));

    com.client().music().extend(ExtendRequest.keepingSource(TrackId.of("sunoapi-com", "clip-1"), SunoModel.V3_5));

    assertThat(body(com.taken())).containsOnly(
        entry("task_type", "extend_music"), entry("continue_clip_id", "clip-1"), entry("mv", "chirp-v3-5"));
  }

  @Test
  void never_sends_the_settings_default_callback_url() throws Exception {
    com.answer(json("create-created.json"));
    var settings = Fixtures.settings(com.baseUrl()).toBuilder()
        .defaultCallbackUrl(URI.create("https://hooks.example/suno")).build();

    try (SunoClient withDefault = SunoApiComProviderFactory.create(settings, d -> { })) {
      withDefault.music().submit(MusicRequest.describe("x").build());
    }

    assertThat(com.taken().getBody().readUtf8()).doesNotContain("hooks.example");
  }

  @Test
  void fetches_lyrics_music_and_credits_with_get_on_their_paths() throws Exception {
    com.answer(json("get-lyrics-seed.json"));
    com.answer(json("task-succeeded.json"));
    com.answer(json("get-credits.json"));

    com.client().lyrics().fetch(TaskId.of("sunoapi-com", "3d51f2fb-2a52-4207-9808-a3aa7c9f64ce"));
    com.client().music().fetch(TaskId.of("sunoapi-com", "b09d79f9-bd8f-4d51-8e8e-a7e1cb22f139"));
    com.client().account().credits();

    for (String path : new String[] {
        "/sunoapi-com/api/v1/suno/get-lyrics/3d51f2fb-2a52-4207-9808-a3aa7c9f64ce",
        "/sunoapi-com/api/v1/suno/task/b09d79f9-bd8f-4d51-8e8e-a7e1cb22f139",
        "/sunoapi-com/api/v1/get-credits"}) {
      RecordedRequest request = com.taken();
      assertThat(request.getMethod()).isEqualTo("GET");
      assertThat(request.getPath()).isEqualTo(path);
      assertThat(request.getHeader("Authorization")).isEqualTo("Bearer test-key");
      assertThat(request.getBodySize()).isZero();
    }
  }

  @Test
  void encodes_slashes_and_percent_signs_of_a_task_id_inside_one_path_segment() throws Exception {
    com.answer(json("get-lyrics-seed.json"));
    com.answer(json("get-lyrics-seed.json"));
    com.answer(json("task-succeeded.json"));

    com.client().lyrics().fetch(TaskId.of("sunoapi-com", "../../get-credits"));
    com.client().lyrics().fetch(TaskId.of("sunoapi-com", "a%2Fb"));
    com.client().music().fetch(TaskId.of("sunoapi-com", "x/../y"));

    assertThat(com.taken().getPath()).isEqualTo("/sunoapi-com/api/v1/suno/get-lyrics/..%2F..%2Fget-credits");
    assertThat(com.taken().getPath()).isEqualTo("/sunoapi-com/api/v1/suno/get-lyrics/a%252Fb");
    assertThat(com.taken().getPath()).isEqualTo("/sunoapi-com/api/v1/suno/task/x%2F..%2Fy");
  }

  @Test
  void refuses_dot_segments_as_task_ids_without_sending() {
    assertRefused(() -> com.client().lyrics().fetch(TaskId.of("sunoapi-com", "..")), "taskId");
    assertRefused(() -> com.client().music().fetch(TaskId.of("sunoapi-com", ".")), "taskId");
    assertThat(com.requestCount()).isZero();
  }

  @Test
  void refuses_a_lyrics_prompt_of_200_characters_saying_less_than() throws Exception {
    assertThatThrownBy(() -> com.client().lyrics().submit("a".repeat(200)))
        .isInstanceOfSatisfying(PromptTooLongException.class, e -> {
          assertThat(e.field()).contains("prompt");
          assertThat(e.limit()).hasValue(199);
          assertThat(e.getMessage()).contains("less than 200");
        });
    assertThat(com.requestCount()).isZero();

    com.answer(json("make-lyrics-created.json"));
    com.client().lyrics().submit("a".repeat(199));
    assertThat(com.requestCount()).isEqualTo(1);
  }

  @Test
  void refuses_texts_at_the_documented_create_limits_without_sending() {
    var music = com.client().music();
    assertTooLong(() -> music.submit(MusicRequest.custom("t", "pop", "l".repeat(3000)).build()), "prompt");
    assertTooLong(() -> music.submit(MusicRequest.custom("t".repeat(80), "pop", "l").build()), "title");
    assertTooLong(() -> music.submit(MusicRequest.custom("t", "s".repeat(200), "l").build()), "style");
    assertTooLong(() -> music.submit(MusicRequest.describe("d".repeat(200)).build()), "prompt");
    assertTooLong(() -> music.extend(ExtendRequest.overriding(TrackId.of("sunoapi-com", "c"), Duration.ofSeconds(5), "l".repeat(3000),
        "pop", "t", SunoModel.V4)), "prompt");
    assertThat(com.requestCount()).isZero();
  }

  @Test
  void refuses_what_sunoapi_com_cannot_do_naming_the_field_without_sending() {
    var music = com.client().music();
    URI hook = URI.create("https://h.example/");
    assertRefused(() -> com.client().lyrics().submit(LyricsRequest.of("x").withCallbackUrl(hook)), "callbackUrl");
    assertRefused(() -> music.submit(MusicRequest.describe("x").model(SunoModel.V5).build()), "model");
    assertRefused(() -> music.submit(MusicRequest.describe("x").audioWeight(0.5).build()), "audioWeight");
    assertRefused(() -> music.submit(MusicRequest.custom("t", "pop", "la").lyrics("l").build()), "lyrics");
    assertRefused(() -> music.submit(MusicRequest.describe("x").variety(1).build()), "variety");
    assertRefused(() -> music.submit(MusicRequest.describe("x").duration(Duration.ofSeconds(60)).build()), "duration");
    assertRefused(() -> music.extend(ExtendRequest.keepingSource(TrackId.of("sunoapi-com", "c"), SunoModel.V4)
        .withTuning(Tuning.none().withNegativeTags("metal"))), "tuning");
    assertRefused(() -> music.submit(MusicRequest.customInstrumental("t", "pop").build()), "prompt");
    assertRefused(() -> music.extend(new ExtendRequest(TrackId.of("sunoapi-com", "c"), Optional.empty(), true, Optional.empty(),
        Optional.empty(), Optional.empty(), false, Optional.empty(), Tuning.none(), Optional.empty())), "model");
    assertRefused(() -> music.extend(ExtendRequest.overriding(TrackId.of("sunoapi-com", "c"), Duration.ofMillis(60_500), "l", "pop",
        "t", SunoModel.V4)), "continueAt");
    assertRefused(() -> com.client().lyrics().fetch(TaskId.of("kie", "abc")), "taskId");
    assertThat(com.requestCount()).isZero();
  }

  @Test
  void lists_the_offered_models_when_refusing_one() {
    assertThatThrownBy(() -> com.client().music().submit(MusicRequest.describe("x").model(SunoModel.V5_5).build()))
        .hasMessageContaining("chirp-v3-5").hasMessageContaining("chirp-v4").hasMessageContaining("chirp-v4-5");
  }

  @Test
  void refuses_timestamped_lyrics_as_unsupported_without_sending() {
    assertThatThrownBy(() -> com.client().music().timestampedLyrics(TaskId.of("sunoapi-com", "t"), TrackId.of("sunoapi-com", "c")))
        .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("TIMESTAMPED_LYRICS");
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
