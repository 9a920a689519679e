package io.github.sunoport.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MockServerTest {
  @Test
  void base_urls_carry_the_bound_port_and_a_trailing_slash() {
    try (MockServer server = MockServer.startDefault()) {
      assertThat(server.port()).isPositive();
      assertThat(server.baseUrl("sunoapi-com")).isEqualTo("http://127.0.0.1:" + server.port() + "/sunoapi-com/");
      assertThatThrownBy(() -> server.baseUrl("suno"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kie, sunoapi-org, sunoapi-com");
    }
  }

  @Test
  void binding_beyond_loopback_needs_the_explicit_flag_and_an_admin_token() {
    assertThatThrownBy(() -> MockServer.builder().host("0.0.0.0").build()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> MockServer.builder().host("0.0.0.0").allowRemote(true).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("admin token");
  }

  @Test
  void a_configured_token_must_match() {
    try (MockServer server = MockServer.builder().token("right").build().start()) {
      Http http = new Http(server);

      assertThat(http.get("kie", "api/v1/chat/credit", "Authorization", "Bearer wrong").body()).contains("401");
      assertThat(http.get("kie", "api/v1/chat/credit", "Authorization", "Bearer right").body()).contains("\"data\": 100");
    }
  }

  @Test
  void extra_examples_answer_for_their_own_task_id(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("kie/generate-record-info/qa-case.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, Http.resource("kie/generate-record-info/success.json").replace("5c79****be8e", "qa-1"));

    try (MockServer server = MockServer.builder().timeline(Duration.ZERO).examplesDir(dir).build().start()) {
      String body = new Http(server).get("kie", "api/v1/generate/record-info?taskId=qa-1").body();

      assertThat(body).contains("\"taskId\": \"qa-1\"");
      assertThat(server.admin().examples()).contains("kie/generate-record-info/qa-case");
    }
  }

  @Test
  void bad_flags_exit_with_status_2_and_a_message_without_stack_trace() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = MockServerMain.run(new String[] {"--port", "banana"}, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port must be 0-65535").doesNotContain("Exception");
  }

  @Test
  void timeline_flag_accepts_seconds_and_iso_durations() {
    assertThat(CliOptions.timeline("0.5")).isEqualTo(Duration.ofMillis(500));
    assertThat(CliOptions.timeline("PT6S")).isEqualTo(Duration.ofSeconds(6));
    assertThatThrownBy(() -> CliOptions.timeline("-1")).isInstanceOf(IllegalArgumentException.class);
  }
}
