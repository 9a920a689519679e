package io.github.sunoport.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.mock.Receiver.Received;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The derived routes end to end on the mock: they refer to tracks the mock made, refuse unknown ones as the
 * provider would, answer repeats as documented, walk each status vocabulary and call back once in each shape.
 */
class DerivedRoutesTest {
  private static final String KEY = "derived-webhook-key";

  private final Receiver receiver = Receiver.answering(200);
  private final MockServer server = MockServer.builder().timeline(Duration.ZERO).webhookKey(KEY).build().start();
  private final Http http = new Http(server);

  @AfterEach
  void stop() {
    server.close();
    receiver.close();
  }

  private static JsonNode json(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(200);
    return Schemas.tree(response.body());
  }

  /** A finished music task of {@code provider}: its id and its first track's id. */
  private String[] music(String provider) {
    String body = "{\"prompt\":\"rain\",\"customMode\":false,\"instrumental\":false,\"model\":\"V4_5\","
        + "\"callBackUrl\":\"" + receiver.url() + "\"}";
    String task = json(http.post(provider, "api/v1/generate", body)).get("data").get("taskId").asString();
    JsonNode record = json(http.get(provider, "api/v1/generate/record-info?taskId=" + task));
    receiver.drain(Duration.ofMillis(200));
    return new String[] {task, record.get("data").get("response").get("sunoData").get(0).get("id").asString()};
  }

  private String create(String provider, String path, String body) {
    JsonNode created = json(http.post(provider, path, body));
    assertThat(created.get("code").asInt()).as(created.toString()).isEqualTo(200);
    return created.get("data").get("taskId").asString();
  }

  private String track(String[] music, String extra) {
    return "{\"taskId\":\"" + music[0] + "\",\"audioId\":\"" + music[1] + "\",\"callBackUrl\":\"" + receiver.url()
        + "\"" + extra + "}";
  }

  @Test
  void wav_of_a_created_track_succeeds_calls_back_signed_and_a_second_one_is_409() {
    String[] music = music("kie");

    String wav = create("kie", "api/v1/wav/generate", track(music, ""));
    JsonNode record = json(http.get("kie", "api/v1/wav/record-info?taskId=" + wav)).get("data");
    Received callback = receiver.next();
    JsonNode repeat = json(http.post("kie", "api/v1/wav/generate", track(music, "")));

    assertThat(record.get("successFlag").asString()).isEqualTo("SUCCESS");
    assertThat(record.get("musicId").asString()).isEqualTo(music[1]);
    assertThat(record.get("response").get("audioWavUrl").asString()).startsWith("https://").endsWith(".wav");
    Schemas.assertValid("family-derived-record-info.schema.json", http.get("kie",
        "api/v1/wav/record-info?taskId=" + wav).body());
    JsonNode body = Schemas.tree(callback.body());
    assertThat(body.get("data").get("task_id").asString()).isEqualTo(wav);
    assertThat(body.get("data").get("audioWavUrl").asString()).endsWith(".wav");
    assertThat(callback.headers().keySet()).anySatisfy(h -> assertThat(h).isEqualToIgnoringCase(
        "X-Webhook-Signature"));
    Schemas.assertValid("family-derived-callback.schema.json", callback.body());
    assertThat(repeat.get("code").asInt()).isEqualTo(409);
    assertThat(repeat.get("msg").asString()).contains("already exists");
  }

  @ParameterizedTest
  @ValueSource(strings = {"kie", "sunoapi-org"})
  void a_derived_task_on_an_unknown_track_or_task_is_answered_like_an_unknown_task(String provider) {
    String[] music = music(provider);

    JsonNode unknownTrack = json(http.post(provider, "api/v1/mp4/generate",
        track(new String[] {music[0], "no-such-track"}, "")));
    JsonNode unknownTask = json(http.post(provider, "api/v1/vocal-removal/generate",
        track(new String[] {"no-such-task", music[1]}, "")));
    JsonNode unknownSeparation = json(http.post(provider, "api/v1/midi/generate",
        "{\"taskId\":\"" + music[0] + "\",\"callBackUrl\":\"" + receiver.url() + "\"}"));

    assertThat(unknownTrack.get("code").asInt()).isEqualTo(404);
    assertThat(unknownTask.get("code").asInt()).isEqualTo(404);
    assertThat(unknownSeparation.get("code").asInt()).as("MIDI needs a separation, not a music task")
        .isEqualTo(404);
  }

  @Test
  void twelve_stems_then_midi_of_one_stem() {
    String[] music = music("sunoapi-org");

    String stems = create("sunoapi-org", "api/v1/vocal-removal/generate", track(music, ",\"type\":\"split_stem\""));
    JsonNode response = json(http.get("sunoapi-org", "api/v1/vocal-removal/record-info?taskId=" + stems))
        .get("data").get("response");
    String stemId = response.get("originData").get(0).get("id").asString();
    String midi = create("sunoapi-org", "api/v1/midi/generate",
        "{\"taskId\":\"" + stems + "\",\"audioId\":\"" + stemId + "\",\"callBackUrl\":\"" + receiver.url() + "\"}");
    JsonNode midiRecord = json(http.get("sunoapi-org", "api/v1/midi/record-info?taskId=" + midi)).get("data");
    List<Received> callbacks = receiver.next(2);

    assertThat(response.get("originData")).hasSize(12);
    assertThat(response.get("woodwindsUrl").asString()).endsWith(".mp3");
    assertThat(response.get("instrumentalUrl").isNull()).isTrue();
    assertThat(midiRecord.get("successFlag").asInt()).isEqualTo(1);
    assertThat(midiRecord.get("midiData").get("instruments")).isNotEmpty();
    JsonNode stemsCallback = Schemas.tree(callbacks.get(0).body());
    assertThat(stemsCallback.get("data").get("vocal_removal_info").get("woodwinds_url").asString()).endsWith(".mp3");
    JsonNode midiCallback = Schemas.tree(callbacks.get(1).body());
    assertThat(midiCallback.get("task_id").asString()).as("MIDI's id is top-level").isEqualTo(midi);
    assertThat(midiCallback.get("data").get("instruments").get(0).get("notes").get(0).get("start").isString())
        .isTrue();
  }

  @Test
  void kie_names_the_stems_vocal_separation_info_and_a_separation_runs_again_when_repeated() {
    String[] music = music("kie");

    String first = create("kie", "api/v1/vocal-removal/generate", track(music, ""));
    String second = create("kie", "api/v1/vocal-removal/generate", track(music, ""));
    List<Received> callbacks = receiver.next(2);

    assertThat(second).isNotEqualTo(first);
    assertThat(Schemas.tree(callbacks.get(0).body()).get("data").get("vocal_separation_info").get("vocal_url")
        .asString()).endsWith(".mp3");
  }

  @Test
  void a_second_cover_answers_400_with_the_existing_task() {
    String[] music = music("kie");
    String body = "{\"taskId\":\"" + music[0] + "\",\"callBackUrl\":\"" + receiver.url() + "\"}";

    String cover = create("kie", "api/v1/suno/cover/generate", body);
    JsonNode repeat = json(http.post("kie", "api/v1/suno/cover/generate", body));
    JsonNode record = json(http.get("kie", "api/v1/suno/cover/record-info?taskId=" + cover)).get("data");

    assertThat(repeat.get("code").asInt()).isEqualTo(400);
    assertThat(repeat.get("data").get("taskId").asString()).isEqualTo(cover);
    assertThat(record.get("successFlag").asInt()).isEqualTo(1);
    assertThat(record.get("parentTaskId").asString()).isEqualTo(music[0]);
    assertThat(record.get("response").get("images")).hasSize(2);
  }

  @Test
  void failures_use_each_kinds_own_status_vocabulary_and_failure_callback() {
    String[] music = music("sunoapi-org");
    List<String> statuses = new ArrayList<>();

    server.admin().nextTaskFate("sunoapi-org", "failed");
    String wav = create("sunoapi-org", "api/v1/wav/generate", track(music, ""));
    statuses.add(json(http.get("sunoapi-org", "api/v1/wav/record-info?taskId=" + wav)).get("data")
        .get("successFlag").asString());
    server.admin().nextTaskFate("sunoapi-org", "failed");
    String video = create("sunoapi-org", "api/v1/mp4/generate", track(music, ""));
    statuses.add(json(http.get("sunoapi-org", "api/v1/mp4/record-info?taskId=" + video)).get("data")
        .get("successFlag").asString());
    server.admin().nextTaskFate("sunoapi-org", "failed");
    String cover = create("sunoapi-org", "api/v1/suno/cover/generate",
        "{\"taskId\":\"" + music[0] + "\",\"callBackUrl\":\"" + receiver.url() + "\"}");
    statuses.add(json(http.get("sunoapi-org", "api/v1/suno/cover/record-info?taskId=" + cover)).get("data")
        .get("successFlag").asString());
    List<Received> callbacks = receiver.next(3);

    assertThat(statuses).containsExactly("GENERATE_WAV_FAILED", "GENERATE_MP4_FAILED", "3");
    assertThat(callbacks).extracting(r -> Schemas.tree(r.body()).get("code").asInt()).containsExactly(400, 400, 501);
    assertThat(Schemas.tree(callbacks.get(0).body()).get("data").get("audioWavUrl").isNull()).isTrue();
    assertThat(callbacks.get(0).headers().keySet()).noneSatisfy(h -> assertThat(h).isEqualToIgnoringCase(
        "X-Webhook-Signature"));
  }

  @Test
  void sunoapi_org_refuses_the_one_instrument_split_kie_documents() {
    String[] music = music("sunoapi-org");
    String[] kieMusic = music("kie");

    JsonNode org = json(http.post("sunoapi-org", "api/v1/vocal-removal/generate",
        track(music, ",\"type\":\"split_stem_advanced\",\"stemName\":\"Piano\"")));
    JsonNode kieWithoutName = json(http.post("kie", "api/v1/vocal-removal/generate",
        track(kieMusic, ",\"type\":\"split_stem_advanced\"")));
    String kie = create("kie", "api/v1/vocal-removal/generate",
        track(kieMusic, ",\"type\":\"split_stem_advanced\",\"stemName\":\"Piano\""));

    assertThat(org.get("code").asInt()).isEqualTo(400);
    assertThat(kieWithoutName.get("code").asInt()).isEqualTo(422);
    assertThat(kieWithoutName.get("msg").asString()).contains("stemName");
    assertThat(kie).isNotBlank();
  }

  @Test
  void persona_once_per_track_with_a_window_of_10_to_30_seconds_and_style_boost_at_once() {
    String[] music = music("kie");
    String persona = "{\"taskId\":\"" + music[0] + "\",\"audioId\":\"" + music[1]
        + "\",\"name\":\"Singer\",\"description\":\"Pop\",\"vocalStart\":0,\"vocalEnd\":%s}";

    JsonNode tooShort = json(http.post("kie", "api/v1/generate/generate-persona", String.format(persona, "5")));
    JsonNode made = json(http.post("kie", "api/v1/generate/generate-persona", String.format(persona, "30")));
    JsonNode again = json(http.post("kie", "api/v1/generate/generate-persona", String.format(persona, "30")));
    JsonNode style = json(http.post("kie", "api/v1/style/generate", "{\"content\":\"Pop, Mysterious\"}"));

    assertThat(tooShort.get("code").asInt()).isEqualTo(422);
    assertThat(made.get("data").get("personaId").asString()).isNotBlank();
    Schemas.assertValid("family-persona.schema.json", made.toString());
    assertThat(again.get("code").asInt()).isEqualTo(409);
    assertThat(style.get("data").get("result").asString()).startsWith("Pop, Mysterious");
    assertThat(style.get("data").get("successFlag").asString()).isEqualTo("1");
  }

  @Test
  void a_derived_task_of_an_unfinished_music_task_is_refused() {
    MockServer slow = MockServer.builder().timeline(Duration.ofHours(1)).build().start();
    try {
      Http slowHttp = new Http(slow);
      String body = "{\"prompt\":\"rain\",\"customMode\":false,\"instrumental\":false,\"model\":\"V4_5\","
          + "\"callBackUrl\":\"" + receiver.url() + "\"}";
      String task = json(slowHttp.post("kie", "api/v1/generate", body)).get("data").get("taskId").asString();

      JsonNode refused = json(slowHttp.post("kie", "api/v1/suno/cover/generate",
          "{\"taskId\":\"" + task + "\",\"callBackUrl\":\"" + receiver.url() + "\"}"));

      assertThat(refused.get("code").asInt()).isEqualTo(422);
      assertThat(refused.get("msg").asString()).contains("not complete");
    } finally {
      slow.close();
    }
  }

  @Test
  void sunoapi_com_converts_a_finished_clip_it_made_to_wav_at_once_and_refuses_others() {
    String created = http.post("sunoapi-com", "api/v1/suno/create", Http.fixture("com-create.json")).body();
    String task = Schemas.tree(created).get("data").get("task_id").asString();
    String clip = Schemas.tree(http.get("sunoapi-com", "api/v1/suno/task/" + task).body()).get("data").get(0)
        .get("clip_id").asString();

    HttpResponse<String> wav = http.post("sunoapi-com", "api/v1/suno/wav", "{\"clip_id\":\"" + clip + "\"}");
    HttpResponse<String> unknown = http.post("sunoapi-com", "api/v1/suno/wav", "{\"clip_id\":\"no-such-clip\"}");

    assertThat(Schemas.tree(wav.body()).get("data").get("wav_url").asString()).isEqualTo(
        "https://cdn1.suno.ai/" + clip + ".wav");
    Schemas.assertValid("com-wav.schema.json", wav.body());
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("task not found");
  }

  @Test
  void sunoapi_com_stems_of_a_created_clip_run_to_success_and_call_back_signed() {
    String body = "{\"custom_mode\":false,\"gpt_description_prompt\":\"rain\",\"mv\":\"chirp-v4\"}";
    String music = Schemas.tree(http.post("sunoapi-com", "api/v1/suno/create", body).body()).get("data")
        .get("task_id").asString();
    String clip = Schemas.tree(http.get("sunoapi-com", "api/v1/suno/task/" + music).body()).get("data").get(0)
        .get("clip_id").asString();

    HttpResponse<String> full = http.post("sunoapi-com", "api/v1/suno/stems/full",
        "{\"clip_id\":\"" + clip + "\",\"webhook_url\":\"" + receiver.url() + "\"}");
    HttpResponse<String> unknown = http.post("sunoapi-com", "api/v1/suno/stems/basic", "{\"clip_id\":\"no-such\"}");
    HttpResponse<String> missing = http.post("sunoapi-com", "api/v1/suno/stems/basic", "{}");

    Schemas.assertValid("com-task-created-top-level.schema.json", full.body());
    String task = Schemas.tree(full.body()).get("task_id").asString();
    HttpResponse<String> record = http.get("sunoapi-com", "api/v1/suno/task/" + task);
    Schemas.assertValid("com-stems-task.schema.json", record.body());
    JsonNode stems = Schemas.tree(record.body()).get("data");
    assertThat(stems.size()).isEqualTo(12);
    assertThat(stems.get(1).get("stem_type_group_name").asString()).isEqualTo("Backing Vocals");
    assertThat(stems.get(0).get("stem_from_id").asString()).isEqualTo(clip);
    assertThat(stems.get(0).get("state").asString()).isEqualTo("succeeded");
    Received callback = receiver.next();
    assertThat(callback.headers().keySet()).anySatisfy(h -> assertThat(h).isEqualToIgnoringCase("X-Signature"));
    assertThat(Schemas.tree(callback.body()).get("task_id").asString()).isEqualTo(task);
    assertThat(Schemas.tree(callback.body()).get("data").size()).isEqualTo(12);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("task not found");
    assertThat(missing.statusCode()).isEqualTo(400);
  }
}
