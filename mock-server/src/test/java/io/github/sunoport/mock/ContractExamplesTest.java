package io.github.sunoport.mock;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ContractExamplesTest {
  private static MockServer server;
  private static Http http;

  @BeforeAll
  static void start() {
    server = MockServer.builder().timeline(Duration.ZERO).build().start();
    http = new Http(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static List<Example> examples() {
    return ExampleCatalog.load(null).all();
  }

  static List<Example> servedExamples() {
    return examples().stream().filter(e -> !e.route().equals("callbacks")).collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void every_example_file_is_valid_against_its_schema(Example example) {
    assertThat(example.schema()).as("schema column of %s", example.path()).isNotNull();
    Schemas.assertValid(example.schema(), new String(example.body(), UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("servedExamples")
  void every_example_is_served_exactly_when_selected_by_scenario(Example example) {
    HttpResponse<String> response = Endpoints.call(http, example.provider().id(), example.route(),
        Dispatcher.SCENARIO_HEADER, example.name());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type.toLowerCase()).startsWith("application/json").contains("charset=utf-8"));
    Schemas.assertJsonEquals(response.body(), new String(example.body(), UTF_8));
    Schemas.assertValid(example.schema(), response.body());
  }

  @Test
  void documented_task_ids_answer_their_seed_examples_without_a_header() {
    assertServes("kie", "api/v1/lyrics/record-info?taskId=11dc****8b0f", "kie/lyrics-record-info/success.json");
    assertServes("sunoapi-org", "api/v1/lyrics/record-info?taskId=11dc****8b0f",
        "sunoapi-org/lyrics-record-info/success.json");
    assertServes("kie", "api/v1/generate/record-info?taskId=5c79****be8e", "kie/generate-record-info/success.json");
    assertServes("sunoapi-org", "api/v1/generate/record-info?taskId=5c79****be8e",
        "sunoapi-org/generate-record-info/success.json");
    assertServes("sunoapi-com", "api/v1/suno/get-lyrics/3d51f2fb-2a52-4207-9808-a3aa7c9f64ce",
        "sunoapi-com/get-lyrics/success.json");
  }

  @Test
  void seed_001_is_served_with_its_chinese_text_repaired_to_utf8() {
    HttpResponse<String> response = http.get("sunoapi-org", "api/v1/generate/record-info?taskId=5c79****be8e");

    var track = Schemas.tree(response.body()).get("data").get("response").get("sunoData").get(0);
    assertThat(track.get("title").asString()).isEqualTo("钢铁侠");
    assertThat(track.get("prompt").asString()).isEqualTo("[Verse] 夜晚城市 灯火辉煌");
    assertThat(track.get("id").asString()).isEqualTo("8551****662c");
    assertThat(Schemas.tree(response.body()).get("data").get("param").asString()).contains("\"model\":\"V3_5\"");
  }

  @Test
  void array_form_scenarios_pick_the_matching_lyrics_example() {
    HttpResponse<String> kie = http.get("kie", "api/v1/lyrics/record-info?taskId=11dc****8b0f",
        Dispatcher.SCENARIO_HEADER, "lyrics-data");
    HttpResponse<String> org = http.get("sunoapi-org", "api/v1/lyrics/record-info?taskId=11dc****8b0f",
        Dispatcher.SCENARIO_HEADER, "data-array");

    assertThat(Schemas.tree(kie.body()).get("data").get("response").has("lyricsData")).isTrue();
    assertThat(Schemas.tree(org.body()).get("data").get("response").has("data")).isTrue();
  }

  private static void assertServes(String provider, String path, String example) {
    HttpResponse<String> response = http.get(provider, path);
    assertThat(response.statusCode()).isEqualTo(200);
    Schemas.assertJsonEquals(response.body(), Http.resource(example));
  }
}
