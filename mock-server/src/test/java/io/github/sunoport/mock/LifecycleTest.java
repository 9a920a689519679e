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

class LifecycleTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
  private final MockServer server =
      MockServer.builder().timeline(Duration.ofSeconds(6)).clock(clock).build().start();
  private final Http http = new Http(server);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void kie_music_moves_through_the_documented_states_in_order() {
    String id = created(http.post("kie", "api/v1/generate", Http.fixture("kie-generate.json")), "taskId");
    assertThat(id).matches("[0-9a-f]{32}");

    List<String> seen = new ArrayList<>();
    List<JsonNode> records = new ArrayList<>();
    for (int second = 0; second <= 6; second += 2) {
      HttpResponse<String> response = http.get("kie", "api/v1/generate/record-info?taskId=" + id);
      Schemas.assertValid("family-generate-record-info.schema.json", response.body());
      records.add(Schemas.tree(response.body()).get("data"));
      seen.add(records.get(records.size() - 1).get("status").asString());
      clock.advance(Duration.ofSeconds(2));
    }

    assertThat(seen).containsExactly("PENDING", "TEXT_SUCCESS", "FIRST_SUCCESS", "SUCCESS");
    assertThat(records.get(0).get("response").get("sunoData")).isEmpty();
    assertThat(records.get(1).get("response").get("sunoData").get(0).get("streamAudioUrl").asString()).isEmpty();
    assertThat(records.get(2).get("response").get("sunoData").get(1).get("streamAudioUrl").asString()).isNotEmpty();
    JsonNode done = records.get(3);
    assertThat(done.get("response").get("sunoData")).hasSize(2);
    assertThat(done.get("response").get("sunoData").get(1).get("audioUrl").asString()).endsWith(".mp3");
    assertThat(Schemas.tree(done.get("param").asString()).get("model").asString()).isEqualTo("V3_5");
  }

  @Test
  void lyrics_tasks_go_from_pending_to_success_with_two_variants() {
    String id = created(http.post("sunoapi-org", "api/v1/lyrics", Http.fixture("lyrics.json")), "taskId");

    JsonNode pending = record("sunoapi-org", "api/v1/lyrics/record-info?taskId=" + id);
    clock.advance(Duration.ofSeconds(6));
    JsonNode done = record("sunoapi-org", "api/v1/lyrics/record-info?taskId=" + id);

    assertThat(pending.get("status").asString()).isEqualTo("PENDING");
    assertThat(done.get("status").asString()).isEqualTo("SUCCESS");
    assertThat(done.get("response").get("lyricsData")).hasSize(2);
    assertThat(Schemas.tree(done.get("param").asString()).get("prompt").asString())
        .isEqualTo("A song about peaceful night in the city");
  }

  @Test
  void the_data_array_form_is_selectable_for_created_lyrics() {
    String id = created(http.post("kie", "api/v1/lyrics", Http.fixture("lyrics.json")), "taskId");
    clock.advance(Duration.ofSeconds(6));

    HttpResponse<String> response = http.get("kie", "api/v1/lyrics/record-info?taskId=" + id,
        Dispatcher.SCENARIO_HEADER, "data-array");

    Schemas.assertValid("family-lyrics-record-info.schema.json", response.body());
    assertThat(Schemas.tree(response.body()).get("data").get("response").get("data")).hasSize(2);
  }

  @Test
  void extend_tasks_name_their_parent_track() {
    String id = created(http.post("kie", "api/v1/generate/extend", Http.fixture("extend.json")), "taskId");
    clock.advance(Duration.ofSeconds(6));

    JsonNode data = record("kie", "api/v1/generate/record-info?taskId=" + id);

    assertThat(data.get("operationType").asString()).isEqualTo("extend");
    assertThat(data.get("parentMusicId").asString()).isEqualTo("e231****-****-****-****-****8cadc7dc");
  }

  @Test
  void a_task_told_to_fail_ends_in_that_documented_failure() {
    server.admin().nextTaskFate("kie", "SENSITIVE_WORD_ERROR");
    String id = created(http.post("kie", "api/v1/generate", Http.fixture("kie-generate.json")), "taskId");
    clock.advance(Duration.ofSeconds(6));

    JsonNode data = record("kie", "api/v1/generate/record-info?taskId=" + id);

    assertThat(data.get("status").asString()).isEqualTo("SENSITIVE_WORD_ERROR");
    assertThat(data.get("errorCode").asInt()).isEqualTo(400);
    assertThat(data.get("response").get("sunoData")).isEmpty();
  }

  @Test
  void sunoapi_com_lyrics_go_from_processing_to_completed() {
    String id = created(http.post("sunoapi-com", "api/v1/suno/make-lyrics", Http.fixture("com-make-lyrics.json")),
        "task_id");
    assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    HttpResponse<String> processing = http.get("sunoapi-com", "api/v1/suno/get-lyrics/" + id);
    clock.advance(Duration.ofSeconds(6));
    HttpResponse<String> completed = http.get("sunoapi-com", "api/v1/suno/get-lyrics/" + id);

    Schemas.assertValid("com-get-lyrics.schema.json", processing.body());
    Schemas.assertValid("com-get-lyrics.schema.json", completed.body());
    assertThat(Schemas.tree(processing.body()).get("data").get("status").asString()).isEqualTo("processing");
    JsonNode data = Schemas.tree(completed.body()).get("data");
    assertThat(data.get("status").asString()).isEqualTo("completed");
    assertThat(data.get("input").asString()).isEqualTo("{\"prompt\":\"run away\"}");
  }

  @Test
  void sunoapi_com_music_clips_move_from_pending_to_succeeded_on_both_polling_routes() {
    String id = created(http.post("sunoapi-com", "api/v1/suno/create", Http.fixture("com-create.json")), "task_id");

    HttpResponse<String> pending = http.get("sunoapi-com", "api/v1/suno/task/" + id);
    clock.advance(Duration.ofSeconds(3));
    HttpResponse<String> running = http.get("sunoapi-com", "api/v1/suno/task/" + id);
    clock.advance(Duration.ofSeconds(3));
    HttpResponse<String> done = http.get("sunoapi-com", "api/v1/suno/task/" + id);
    HttpResponse<String> legacy = http.get("sunoapi-com", "api/v1/suno/clip/" + id);

    for (HttpResponse<String> r : List.of(pending, running, done)) Schemas.assertValid("com-task.schema.json", r.body());
    Schemas.assertValid("com-clip.schema.json", legacy.body());
    assertThat(Schemas.tree(pending.body()).get("data").get(0).get("state").asString()).isEqualTo("pending");
    assertThat(Schemas.tree(running.body()).get("data").get(0).get("state").asString()).isEqualTo("running");
    assertThat(Schemas.tree(done.body()).get("data").get(1).get("state").asString()).isEqualTo("succeeded");
    assertThat(Schemas.tree(legacy.body()).get("data").get("clips").size()).isEqualTo(2);
  }

  @Test
  void a_zero_timeline_finishes_tasks_at_the_first_fetch() {
    try (MockServer instant = MockServer.builder().timeline(Duration.ZERO).build().start()) {
      Http client = new Http(instant);
      String id = created(client.post("sunoapi-org", "api/v1/generate", Http.fixture("kie-generate.json")), "taskId");

      HttpResponse<String> response = client.get("sunoapi-org", "api/v1/generate/record-info?taskId=" + id);

      assertThat(Schemas.tree(response.body()).get("data").get("status").asString()).isEqualTo("SUCCESS");
    }
  }

  private JsonNode record(String provider, String path) {
    HttpResponse<String> response = http.get(provider, path);
    assertThat(response.statusCode()).isEqualTo(200);
    return Schemas.tree(response.body()).get("data");
  }

  private static String created(HttpResponse<String> response, String idField) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Schemas.assertValid(idField.equals("taskId") ? "family-task-created.schema.json" : "com-task-created.schema.json",
        response.body());
    return Schemas.tree(response.body()).get("data").get(idField).asString();
  }
}
