package io.github.sunoport.adapter.recordinfo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sunoport.core.callback.CallbackEvent;
import io.github.sunoport.core.callback.CallbackPort;
import io.github.sunoport.core.callback.CallbackStage;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.error.InvalidCallbackException;
import io.github.sunoport.core.error.InvalidCallbackException.Reason;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordInfoCallbacksTest {
  private final RecordInfoClient client =
      RecordInfoClient.open(new TestDialect(), ProviderSettings.builder().apiKey("parse-only").build());
  private final CallbackPort callbacks = client.callbacks();

  @AfterEach
  void close() {
    client.close();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "not-json.txt, MALFORMED_BODY",
      "array.json, MALFORMED_BODY",
      "json-null.json, MALFORMED_BODY",
      "items-not-a-list.json, MALFORMED_BODY",
      "data-not-an-object.json, MALFORMED_BODY",
      "code-not-a-number.json, MALFORMED_BODY",
      "two-values.json, MALFORMED_BODY",
      "track-without-id.json, MALFORMED_BODY",
      "task-id-with-space.json, MALFORMED_BODY",
      "empty-object.json, UNKNOWN_SHAPE",
      "no-task-id.json, UNKNOWN_SHAPE",
      "no-code.json, UNKNOWN_SHAPE",
      "unknown-callback-type.json, UNKNOWN_SHAPE"})
  void malformed_or_unknown_bodies_are_rejected_with_a_typed_error(String fixture, Reason reason) {
    InvalidCallbackException e = rejected(fixture("malformed/" + fixture));

    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.provider()).contains(TestDialect.ID);
  }

  @Test
  void an_empty_body_is_rejected() {
    assertThat(rejected(new byte[0]).getMessage()).contains("MALFORMED_BODY", "empty");
  }

  @Test
  void nesting_a_thousand_deep_is_rejected_with_a_short_message() {
    String deep = "{\"data\":".repeat(1000) + "1" + "}".repeat(1000);

    InvalidCallbackException e = rejected(deep.getBytes(UTF_8));

    assertThat(e.reason()).isEqualTo(Reason.MALFORMED_BODY);
    assertThat(e.getMessage()).hasSizeLessThan(600);
  }

  @Test
  void camel_case_items_and_task_id_map_like_snake_case_ones() {
    CallbackEvent event = parse("variants/music-camel-case.json");

    assertThat(event.task()).isEqualTo(new TaskId(TestDialect.ID, "camel0001"));
    assertThat(event.stage()).isEqualTo(CallbackStage.FIRST_TRACK_READY);
    assertThat(event.tracks()).singleElement().satisfies(t -> {
      assertThat(t.audioUrl()).hasValue("https://example.cn/1.mp3");
      assertThat(t.streamUrl()).hasValue("https://example.cn/1");
      assertThat(t.modelName()).hasValue("chirp-v4");
      assertThat(t.tags()).containsExactly("rock", "night");
      assertThat(t.duration()).hasValue(Duration.ofMillis(120_500));
      assertThat(t.createdAt()).isPresent();
    });
  }

  @Test
  void source_urls_stand_in_when_the_main_urls_are_empty() {
    CallbackEvent event = parse("variants/music-source-urls-only.json");

    assertThat(event.tracks()).singleElement().satisfies(t -> {
      assertThat(t.audioUrl()).hasValue("https://cdn.example.cn/s.mp3");
      assertThat(t.streamUrl()).hasValue("https://cdn.example.cn/s");
      assertThat(t.imageUrl()).hasValue("https://cdn.example.cn/s.jpeg");
    });
  }

  @Test
  void null_arrays_give_an_event_without_items() {
    CallbackEvent event = parse("variants/complete-with-null-array.json");

    assertThat(event.stage()).isEqualTo(CallbackStage.COMPLETE);
    assertThat(event.tracks()).isEmpty();
    assertThat(event.variants()).isEmpty();
    assertThat(event.failure()).isEmpty();
  }

  @Test
  void a_failure_code_makes_an_error_event_whatever_the_callback_type_says() {
    CallbackEvent event = parse("variants/failure-code-with-first-type.json");

    assertThat(event.stage()).isEqualTo(CallbackStage.ERROR);
    assertThat(event.code()).isEqualTo(531);
    assertThat(event.failure()).hasValueSatisfying(f -> {
      assertThat(f.kind()).isEqualTo(FailureKind.GENERATION_FAILED);
      assertThat(f.code()).hasValue(531);
      assertThat(f.message()).startsWith("Server Error");
    });
  }

  @Test
  void lyrics_items_under_lyrics_data_with_either_error_key_become_variants() {
    CallbackEvent event = parse("variants/lyrics-mixed-keys.json");

    assertThat(event.stage()).isEqualTo(CallbackStage.COMPLETE);
    assertThat(event.tracks()).isEmpty();
    assertThat(event.variants()).extracting(v -> v.title() + " " + v.state() + " " + v.error().orElse("-"))
        .containsExactly("First " + TaskState.SUCCEEDED + " -", "Second " + TaskState.FAILED + " flagged");
  }

  @Test
  void without_a_verifier_signature_headers_are_neither_needed_nor_checked() {
    CallbackEvent event = callbacks.parse(fixture("variants/complete-with-null-array.json"),
        Map.of("X-Webhook-Signature", List.of("garbage"), "X-Webhook-Timestamp", List.of("x")));

    assertThat(event.stage()).isEqualTo(CallbackStage.COMPLETE);
  }

  private CallbackEvent parse(String fixture) {
    return callbacks.parse(fixture(fixture), Map.of());
  }

  private InvalidCallbackException rejected(byte[] body) {
    return catchThrowableOfType(InvalidCallbackException.class, () -> callbacks.parse(body, Map.of()));
  }

  private static byte[] fixture(String name) {
    try (InputStream in = RecordInfoCallbacksTest.class.getResourceAsStream("/callbacks/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
