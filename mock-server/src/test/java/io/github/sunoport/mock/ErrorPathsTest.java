package io.github.sunoport.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class ErrorPathsTest {
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

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "Basic abc", "Bearer "})
  void kie_refuses_missing_or_malformed_tokens_with_its_documented_401_body(String header) {
    HttpResponse<String> response = http.get("kie", "api/v1/chat/credit", "Authorization", header.isEmpty() ? null : header);

    assertThat(response.statusCode()).isEqualTo(200);
    Schemas.assertJsonEquals(response.body(), "{\"code\":401,\"msg\":\"You do not have access permissions\",\"data\":null}");
  }

  @Test
  void sunoapi_org_401_uses_its_own_wording() {
    HttpResponse<String> response = http.get("sunoapi-org", "api/v1/generate/credit", "Authorization", null);

    assertError(response, 200, "family-error.schema.json", 401);
    assertThat(json(response).get("msg").asString()).isEqualTo("Unauthorized access");
  }

  @Test
  void sunoapi_com_401_is_a_real_http_401_with_message() {
    HttpResponse<String> response = http.get("sunoapi-com", "api/v1/get-credits", "Authorization", null);

    assertError(response, 401, "com-error.schema.json", 401);
    assertThat(json(response).get("message").asString()).isEqualTo("Authorization header is missing.");
  }

  @Test
  void unknown_tasks_get_each_providers_not_found_answer() {
    assertError(http.get("kie", "api/v1/generate/record-info?taskId=nope"), 200, "family-error.schema.json", 404);
    assertError(http.get("sunoapi-org", "api/v1/lyrics/record-info?taskId=nope"), 200, "family-error.schema.json", 404);
    HttpResponse<String> com = http.get("sunoapi-com", "api/v1/suno/task/nope");
    assertError(com, 400, "com-error.schema.json", 400);
    assertThat(json(com).get("message").asString()).isEqualTo("task not found.");
  }

  @Test
  void unknown_paths_answer_json_404_inside_and_outside_provider_prefixes() {
    assertError(http.get("kie", "api/v1/nope"), 404, "family-error.schema.json", 404);
    assertError(http.get("sunoapi-com", "api/v2/whatever"), 404, "com-error.schema.json", 404);
    HttpResponse<String> outside = http.get(null, "somewhere/else");
    assertThat(outside.statusCode()).isEqualTo(404);
    Schemas.assertJsonEquals(outside.body(), "{\"code\":404,\"msg\":\"Not Found\"}");
  }

  @Test
  void wrong_method_on_a_known_path_is_json_405() {
    HttpResponse<String> response = http.method("PUT", "kie", "api/v1/lyrics", "{}");

    assertError(response, 405, "family-error.schema.json", 404);
  }

  @Test
  void malformed_json_and_wrong_types_get_the_providers_validation_code() {
    assertError(http.post("kie", "api/v1/lyrics", Http.fixture("malformed.json")), 200, "family-error.schema.json", 422);
    assertError(http.post("sunoapi-org", "api/v1/generate", Http.fixture("generate-wrong-types.json")), 200,
        "family-error.schema.json", 400);
    assertError(http.post("sunoapi-com", "api/v1/suno/make-lyrics", Http.fixture("malformed.json")), 400,
        "com-error.schema.json", 400);
  }

  @Test
  void documented_limits_are_enforced_with_the_documented_codes() {
    assertError(http.post("kie", "api/v1/lyrics", Http.fixture("lyrics-prompt-too-long.json")), 200,
        "family-error.schema.json", 413);
    assertError(http.post("sunoapi-org", "api/v1/lyrics", Http.fixture("lyrics-prompt-too-long.json")), 200,
        "family-error.schema.json", 413);
    assertError(http.post("kie", "api/v1/generate", Http.fixture("generate-bad-model.json")), 200,
        "family-error.schema.json", 422);
    HttpResponse<String> com = http.post("sunoapi-com", "api/v1/suno/create", Http.fixture("com-create-bad-mv.json"));
    assertError(com, 400, "com-error.schema.json", 400);
    assertThat(json(com).get("message").asString())
        .isEqualTo("The 'mv' field is invalid. The model should be 'chirp-v3-5','chirp-v4' or 'chirp-v4-5'.");
  }

  @Test
  void oversize_bodies_are_refused_with_json_413() {
    String big = "{\"prompt\":\"" + "a".repeat((int) MockServer.MAX_BODY_BYTES) + "\"}";

    assertError(http.post("sunoapi-org", "api/v1/lyrics", big), 413, "family-error.schema.json", 413);
  }

  @Test
  void malformed_percent_escapes_never_produce_html() {
    String inPath = http.raw("GET /kie/api/v1/lyrics%zz HTTP/1.1");
    String inQuery = http.raw("GET /kie/api/v1/lyrics/record-info?taskId=%zz HTTP/1.1");

    assertThat(inPath).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/json")
        .doesNotContain("<html").endsWith("}");
    assertThat(inQuery).startsWith("HTTP/1.1 200").contains("\"code\":422").doesNotContain("<html");
  }

  @Test
  void unknown_scenario_names_are_reported_with_the_known_ones() {
    HttpResponse<String> response = http.get("kie", "api/v1/chat/credit", Dispatcher.SCENARIO_HEADER, "nonsense");

    assertError(response, 200, "family-error.schema.json", 422);
    assertThat(json(response).get("msg").asString()).contains("success").contains("http-429");
  }

  private static void assertError(HttpResponse<String> response, int status, String schema, int code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/json"));
    Schemas.assertValid(schema, response.body());
    assertThat(json(response).get("code").asInt()).isEqualTo(code);
  }

  private static JsonNode json(HttpResponse<String> response) {
    return Schemas.tree(response.body());
  }
}
