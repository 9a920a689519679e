package io.github.sunoport.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One mock proxies to a second mock on loopback, standing in for the real provider. */
class RecordModeTest {
  private static final String TOKEN = "upstream-secret-123";
  private final MockServer upstream = MockServer.builder().token(TOKEN).timeline(Duration.ZERO).build().start();

  @AfterEach
  void stop() {
    upstream.close();
  }

  private static Http client(MockServer server) {
    return new Http(server);
  }

  private String upstreamTask() {
    String body = Http.fixture("kie-generate.json").replace("https://your-app.com/callback",
        "http://127.0.0.1:9/hook?sig=abc");
    String created = client(upstream).post("kie", "api/v1/generate", body, "Authorization", "Bearer " + TOKEN).body();
    return Schemas.tree(created).get("data").get("taskId").asString();
  }

  @Test
  void unknown_tasks_are_answered_by_upstream_with_the_callers_token_and_recorded_redacted(@TempDir Path dir)
      throws IOException {
    String id = upstreamTask();
    try (MockServer recorder = MockServer.builder().proxy("kie", upstream.baseUrl("kie")).recordDir(dir).build().start()) {
      String direct = client(upstream).get("kie", "api/v1/generate/record-info?taskId=" + id,
          "Authorization", "Bearer " + TOKEN).body();

      String proxied = client(recorder).get("kie", "api/v1/generate/record-info?taskId=" + id,
          "Authorization", "Bearer " + TOKEN).body();
      String local = client(recorder).get("kie", "api/v1/chat/credit", "Authorization", "Bearer " + TOKEN).body();

      assertThat(proxied).isEqualTo(direct).contains("SUCCESS");
      assertThat(upstream.admin().count(RequestPattern.any().route("generate-record-info").query("taskId", id)))
          .isEqualTo(2);
      assertThat(upstream.admin().count(RequestPattern.any().route("credits"))).as("answered locally").isZero();
      assertThat(local).containsPattern("\"code\": ?200\\b");

      Path saved = dir.resolve("kie/generate-record-info/task-" + id + ".json");
      String file = Files.readString(saved);
      assertThat(file).contains(id).contains(Recorder.REDACTED).doesNotContain("127.0.0.1:9/hook", "sig=abc", TOKEN);
    }
    try (MockServer replay = MockServer.builder().examplesDir(dir).build().start()) {
      String replayed = client(replay).get("kie", "api/v1/generate/record-info?taskId=" + id).body();
      assertThat(replayed).contains(id, "SUCCESS", Recorder.REDACTED);
    }
  }

  @Test
  void proxy_all_forwards_every_request_and_unknown_paths_too() {
    try (MockServer proxy = MockServer.builder().proxy("kie", upstream.baseUrl("kie")).proxyAll(true).build().start()) {
      int credits = client(proxy).get("kie", "api/v1/chat/credit", "Authorization", "Bearer " + TOKEN).statusCode();
      String refused = client(proxy).get("kie", "api/v1/chat/credit", "Authorization", "Bearer wrong").body();
      String sunoapiOrg = client(proxy).get("sunoapi-org", "api/v1/generate/credit").body();

      assertThat(credits).isEqualTo(200);
      assertThat(refused).as("upstream's own token check").contains("\"code\":401");
      assertThat(sunoapiOrg).as("not proxied: answered here").containsPattern("\"code\": ?200\\b");
      assertThat(upstream.admin().count(RequestPattern.any().provider("kie").route("credits"))).isEqualTo(2);
      assertThat(upstream.admin().count(RequestPattern.any().provider("sunoapi-org"))).isZero();
    }
    try (MockServer fallback = MockServer.builder().proxy("kie", upstream.baseUrl("kie")).build().start()) {
      client(fallback).get("kie", "api/v1/not-a-route", "Authorization", "Bearer " + TOKEN);
      assertThat(upstream.admin().unmatched()).extracting(MockAdmin.LoggedRequest::path)
          .containsExactly("/kie/api/v1/not-a-route");
    }
  }

  @Test
  void an_unreachable_upstream_is_a_502_in_the_providers_shape() throws IOException {
    int port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      port = free.getLocalPort();
    }
    try (MockServer proxy = MockServer.builder().proxy("kie", "http://127.0.0.1:" + port + "/kie/").proxyAll(true)
        .build().start()) {
      String body = client(proxy).get("kie", "api/v1/chat/credit").body();
      assertThat(body).contains("\"code\":502", "Record mode could not reach");
    }
  }

  @Test
  void bad_record_mode_settings_fail_at_build_naming_the_flag(@TempDir Path dir) {
    assertThatThrownBy(() -> MockServer.builder().proxy("kie", "ftp://x/")).hasMessageContaining("http(s)");
    assertThatThrownBy(() -> MockServer.builder().proxy("kei", "http://127.0.0.1/")).hasMessageContaining("Unknown provider");
    assertThatThrownBy(() -> MockServer.builder().recordDir(dir).build()).hasMessageContaining("--record-dir");
    assertThatThrownBy(() -> CliOptions.parse("--proxy", "kie")).hasMessageContaining("<provider>=<base URL>");
  }

  @Test
  void redaction_reaches_into_json_strings_and_the_callers_token() {
    Object clean = Recorder.redact(Json.normalize(java.util.Map.of("data", java.util.Map.of(
        "param", "{\"callBackUrl\":\"https://app.example/hook\",\"prompt\":\"p\"}",
        "note", "token " + TOKEN + " here", "apiKey", "k"))), TOKEN);

    String text = Json.string(clean);
    assertThat(text).doesNotContain("app.example", TOKEN, "\"k\"").contains("\\\"prompt\\\":\\\"p\\\"");
    assertThat(countOf(text, Recorder.REDACTED)).isEqualTo(3);
  }

  private static long countOf(String text, String part) {
    return Stream.of(text.split(part, -1)).count() - 1;
  }
}
