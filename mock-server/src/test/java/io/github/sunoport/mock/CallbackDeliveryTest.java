package io.github.sunoport.mock;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.mock.MockAdmin.LoggedCallback;
import io.github.sunoport.mock.Receiver.Received;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class CallbackDeliveryTest {
  private static final String KEY = "mock-webhook-key";
  private static final Duration SHORT = Duration.ofMillis(20);

  private final Receiver receiver = Receiver.answering(200);
  private final MockServer server = MockServer.builder().timeline(Duration.ofMillis(300)).webhookKey(KEY)
      .callbackRetryDelays(SHORT, SHORT, SHORT).build().start();
  private final Http http = new Http(server);

  @AfterEach
  void stop() {
    server.close();
    receiver.close();
  }

  @Test
  void kie_music_callbacks_arrive_text_first_complete_in_the_documented_shape() {
    String id = create("kie", "api/v1/generate", "generate.json", receiver.url());

    List<JsonNode> bodies = receiver.next(3).stream().map(r -> Schemas.tree(r.body())).collect(Collectors.toList());

    assertThat(bodies).extracting(b -> b.get("data").get("callbackType").asString())
        .containsExactly("text", "first", "complete");
    assertThat(bodies).extracting(b -> b.get("data").get("task_id").asString()).containsOnly(id);
    bodies.forEach(b -> Schemas.assertValid("family-music-callback.schema.json", b.toString()));
    JsonNode track = bodies.get(2).get("data").get("data").get(1);
    assertThat(track.get("audio_url").asString()).endsWith(".mp3").isEqualTo(track.get("source_audio_url").asString());
    assertThat(track.get("duration").asDouble()).isPositive();
    assertThat(bodies.get(0).get("data").get("data").get(0).get("duration").isNull()).isTrue();
  }

  @Test
  void complete_music_callback_carries_the_tracks_polling_shows() {
    String id = create("sunoapi-org", "api/v1/generate", "generate.json", receiver.url());
    JsonNode complete = Schemas.tree(receiver.next(3).get(2).body()).get("data").get("data");

    JsonNode polled = Schemas.tree(http.get("sunoapi-org", "api/v1/generate/record-info?taskId=" + id).body())
        .get("data").get("response").get("sunoData");

    for (int i = 0; i < 2; i++) {
      assertThat(complete.get(i).get("id")).isEqualTo(polled.get(i).get("id"));
      assertThat(complete.get(i).get("audio_url")).isEqualTo(polled.get(i).get("audioUrl"));
      assertThat(complete.get(i).get("duration")).isEqualTo(polled.get(i).get("duration"));
    }
  }

  @Test
  void kie_callbacks_carry_a_valid_signature_when_a_webhook_key_is_set() throws Exception {
    String id = create("kie", "api/v1/lyrics", "lyrics.json", receiver.url());

    Received callback = receiver.next();

    String timestamp = callback.headers().get("X-webhook-timestamp").get(0);
    assertThat(timestamp).matches("[0-9]{10}");
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY.getBytes(UTF_8), "HmacSHA256"));
    String expected = Base64.getEncoder().encodeToString(mac.doFinal((id + "." + timestamp).getBytes(UTF_8)));
    assertThat(callback.headers().get("X-webhook-signature")).containsExactly(expected);
  }

  @Test
  void sunoapi_org_callbacks_are_not_signed() {
    create("sunoapi-org", "api/v1/lyrics", "lyrics.json", receiver.url());

    assertThat(receiver.next().headers()).doesNotContainKeys("X-webhook-signature", "X-webhook-timestamp");
  }

  @Test
  void kie_lyrics_callback_uses_snake_case_task_id_and_error_message() {
    String id = create("kie", "api/v1/lyrics", "lyrics.json", receiver.url());

    String body = receiver.next().body();

    Schemas.assertValid("kie-lyrics-callback.schema.json", body);
    JsonNode data = Schemas.tree(body).get("data");
    assertThat(data.get("task_id").asString()).isEqualTo(id);
    assertThat(data.get("data")).hasSize(2);
    assertThat(data.get("data").get(0).has("error_message")).isTrue();
  }

  @Test
  void sunoapi_org_lyrics_callback_uses_camel_case_task_id_under_lyrics_data() {
    String id = create("sunoapi-org", "api/v1/lyrics", "lyrics.json", receiver.url());

    String body = receiver.next().body();

    Schemas.assertValid("sunoapi-org-lyrics-callback.schema.json", body);
    JsonNode data = Schemas.tree(body).get("data");
    assertThat(data.get("taskId").asString()).isEqualTo(id);
    assertThat(data.get("lyricsData").get(0).has("errorMessage")).isTrue();
  }

  @Test
  void failed_kie_lyrics_keep_callback_type_complete_with_null_data() {
    server.admin().nextTaskFate("kie", "SENSITIVE_WORD_ERROR");
    create("kie", "api/v1/lyrics", "lyrics.json", receiver.url());

    String body = receiver.next().body();

    Schemas.assertValid("kie-lyrics-callback.schema.json", body);
    JsonNode tree = Schemas.tree(body);
    assertThat(tree.get("code").asInt()).isEqualTo(400);
    assertThat(tree.get("data").get("callbackType").asString()).isEqualTo("complete");
    assertThat(tree.get("data").get("data").isNull()).isTrue();
  }

  @Test
  void failed_sunoapi_org_lyrics_use_callback_type_error() {
    server.admin().nextTaskFate("sunoapi-org", "GENERATE_LYRICS_FAILED");
    create("sunoapi-org", "api/v1/lyrics", "lyrics.json", receiver.url());

    String body = receiver.next().body();

    Schemas.assertValid("sunoapi-org-lyrics-callback.schema.json", body);
    assertThat(Schemas.tree(body).get("data").get("callbackType").asString()).isEqualTo("error");
    assertThat(Schemas.tree(body).get("code").asInt()).isEqualTo(500);
  }

  @Test
  void failed_music_sends_only_the_error_stage() {
    server.admin().nextTaskFate("kie", "GENERATE_AUDIO_FAILED");
    String id = create("kie", "api/v1/generate", "generate.json", receiver.url());

    String body = receiver.next().body();

    Schemas.assertValid("family-music-callback.schema.json", body);
    assertThat(Schemas.tree(body).get("code").asInt()).isEqualTo(501);
    assertThat(Schemas.tree(body).get("data").get("callbackType").asString()).isEqualTo("error");
    // Stages go out in order, so nothing can follow the final one: the log holds exactly one entry.
    assertThat(awaitLog(id, c -> true)).extracting(LoggedCallback::stage).containsExactly("error");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://10.0.0.1/callback", "https://example.com/callback", "http://169.254.169.254/x"})
  void callbacks_to_hosts_other_than_loopback_are_refused_and_never_contacted(String url) {
    String id = create("kie", "api/v1/lyrics", "lyrics.json", url);

    List<LoggedCallback> log = awaitLog(id, c -> true);

    assertThat(log).singleElement().satisfies(c -> {
      assertThat(c.outcome()).isEqualTo("refused");
      assertThat(c.attempt()).isZero();
      assertThat(c.status()).isNull();
      assertThat(c.url()).isEqualTo(url);
    });
  }

  @Test
  void a_failing_receiver_gets_three_retries_and_then_the_mock_gives_up() {
    try (Receiver failing = Receiver.answering(500)) {
      String id = create("kie", "api/v1/lyrics", "lyrics.json", failing.url());

      List<LoggedCallback> log = awaitLog(id, c -> c.outcome().equals("gave-up"));

      assertThat(log).extracting(LoggedCallback::attempt).containsExactly(1, 2, 3, 4);
      assertThat(log).extracting(LoggedCallback::outcome).containsExactly("failed", "failed", "failed", "gave-up");
      assertThat(log).extracting(LoggedCallback::status).containsOnly(500);
      assertThat(failing.next(4)).extracting(Received::body).containsOnly(log.get(0).body());
    }
  }

  @Test
  void an_attempt_without_an_answer_times_out() {
    try (Receiver silent = Receiver.hanging();
        MockServer impatient = MockServer.builder().timeline(Duration.ZERO).callbackTimeout(Duration.ofMillis(300))
            .callbackRetryDelays().build().start()) {
      String id = createAt(impatient, "kie", "api/v1/lyrics", "lyrics.json", silent.url());

      List<LoggedCallback> log = awaitLog(impatient, id, c -> c.outcome().equals("gave-up"));

      assertThat(log).singleElement().satisfies(c -> {
        assertThat(c.detail()).contains("timed out");
        assertThat(c.status()).isNull();
      });
    }
  }

  @Test
  void duplicate_fault_sends_the_stage_twice() {
    server.admin().callbackFault("kie", "complete", "duplicate");
    create("kie", "api/v1/lyrics", "lyrics.json", receiver.url());

    List<Received> both = receiver.next(2);

    assertThat(both.get(1).body()).isEqualTo(both.get(0).body());
  }

  @Test
  void drop_fault_skips_the_stage_and_only_the_next_task() {
    server.admin().callbackFault("kie", "first", "drop");
    String id = create("kie", "api/v1/generate", "generate.json", receiver.url());

    List<LoggedCallback> log = awaitLog(id, c -> c.stage().equals("complete"));

    assertThat(log).extracting(c -> c.stage() + " " + c.outcome())
        .containsExactly("text delivered", "first dropped", "complete delivered");
    assertThat(receiver.next(2)).extracting(r -> Schemas.tree(r.body()).get("data").get("callbackType").asString())
        .containsExactly("text", "complete");
    String next = create("kie", "api/v1/generate", "generate.json", receiver.url());
    assertThat(awaitLog(next, c -> c.stage().equals("complete"))).extracting(LoggedCallback::outcome)
        .containsOnly("delivered");
  }

  @Test
  void delay_fault_sends_the_stage_late_without_holding_back_later_stages() {
    server.admin().callbackFault("sunoapi-org", "text", "delay:2000");
    create("sunoapi-org", "api/v1/generate", "generate.json", receiver.url());

    List<String> order = receiver.next(3).stream()
        .map(r -> Schemas.tree(r.body()).get("data").get("callbackType").asString()).collect(Collectors.toList());

    assertThat(order).containsExactly("first", "complete", "text");
  }

  @Test
  void admin_http_arms_faults_lists_the_callback_log_and_reset_clears_it() {
    assertThat(http.post(null, "__admin/callback-faults",
        "{\"provider\":\"sunoapi-org\",\"stage\":\"complete\",\"fault\":\"drop\"}").statusCode()).isEqualTo(200);
    String id = create("sunoapi-org", "api/v1/lyrics", "lyrics.json", receiver.url());
    awaitLog(id, c -> true);

    JsonNode listed = Schemas.tree(http.get(null, "__admin/callbacks").body()).get("callbacks");

    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).get("outcome").asString()).isEqualTo("dropped");
    assertThat(listed.get(0).get("taskId").asString()).isEqualTo(id);
    http.post(null, "__admin/reset", "");
    assertThat(Schemas.tree(http.get(null, "__admin/callbacks").body()).get("callbacks")).isEmpty();
  }

  @Test
  void unknown_callback_faults_and_stages_are_rejected() {
    assertThatThrownBy(() -> server.admin().callbackFault("kie", "complete", "explode"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delay:<ms>");
    assertThatThrownBy(() -> server.admin().callbackFault("kie", "halfway", "drop"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text");
    // sunoapi.com's webhooks have one stage only.
    assertThatThrownBy(() -> server.admin().callbackFault("sunoapi-com", "text", "drop"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(http.post(null, "__admin/callback-faults",
        "{\"provider\":\"kie\",\"stage\":\"complete\",\"fault\":\"delay:x\"}").statusCode()).isEqualTo(400);
  }

  private String create(String provider, String path, String fixture, String callbackUrl) {
    return createAt(server, provider, path, fixture, callbackUrl);
  }

  private static String createAt(MockServer target, String provider, String path, String fixture, String url) {
    String body = Http.fixture("callback-" + fixture);
    String response = new Http(target).post(provider, path, body.replace("{{callBackUrl}}", url)).body();
    return Schemas.tree(response).get("data").get("taskId").asString();
  }

  private List<LoggedCallback> awaitLog(String taskId, Predicate<LoggedCallback> until) {
    return awaitLog(server, taskId, until);
  }

  /** The task's log entries once one matches {@code until}; waits up to 20 s. */
  private static List<LoggedCallback> awaitLog(MockServer target, String taskId, Predicate<LoggedCallback> until) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      List<LoggedCallback> entries = target.admin().callbacks().stream()
          .filter(c -> c.taskId().equals(taskId)).collect(Collectors.toList());
      if (entries.stream().anyMatch(until)) return entries;
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("callback log of " + taskId + " never matched: " + target.admin().callbacks());
  }
}
