package io.github.sunoport.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The market dialect of the kie.ai profile: createTask and recordInfo beside the legacy tree. */
class MarketRoutesTest {
  private static final String CREATE = "api/v1/jobs/createTask";
  private static final String RECORD = "api/v1/jobs/recordInfo?taskId=";
  private final MutableClock clock = new MutableClock(Instant.parse("2026-10-05T00:00:00Z"));
  private final MockServer server =
      MockServer.builder().timeline(Duration.ofSeconds(6)).clock(clock).build().start();
  private final Http http = new Http(server);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void music_moves_through_the_market_states_and_ends_with_songs_in_result_json() {
    String id = created(http.post("kie", CREATE, Http.fixture("market-generate.json")));

    List<String> states = new ArrayList<>();
    JsonNode last = null;
    for (int second = 0; second <= 6; second += 2) {
      last = record(id);
      states.add(last.get("state").asString());
      if (second < 6) {
        assertThat(last.get("resultJson").asString()).isEmpty();
        assertThat(last.get("completeTime").isNull()).isTrue();
      }
      clock.advance(Duration.ofSeconds(2));
    }

    assertThat(states).containsExactly("waiting", "queuing", "generating", "success");
    assertThat(last.get("model").asString()).isEqualTo("ai-music-api/generate");
    assertThat(last.get("createTime").asLong()).isEqualTo(Instant.parse("2026-10-05T00:00:00Z").toEpochMilli());
    assertThat(last.get("completeTime").asLong()).isEqualTo(Instant.parse("2026-10-05T00:00:06Z").toEpochMilli());
    JsonNode param = Schemas.tree(last.get("param").asString());
    assertThat(param.get("input").get("model").asString()).isEqualTo("V6_MINI");
    JsonNode songs = Schemas.tree(last.get("resultJson").asString()).get("data");
    assertThat(songs).hasSize(2);
    assertThat(songs.get(0).get("audio_url").asString()).endsWith(".mp3");
    assertThat(songs.get(0).get("model_name").asString()).isEqualTo("chirp-v6-mini");
  }

  @Test
  void lyrics_end_with_variants_under_result_object() {
    String id = created(http.post("kie", CREATE,
        "{\"model\":\"ai-music-api/generate-lyrics\",\"input\":{\"prompt\":\"a lighthouse\"}}"));
    clock.advance(Duration.ofSeconds(6));

    JsonNode done = record(id);

    assertThat(done.get("state").asString()).isEqualTo("success");
    JsonNode variants = Schemas.tree(done.get("resultJson").asString()).get("resultObject").get("lyricsData");
    assertThat(variants).hasSize(2);
    assertThat(variants.get(0).get("status").asString()).isEqualTo("complete");
  }

  @Test
  void a_failing_task_ends_in_fail_with_its_code_and_message() {
    server.admin().nextTaskFate("kie", "GENERATE_AUDIO_FAILED");
    String id = created(http.post("kie", CREATE, Http.fixture("market-generate.json")));
    assertThat(record(id).get("state").asString()).isEqualTo("waiting");
    clock.advance(Duration.ofSeconds(6));

    JsonNode failed = record(id);

    assertThat(failed.get("state").asString()).isEqualTo("fail");
    assertThat(failed.get("failCode").asString()).isEqualTo("501");
    assertThat(failed.get("failMsg").asString()).isEqualTo("Audio generation failed");
    assertThat(failed.get("resultJson").asString()).isEmpty();
  }

  @Test
  void a_suno_version_as_the_outer_model_is_a_422_in_the_market_envelope() {
    HttpResponse<String> response = http.post("kie", CREATE,
        "{\"model\":\"V6\",\"input\":{\"custom_mode\":false,\"instrumental\":true,\"prompt\":\"x\"}}");

    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode body = Schemas.tree(response.body());
    assertThat(body.get("code").asInt()).isEqualTo(422);
    assertThat(body.has("msg")).isFalse();
    assertThat(body.get("message").asString()).contains("goes in input.model");
  }

  @Test
  void an_operation_id_as_input_model_and_snake_case_fields_are_checked() {
    HttpResponse<String> wrongInner = http.post("kie", CREATE, "{\"model\":\"ai-music-api/generate\",\"input\":"
        + "{\"custom_mode\":false,\"instrumental\":true,\"prompt\":\"x\",\"model\":\"ai-music-api/generate\"}}");
    HttpResponse<String> camelCase = http.post("kie", CREATE, "{\"model\":\"ai-music-api/generate\",\"input\":"
        + "{\"customMode\":false,\"instrumental\":true,\"prompt\":\"x\",\"model\":\"V6\"}}");
    HttpResponse<String> noInput = http.post("kie", CREATE, "{\"model\":\"ai-music-api/generate\"}");

    assertThat(Schemas.tree(wrongInner.body()).get("message").asString()).contains("input.model must be one of");
    assertThat(Schemas.tree(camelCase.body()).get("message").asString()).contains("custom_mode is required");
    assertThat(Schemas.tree(noInput.body()).get("message").asString()).contains("input is required");
    assertThat(List.of(wrongInner.statusCode(), camelCase.statusCode(), noInput.statusCode()))
        .containsOnly(422);
  }

  @Test
  void the_routes_keep_their_tasks_apart() {
    String market = created(http.post("kie", CREATE, Http.fixture("market-generate.json")));
    HttpResponse<String> legacyCreate = http.post("kie", "api/v1/generate", Http.fixture("kie-generate.json"));
    String legacy = Schemas.tree(legacyCreate.body()).get("data").get("taskId").asString();

    HttpResponse<String> marketOnLegacy = http.get("kie", "api/v1/generate/record-info?taskId=" + market);
    HttpResponse<String> legacyOnMarket = http.get("kie", RECORD + legacy);

    assertThat(Schemas.tree(marketOnLegacy.body()).get("code").asInt()).isEqualTo(404);
    assertThat(Schemas.tree(marketOnLegacy.body()).has("msg")).isTrue();
    assertThat(legacyOnMarket.statusCode()).isEqualTo(404);
    assertThat(Schemas.tree(legacyOnMarket.body()).get("message").asString()).isEqualTo("Task not found");
  }

  @Test
  void timestamped_lyrics_answer_at_once_for_a_finished_market_track() {
    String id = created(http.post("kie", CREATE, Http.fixture("market-generate.json")));
    String body = "{\"model\":\"ai-music-api/timeStamped-lyrics\",\"input\":{\"task_id\":\"" + id
        + "\",\"audio_id\":\"%s\"}}";
    HttpResponse<String> early = http.post("kie", CREATE, body.formatted("none"));
    String track = firstTrackOnceDone(id);

    HttpResponse<String> words = http.post("kie", CREATE, body.formatted(track));

    assertThat(early.statusCode()).isEqualTo(404);
    assertThat(words.statusCode()).isEqualTo(200);
    Schemas.assertValid("family-timestamped-lyrics.schema.json", words.body());
  }

  @Test
  void music_from_audio_moves_through_the_market_states_to_songs_without_a_callback_url() {
    String id = created(http.post("kie", CREATE, "{\"model\":\"ai-music-api/upload-and-cover-audio\",\"input\":"
        + "{\"upload_url\":\"https://files.example.com/a.mp3\",\"custom_mode\":true,\"instrumental\":true,"
        + "\"model\":\"V6\",\"style\":\"jazz\",\"title\":\"Cover\",\"variety\":3,\"duration\":90}}"));
    List<String> states = new ArrayList<>();
    JsonNode last = null;
    for (int second = 0; second <= 6; second += 2) {
      last = record(id);
      states.add(last.get("state").asString());
      clock.advance(Duration.ofSeconds(2));
    }

    assertThat(states).containsExactly("waiting", "queuing", "generating", "success");
    assertThat(last.get("model").asString()).isEqualTo("ai-music-api/upload-and-cover-audio");
    JsonNode songs = Schemas.tree(last.get("resultJson").asString()).get("data");
    assertThat(songs).hasSize(2);
    assertThat(songs.get(0).get("model_name").asString()).isEqualTo("chirp-v6");
    assertThat(songs.get(0).get("tags").asString()).isEqualTo("jazz");
  }

  @Test
  void music_from_audio_inputs_are_checked_by_the_legacy_rules_under_snake_case_names() {
    HttpResponse<String> mashupWithoutStyle = http.post("kie", CREATE, "{\"model\":\"ai-music-api/mashup\","
        + "\"input\":{\"upload_url_list\":[\"https://a.example/1.mp3\",\"https://a.example/2.mp3\"],"
        + "\"model\":\"V6\",\"title\":\"t\"}}");
    HttpResponse<String> soundsOnV4 = http.post("kie", CREATE,
        "{\"model\":\"ai-music-api/sounds\",\"input\":{\"prompt\":\"rain\",\"model\":\"V4\"}}");
    HttpResponse<String> varietyOutOfRange = http.post("kie", CREATE, "{\"model\":\"ai-music-api/add-vocals\","
        + "\"input\":{\"upload_url\":\"https://a.example/1.mp3\",\"title\":\"t\",\"style\":\"s\","
        + "\"negative_tags\":\"n\",\"model\":\"V6\",\"variety\":5}}");
    HttpResponse<String> missingUpload = http.post("kie", CREATE, "{\"model\":\"ai-music-api/add-instrumental\","
        + "\"input\":{\"upload_url\":\"" + server.baseUrl("kie") + "files/gone.mp3\",\"title\":\"t\","
        + "\"tags\":\"s\",\"negative_tags\":\"n\"}}");

    assertThat(Schemas.tree(mashupWithoutStyle.body()).get("message").asString()).contains("style is required");
    assertThat(Schemas.tree(soundsOnV4.body()).get("message").asString()).contains("model must be one of");
    assertThat(Schemas.tree(varietyOutOfRange.body()).get("message").asString()).contains("variety");
    assertThat(List.of(mashupWithoutStyle.statusCode(), soundsOnV4.statusCode(), varietyOutOfRange.statusCode()))
        .containsOnly(422);
    assertThat(Schemas.tree(missingUpload.body()).get("code").asInt()).isEqualTo(451);
    assertThat(Schemas.tree(missingUpload.body()).has("message")).isTrue();
  }

  @Test
  void the_v6_fields_of_generate_are_checked_per_model_and_mode() {
    String generate = "{\"model\":\"ai-music-api/generate\",\"input\":{\"custom_mode\":%s,\"instrumental\":true,"
        + "\"model\":\"%s\",\"style\":\"s\",\"title\":\"t\",\"prompt\":\"p\",%s}}";
    HttpResponse<String> accepted = http.post("kie", CREATE,
        generate.formatted(true, "V6", "\"variety\":4,\"duration\":360,\"lyrics\":\"[Verse]\""));
    HttpResponse<String> durationOnV5 = http.post("kie", CREATE, generate.formatted(true, "V5", "\"duration\":30"));
    HttpResponse<String> durationDescribed = http.post("kie", CREATE,
        generate.formatted(false, "V6", "\"duration\":30"));
    HttpResponse<String> varietyTooHigh = http.post("kie", CREATE, generate.formatted(true, "V6", "\"variety\":5"));
    HttpResponse<String> voiceOnV4 = http.post("kie", CREATE,
        generate.formatted(true, "V4", "\"persona_id\":\"p\",\"persona_model\":\"voice_persona\""));

    created(accepted);
    assertThat(Schemas.tree(durationOnV5.body()).get("message").asString()).contains("duration is only available");
    assertThat(Schemas.tree(durationDescribed.body()).get("message").asString()).contains("custom mode");
    assertThat(Schemas.tree(varietyTooHigh.body()).get("message").asString()).contains("variety must be");
    assertThat(Schemas.tree(voiceOnV4.body()).get("message").asString()).contains("voice_persona");
  }

  @Test
  void derived_models_check_their_source_and_end_with_their_designed_result_json() {
    String music = created(http.post("kie", CREATE, Http.fixture("market-generate.json")));
    String early = "{\"model\":\"ai-music-api/convert-to-wav-format\",\"input\":{\"task_id\":\"" + music
        + "\",\"audio_id\":\"%s\"}}";
    HttpResponse<String> unfinished = http.post("kie", CREATE, early.formatted("x"));
    String track = firstTrackOnceDone(music);
    HttpResponse<String> unknownTrack = http.post("kie", CREATE, early.formatted("not-a-track"));

    String wav = created(http.post("kie", CREATE, early.formatted(track)));
    String stems = created(http.post("kie", CREATE, "{\"model\":\"ai-music-api/separate-vocals\",\"input\":"
        + "{\"task_id\":\"" + music + "\",\"audio_id\":\"" + track + "\",\"type\":\"split_stem\"}}"));
    assertThat(record(wav).get("state").asString()).isEqualTo("waiting");
    clock.advance(Duration.ofSeconds(6));
    JsonNode wavDone = record(wav);
    JsonNode stemsDone = Schemas.tree(record(stems).get("resultJson").asString());
    String midi = created(http.post("kie", CREATE, "{\"model\":\"ai-music-api/generate-midi-from-audio\","
        + "\"input\":{\"task_id\":\"" + stems + "\"}}"));
    clock.advance(Duration.ofSeconds(6));

    assertThat(unknownTrack.statusCode()).isEqualTo(404);
    assertThat(Schemas.tree(unfinished.body()).get("message").asString()).isNotBlank();
    assertThat(wavDone.get("model").asString()).isEqualTo("ai-music-api/convert-to-wav-format");
    assertThat(Schemas.tree(wavDone.get("resultJson").asString()).get("resultUrls").get(0).asString())
        .endsWith(".wav");
    assertThat(stemsDone.get("originData")).hasSize(12);
    assertThat(stemsDone.get("woodwindsUrl").asString()).startsWith("https://");
    assertThat(Schemas.tree(record(midi).get("resultJson").asString()).get("instruments")).isNotEmpty();
  }

  @Test
  void persona_and_style_boost_answer_in_the_create_call() {
    String music = created(http.post("kie", CREATE, Http.fixture("market-generate.json")));
    String track = firstTrackOnceDone(music);
    String persona = "{\"model\":\"ai-music-api/generate-persona\",\"input\":{\"task_id\":\"" + music
        + "\",\"audio_id\":\"" + track + "\",\"name\":\"Singer\",\"description\":\"Pop\"}}";

    HttpResponse<String> first = http.post("kie", CREATE, persona);
    HttpResponse<String> again = http.post("kie", CREATE, persona);
    HttpResponse<String> style = http.post("kie", CREATE,
        "{\"model\":\"ai-music-api/boost-music-style\",\"input\":{\"content\":\"Pop\"}}");

    Schemas.assertValid("family-persona.schema.json", first.body());
    assertThat(Schemas.tree(again.body()).get("code").asInt()).isEqualTo(409);
    assertThat(Schemas.tree(style.body()).get("data").get("result").asString()).startsWith("Pop");
  }

  @Test
  void forced_faults_on_market_routes_use_the_market_envelope() {
    server.admin().failNext("kie", "market-record-info", 1, "maintenance");

    HttpResponse<String> response = http.get("kie", RECORD + "anything");

    assertThat(response.statusCode()).isEqualTo(455);
    assertThat(Schemas.tree(response.body()).get("code").asInt()).isEqualTo(455);
    assertThat(Schemas.tree(response.body()).has("message")).isTrue();
  }

  /** Lets the music task {@code id} finish and returns its first track's id. */
  private String firstTrackOnceDone(String id) {
    clock.advance(Duration.ofSeconds(6));
    return Schemas.tree(record(id).get("resultJson").asString()).get("data").get(0).get("id").asString();
  }

  private JsonNode record(String id) {
    HttpResponse<String> response = http.get("kie", RECORD + id);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Schemas.assertValid("market-record-info.schema.json", response.body());
    return Schemas.tree(response.body()).get("data");
  }

  private static String created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Schemas.assertValid("market-task-created.schema.json", response.body());
    return Schemas.tree(response.body()).get("data").get("taskId").asString();
  }
}
