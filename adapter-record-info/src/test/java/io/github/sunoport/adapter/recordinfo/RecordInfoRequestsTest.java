package io.github.sunoport.adapter.recordinfo;

import io.github.sunoport.core.model.Capability;
import static io.github.sunoport.adapter.recordinfo.ProviderHarness.jsonBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.sunoport.core.model.ExtendRequest;
import io.github.sunoport.core.model.LyricsRequest;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.SunoModel;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.model.VocalGender;
import java.net.URI;
import java.time.Duration;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the client puts on the wire for each operation, read back from the server. */
class RecordInfoRequestsTest {
  private static final String JSON_UTF8 = "application/json; charset=UTF-8";
  private static final String CALLBACK = ProviderHarness.DEFAULT_CALLBACK.toString();

  private ProviderHarness harness;
  private RecordInfoClient client;

  @BeforeEach
  void open() {
    harness = new ProviderHarness("kie");
    client = RecordInfoClient.open(new TestDialect(), harness.settings().build());
  }

  @AfterEach
  void close() {
    client.close();
    harness.close();
  }

  private static void assertPost(RecordedRequest request, String path) {
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo(path);
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer test-key");
    assertThat(request.getHeader("Content-Type")).isEqualTo(JSON_UTF8);
  }

  @Test
  void lyrics_submit_posts_prompt_and_default_callback() {
    // given
    harness.answerTaskCreated("5c79****be8e");

    // when
    TaskId id = client.lyrics().submit("A song about peaceful night in the city");

    // then
    assertThat(id).isEqualTo(new TaskId(TestDialect.ID, "5c79****be8e"));
    RecordedRequest request = harness.take();
    assertPost(request, "/kie/api/v1/lyrics");
    assertThat(jsonBody(request)).containsExactly(
        entry("prompt", "A song about peaceful night in the city"), entry("callBackUrl", CALLBACK));
  }

  @Test
  void lyrics_submit_prefers_the_requests_own_callback() {
    // given
    harness.answerTaskCreated("t1");

    // when
    client.lyrics().submit(LyricsRequest.of("rain").withCallbackUrl(URI.create("https://other.example/hook?x=1")));

    // then
    assertThat(jsonBody(harness.take())).containsEntry("callBackUrl", "https://other.example/hook?x=1");
  }

  @Test
  void unicode_prompts_arrive_intact_as_utf8() {
    // given
    String prompt = "夜晚城市 🎸🔥 مرحبا بالعالم שלום — café";
    harness.answerTaskCreated("t1");

    // when
    client.lyrics().submit(prompt);

    // then
    RecordedRequest request = harness.take();
    assertThat(jsonBody(request)).containsEntry("prompt", prompt);
    assertThat(request.getBody().clone().readByteArray())
        .containsSubsequence(prompt.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void generate_in_description_mode_sends_only_the_description_mode_fields() {
    // given
    harness.answerTaskCreated("t1");

    // when
    client.music().submit(MusicRequest.describe("A calm and relaxing piano track").model(SunoModel.V4_5_PLUS).build());

    // then
    RecordedRequest request = harness.take();
    assertPost(request, "/kie/api/v1/generate");
    assertThat(jsonBody(request)).containsOnly(
        entry("prompt", "A calm and relaxing piano track"),
        entry("customMode", false),
        entry("instrumental", false),
        entry("model", "V4_5PLUS"),
        entry("callBackUrl", CALLBACK));
  }

  @Test
  void generate_in_custom_mode_sends_every_field_set() {
    // given
    harness.answerTaskCreated("t1");
    MusicRequest request = MusicRequest.custom("Peaceful Piano", "Classical", "[Verse]\nla la")
        .model(SunoModel.V4_5_ALL)
        .vocalGender(VocalGender.FEMALE)
        .negativeTags("Heavy Metal, Upbeat Drums")
        .styleWeight(0.65)
        .weirdnessConstraint(0.3)
        .audioWeight(1.0)
        .personaId("persona_123")
        .callbackUrl(URI.create("https://app.example/music"))
        .build();

    // when
    client.music().submit(request);

    // then
    assertThat(jsonBody(harness.take())).containsOnly(
        entry("prompt", "[Verse]\nla la"),
        entry("style", "Classical"),
        entry("title", "Peaceful Piano"),
        entry("customMode", true),
        entry("instrumental", false),
        entry("model", "V4_5ALL"),
        entry("callBackUrl", "https://app.example/music"),
        entry("negativeTags", "Heavy Metal, Upbeat Drums"),
        entry("vocalGender", "f"),
        entry("styleWeight", 0.65),
        entry("weirdnessConstraint", 0.3),
        entry("audioWeight", 1.0),
        entry("personaId", "persona_123"));
  }

  @Test
  void generate_a_custom_instrumental_sends_no_prompt() {
    // given
    harness.answerTaskCreated("t1");

    // when
    client.music().submit(MusicRequest.customInstrumental("Peaceful Piano", "Classical")
        .model(SunoModel.V5).vocalGender(VocalGender.MALE).build());

    // then
    assertThat(jsonBody(harness.take())).containsOnly(
        entry("style", "Classical"),
        entry("title", "Peaceful Piano"),
        entry("customMode", true),
        entry("instrumental", true),
        entry("model", "V5"),
        entry("vocalGender", "m"),
        entry("callBackUrl", CALLBACK));
  }

  @Test
  void generate_passes_a_model_name_the_library_does_not_know_through_as_written() {
    // given
    harness.answerTaskCreated("t1");

    // when
    client.music().submit(MusicRequest.describe("x").model(SunoModel.of("V7_PREVIEW")).build());

    // then
    assertThat(jsonBody(harness.take())).containsEntry("model", "V7_PREVIEW");
  }

  @Test
  void extend_overriding_the_source_sends_default_param_flag_true_and_whole_seconds() {
    // given
    harness.answerTaskCreated("t2");

    // when
    client.music().extend(ExtendRequest.overriding(new TrackId(TestDialect.ID, "e231****8cadc7dc"), Duration.ofSeconds(60),
        "Extend with a gentle bridge", "Classical", "Peaceful Piano Extended", SunoModel.V4));

    // then
    RecordedRequest request = harness.take();
    assertPost(request, "/kie/api/v1/generate/extend");
    assertThat(request.getBody().clone().readUtf8()).contains("\"continueAt\":60").doesNotContain("E+");
    assertThat(jsonBody(request)).containsOnly(
        entry("defaultParamFlag", true),
        entry("audioId", "e231****8cadc7dc"),
        entry("prompt", "Extend with a gentle bridge"),
        entry("style", "Classical"),
        entry("title", "Peaceful Piano Extended"),
        entry("continueAt", 60.0),
        entry("model", "V4"),
        entry("callBackUrl", CALLBACK));
  }

  @Test
  void extend_sends_a_fractional_continue_at_as_a_decimal() {
    // given
    harness.answerTaskCreated("t2");

    // when
    client.music().extend(ExtendRequest.overriding(new TrackId(TestDialect.ID, "e231"), Duration.ofMillis(60_500), "p", "s", "t", SunoModel.V5));

    // then
    String body = harness.take().getBody().readUtf8();
    assertThat(body).contains("\"continueAt\":60.5");
  }

  @Test
  void extend_keeping_the_source_sends_default_param_flag_false_and_no_overrides() {
    // given
    harness.answerTaskCreated("t2");

    // when
    client.music().extend(ExtendRequest.keepingSource(new TrackId(TestDialect.ID, "e231****8cadc7dc"), SunoModel.V4_5_PLUS));

    // then
    assertThat(jsonBody(harness.take())).containsOnly(
        entry("defaultParamFlag", false),
        entry("audioId", "e231****8cadc7dc"),
        entry("model", "V4_5PLUS"),
        entry("callBackUrl", CALLBACK));
  }

  @Test
  void lyrics_record_is_a_get_with_the_task_id_as_query() {
    // given
    harness.answer(ProviderHarness.resource("record-info/lyrics-lyricsData.json"));

    // when
    client.lyrics().fetch(new TaskId(TestDialect.ID, "11dc****8b0f"));

    // then
    RecordedRequest request = harness.take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/kie/api/v1/lyrics/record-info");
    assertThat(request.getRequestUrl().queryParameter("taskId")).isEqualTo("11dc****8b0f");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer test-key");
    assertThat(request.getBodySize()).isZero();
  }

  @Test
  void music_record_is_a_get_with_the_task_id_as_query() {
    // given
    harness.answer(ProviderHarness.resource("record-info/music-failed.json"));

    // when
    client.music().fetch(new TaskId(TestDialect.ID, "5c79****be8e"));

    // then
    RecordedRequest request = harness.take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getPath()).isEqualTo("/kie/api/v1/generate/record-info?taskId=5c79****be8e");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a/b", "..", "%2F", "../credit", "a?taskId=evil&x=1", "id#fragment", "ü&é", "a+b", "/"})
  void a_task_id_always_stays_inside_the_task_id_query_parameter(String value) {
    // given
    harness.answer(ProviderHarness.resource("record-info/music-failed.json"));

    // when
    client.music().fetch(new TaskId(TestDialect.ID, value));

    // then
    RecordedRequest request = harness.take();
    assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/kie/api/v1/generate/record-info");
    assertThat(request.getRequestUrl().queryParameterNames()).containsExactly("taskId");
    assertThat(request.getRequestUrl().queryParameter("taskId")).isEqualTo(value);
  }

  @Test
  void timestamped_lyrics_posts_task_and_audio_ids() {
    // given
    harness.answer(ProviderHarness.resource("record-info/timestamped.json"));

    // when
    client.music().timestampedLyrics(new TaskId(TestDialect.ID, "5c79****be8e"), new TrackId(TestDialect.ID, "e231****8cadc7dc"));

    // then
    RecordedRequest request = harness.take();
    assertPost(request, "/kie/api/v1/generate/get-timestamped-lyrics");
    assertThat(jsonBody(request)).containsExactly(entry("taskId", "5c79****be8e"), entry("audioId", "e231****8cadc7dc"));
  }

  @Test
  void credits_are_read_from_the_dialects_path() {
    // given
    harness.answer("{\"code\":200,\"msg\":\"success\",\"data\":100}");

    // when
    client.account().credits();

    // then
    RecordedRequest request = harness.take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getPath()).isEqualTo("/kie/api/v1/family/credit");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer test-key");
  }

  @Test
  void capabilities_and_to_string_describe_the_client_without_the_key() {
    assertThat(client.provider()).isEqualTo(TestDialect.ID);
    assertThat(client.capabilities()).containsExactlyInAnyOrder(Capability.LYRICS, Capability.MUSIC,
        Capability.EXTEND, Capability.TIMESTAMPED_LYRICS, Capability.CREDITS, Capability.CALLBACKS, Capability.WAV,
        Capability.STEMS, Capability.MIDI, Capability.VIDEO, Capability.COVER_IMAGE, Capability.PERSONA,
        Capability.STYLE_BOOST);
    assertThat(client.toString()).contains("family").doesNotContain("test-key");
  }
}
