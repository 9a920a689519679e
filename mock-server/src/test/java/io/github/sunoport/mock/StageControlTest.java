package io.github.sunoport.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StageControlTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
  private final MockServer server = MockServer.builder().clock(clock).timeline(Duration.ofHours(1)).build().start();
  private final Http http = new Http(server);
  private final Receiver receiver = Receiver.answering(200);

  @AfterEach
  void stop() {
    server.close();
    receiver.close();
  }

  private String create(String provider, String path, String fixture) {
    String body = Http.fixture(fixture).replace("https://your-app.com/callback", receiver.url());
    return Schemas.tree(http.post(provider, path, body).body()).get("data").get(
        provider.equals("sunoapi-com") ? "task_id" : "taskId").asString();
  }

  private String musicStatus(String id) {
    return Schemas.tree(http.get("kie", "api/v1/generate/record-info?taskId=" + id).body()).get("data").get("status")
        .asString();
  }

  @Test
  void advance_walks_a_task_through_its_stages_and_sends_each_stages_callback() {
    String id = create("kie", "api/v1/generate", "kie-generate.json");

    String text = http.post(null, "__admin/tasks/" + id + "/advance", "").body();
    assertThat(text).contains("\"stage\":\"TEXT_SUCCESS\"", "\"held\":true");
    assertThat(musicStatus(id)).isEqualTo("TEXT_SUCCESS");
    assertThat(receiver.next().body()).contains("\"callbackType\":\"text\"");

    assertThat(server.admin().advanceTask(id, "first-success")).isEqualTo("FIRST_SUCCESS");
    assertThat(musicStatus(id)).isEqualTo("FIRST_SUCCESS");
    assertThat(receiver.next().body()).contains("\"callbackType\":\"first\"");

    clock.advance(Duration.ofHours(2));
    assertThat(musicStatus(id)).as("held: the clock does not move it").isEqualTo("FIRST_SUCCESS");

    http.post(null, "__admin/tasks/" + id + "/advance", "{\"to\":\"SUCCESS\"}");
    assertThat(musicStatus(id)).isEqualTo("SUCCESS");
    assertThat(receiver.next().body()).contains("\"callbackType\":\"complete\"");
    assertThat(receiver.drain(Duration.ofMillis(300))).isEmpty();
  }

  @Test
  void jumping_ahead_sends_every_stage_between_in_order() {
    String id = create("kie", "api/v1/generate", "kie-generate.json");

    server.admin().advanceTask(id, "SUCCESS");

    List<String> types = receiver.next(3).stream().map(r -> r.body().replaceAll(".*\"callbackType\":\"(\\w+)\".*", "$1"))
        .collect(Collectors.toList());
    assertThat(types).containsExactly("text", "first", "complete");
  }

  @Test
  void hold_keeps_a_task_where_it_is_and_release_hands_it_back_to_the_clock() {
    String id = create("kie", "api/v1/generate", "kie-generate.json");

    assertThat(server.admin().holdTask(id)).isEqualTo("PENDING");
    clock.advance(Duration.ofMinutes(90));
    assertThat(musicStatus(id)).isEqualTo("PENDING");

    assertThat(http.post(null, "__admin/tasks/" + id + "/release", "").body()).contains("\"stage\":\"SUCCESS\"",
        "\"held\":false");
    assertThat(musicStatus(id)).isEqualTo("SUCCESS");
  }

  @Test
  void a_released_task_moves_on_from_where_it_was_never_back() {
    String id = create("kie", "api/v1/generate", "kie-generate.json");
    server.admin().advanceTask(id, "FIRST_SUCCESS");

    assertThat(server.admin().releaseTask(id)).isEqualTo("FIRST_SUCCESS");
    assertThat(musicStatus(id)).isEqualTo("FIRST_SUCCESS");
    clock.advance(Duration.ofHours(2));
    assertThat(musicStatus(id)).isEqualTo("SUCCESS");
  }

  @Test
  void sunoapi_com_tasks_advance_through_their_own_stages() {
    String id = create("sunoapi-com", "api/v1/suno/create", "com-create.json");

    assertThat(server.admin().advanceTask(id, null)).isEqualTo("FIRST_SUCCESS");

    assertThat(http.get("sunoapi-com", "api/v1/suno/task/" + id).body()).contains("\"state\":\"running\"");
  }

  @Test
  void bad_stage_requests_are_400s_naming_what_is_wrong() {
    String id = create("kie", "api/v1/lyrics", "lyrics.json");
    server.admin().advanceTask(id, "SUCCESS");

    assertThat(http.post(null, "__admin/tasks/nope/advance", "").body()).contains("Unknown task id 'nope'");
    assertThat(http.post(null, "__admin/tasks/" + id + "/advance", "{\"to\":\"TEXT_SUCCESS\"}").body())
        .contains("Unknown stage 'TEXT_SUCCESS'", "[PENDING, SUCCESS]");
    assertThatThrownBy(() -> server.admin().advanceTask(id, "PENDING")).hasMessageContaining("only move forward");
  }

  @Test
  void reset_forgets_held_tasks() {
    String id = create("kie", "api/v1/generate", "kie-generate.json");
    server.admin().holdTask(id);

    server.admin().reset();

    assertThatThrownBy(() -> server.admin().releaseTask(id)).hasMessageContaining("Unknown task id");
  }

  @Test
  void examples_reload_serves_new_files_and_keeps_the_old_ones_on_error(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("kie/credits"));
    Files.writeString(dir.resolve("kie/credits/rich.json"), "{\"code\":200,\"msg\":\"success\",\"data\":1000000}");
    try (MockServer qa = MockServer.builder().examplesDir(dir).build().start()) {
      Http qaHttp = new Http(qa);
      Files.writeString(dir.resolve("kie/credits/broke.json"), "{\"code\":200,\"msg\":\"success\",\"data\":0}");
      assertThat(qaHttp.get("kie", "api/v1/chat/credit", Dispatcher.SCENARIO_HEADER, "broke").statusCode())
          .isEqualTo(200);
      assertThat(qaHttp.get("kie", "api/v1/chat/credit", Dispatcher.SCENARIO_HEADER, "broke").body())
          .contains("Unknown X-Mock-Scenario");

      assertThat(qaHttp.post(null, "__admin/examples/reload", "").body()).matches("\\{\"examples\":\\d+}");
      assertThat(qaHttp.get("kie", "api/v1/chat/credit", Dispatcher.SCENARIO_HEADER, "broke").body())
          .isEqualTo("{\"code\":200,\"msg\":\"success\",\"data\":0}");

      Files.writeString(dir.resolve("kie/credits/bad.json"), "{not json", StandardCharsets.UTF_8);
      assertThat(qaHttp.post(null, "__admin/examples/reload", "").body()).contains("bad.json");
      assertThat(qaHttp.get("kie", "api/v1/chat/credit", Dispatcher.SCENARIO_HEADER, "rich").body()).contains("1000000");
    }
    assertThat(http.post(null, "__admin/examples/reload", "").body()).contains("without --examples");
  }
}
