package io.github.sunoport.adapter.recordinfo;

import static io.github.sunoport.adapter.recordinfo.ProviderHarness.jsonBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.sunoport.core.error.InvalidRequestException;
import io.github.sunoport.core.error.PromptTooLongException;
import io.github.sunoport.core.model.ExtendRequest;
import io.github.sunoport.core.model.LyricsRequest;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.SunoModel;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TrackId;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exact Market bodies: outer model = operation id, snake_case input, Suno version in input.model. */
class MarketRequestsTest {
  private static final String CREATE = "/kie/api/v1/jobs/createTask";
  private static final String CALLBACK = ProviderHarness.DEFAULT_CALLBACK.toString();

  private ProviderHarness harness;
  private MarketClient client;

  @BeforeEach
  void open() {
    harness = new ProviderHarness("kie");
    client = MarketClient.open(new TestMarketDialect(), harness.settings().build(),
        io.github.sunoport.core.await.Sleeper.system());
  }

  @AfterEach
  void close() {
    client.close();
    harness.close();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> input(Map<String, Object> body) {
    return (Map<String, Object>) body.get("input");
  }

  private static Map<String, Object> posted(RecordedRequest request) {
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo(CREATE);
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer test-key");
    return jsonBody(request);
  }

  @Test
  void generate_sends_the_operation_id_outside_and_the_suno_version_inside() {
    harness.answerTaskCreated("task_suno_1");

    TaskId id = client.music().submit(MusicRequest.describe("a calm piano piece").instrumental(true).build());

    assertThat(id).isEqualTo(new TaskId(TestMarketDialect.ID, "task_suno_1"));
    Map<String, Object> body = posted(harness.take());
    assertThat(body.keySet()).containsExactly("model", "callBackUrl", "input");
    assertThat(body).containsEntry("model", "ai-music-api/generate").containsEntry("callBackUrl", CALLBACK);
    assertThat(input(body)).containsExactly(entry("prompt", "a calm piano piece"), entry("custom_mode", false),
        entry("instrumental", true), entry("model", "V4_5"));
  }

  @Test
  void custom_generate_writes_every_field_in_snake_case() {
    harness.answerTaskCreated("t");

    client.music().submit(MusicRequest.custom("Rain", "lofi", "[Verse] drops").model(SunoModel.V4_5_PLUS)
        .negativeTags("metal").styleWeight(0.5).weirdnessConstraint(0.25).audioWeight(0.75).build());

    Map<String, Object> input = input(posted(harness.take()));
    assertThat(input).containsEntry("custom_mode", true).containsEntry("model", "V4_5PLUS")
        .containsEntry("negative_tags", "metal").containsEntry("style_weight", 0.5)
        .containsEntry("weirdness_constraint", 0.25).containsEntry("audio_weight", 0.75)
        .containsEntry("title", "Rain").containsEntry("style", "lofi").containsEntry("prompt", "[Verse] drops");
    assertThat(input.keySet()).allSatisfy(key -> assertThat(key).doesNotContainPattern("[A-Z]"));
  }

  @Test
  void a_v6_model_goes_in_input_model_as_written() {
    harness.answerTaskCreated("t");

    client.music().submit(MusicRequest.describe("song").model(SunoModel.of("v6-mini")).build());

    Map<String, Object> body = posted(harness.take());
    assertThat(body).containsEntry("model", "ai-music-api/generate");
    assertThat(input(body)).containsEntry("model", "V6_MINI");
  }

  @Test
  void extend_names_the_parent_as_audio_id_with_the_legacy_meaning_of_its_flags() {
    harness.answerTaskCreated("t");
    TrackId parent = new TrackId(TestMarketDialect.ID, "track-1");

    client.music().extend(ExtendRequest.overriding(parent, Duration.ofMillis(61_500), "[Verse] more", "rock",
        "Again", SunoModel.V5));

    Map<String, Object> body = posted(harness.take());
    assertThat(body).containsEntry("model", "ai-music-api/extend");
    assertThat(input(body)).containsOnly(entry("audio_id", "track-1"), entry("default_param_flag", true),
        entry("prompt", "[Verse] more"), entry("style", "rock"), entry("title", "Again"),
        entry("continue_at", 61.5), entry("model", "V5"));
  }

  @Test
  void lyrics_without_any_callback_url_send_none() {
    client.close();
    client = MarketClient.open(new TestMarketDialect(), harness.settings().defaultCallbackUrl(null).build(),
        io.github.sunoport.core.await.Sleeper.system());
    harness.answerTaskCreated("t");

    client.lyrics().submit("a lighthouse");

    Map<String, Object> body = posted(harness.take());
    assertThat(body).containsExactly(entry("model", "ai-music-api/generate-lyrics"),
        entry("input", Map.of("prompt", "a lighthouse")));
  }

  @Test
  void the_requests_own_callback_wins() {
    harness.answerTaskCreated("t");

    client.lyrics().submit(LyricsRequest.of("rain").withCallbackUrl(URI.create("https://other.example/hook")));

    assertThat(posted(harness.take())).containsEntry("callBackUrl", "https://other.example/hook");
  }

  @Test
  void timestamped_lyrics_post_task_and_audio_ids_and_read_the_words_from_the_answer() {
    harness.answer("{\"code\":200,\"msg\":\"success\",\"data\":{\"alignedWords\":[{\"word\":\"[Verse]\\nRain\","
        + "\"success\":true,\"startS\":1.5,\"endS\":2.25}],\"isStreamed\":false}}");

    var words = client.music().timestampedLyrics(new TaskId(TestMarketDialect.ID, "task-1"),
        new TrackId(TestMarketDialect.ID, "track-1")).words();

    Map<String, Object> body = posted(harness.take());
    assertThat(body).containsEntry("model", "ai-music-api/timeStamped-lyrics");
    assertThat(input(body)).containsExactly(entry("task_id", "task-1"), entry("audio_id", "track-1"));
    assertThat(words).hasSize(1);
    assertThat(words.get(0).start()).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void extend_sends_its_tuning_in_snake_case_and_refuses_what_extend_has_no_field_for() {
    harness.answerTaskCreated("t");
    TrackId parent = new TrackId(TestMarketDialect.ID, "t1");

    client.music().extend(ExtendRequest.keepingSource(parent, SunoModel.V5)
        .withTuning(io.github.sunoport.core.model.Tuning.none().withNegativeTags("metal").withWeights(0.5, 0.25, 0.75)));

    assertThat(input(posted(harness.take()))).containsOnly(entry("audio_id", "t1"),
        entry("default_param_flag", false), entry("model", "V5"), entry("negative_tags", "metal"),
        entry("style_weight", 0.5), entry("weirdness_constraint", 0.25), entry("audio_weight", 0.75));
    assertThatThrownBy(() -> client.music().extend(ExtendRequest.keepingSource(parent, SunoModel.V5)
        .withTuning(io.github.sunoport.core.model.Tuning.none().withVariety(2))))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).contains("variety"));
    assertThat(harness.requestCount()).isEqualTo(1);
  }

  @Test
  void a_dialect_without_sixth_generation_facts_refuses_the_v6_fields_before_sending() {
    assertThatThrownBy(() -> client.music().submit(MusicRequest.describe("x").model(SunoModel.V6).variety(2)
        .build())).isInstanceOfSatisfying(InvalidRequestException.class,
            e -> assertThat(e.field()).contains("variety"));
    assertThat(harness.requestCount()).isZero();
  }

  @Test
  void a_model_the_market_does_not_offer_and_a_long_title_are_refused_before_sending() {
    assertThatThrownBy(() -> client.music().submit(MusicRequest.describe("x").model(SunoModel.V3_5).build()))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).contains("model"))
        .hasMessageContaining("V6_MINI");
    assertThatThrownBy(() -> client.music().submit(
        MusicRequest.custom("t".repeat(81), "pop", "la").model(SunoModel.of("V6")).build()))
        .isInstanceOfSatisfying(PromptTooLongException.class, e -> assertThat(e.field()).contains("title"));
    assertThat(harness.requestCount()).isZero();
  }
}
