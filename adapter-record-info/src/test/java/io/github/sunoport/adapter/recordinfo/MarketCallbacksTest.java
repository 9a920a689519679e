package io.github.sunoport.adapter.recordinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.await.Sleeper;
import io.github.sunoport.core.callback.CallbackEvent;
import io.github.sunoport.core.callback.CallbackStage;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.InvalidCallbackException;
import io.github.sunoport.core.error.InvalidCallbackException.Reason;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.TaskId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Market callbacks as the mock sends them; any other shape is a typed error; the signature check stays. */
class MarketCallbacksTest {
  private static final ProviderSettings SETTINGS = ProviderSettings.builder().apiKey("k").build();
  private final List<String> verified = new ArrayList<>();

  private MarketClient client(CallbackVerifier verifier) {
    return MarketClient.open(new TestMarketDialect(verifier), SETTINGS, Sleeper.system());
  }

  private CallbackEvent parse(byte[] body) {
    try (MarketClient client = client((taskId, headers) -> verified.add(taskId))) {
      return client.callbacks().parse(body, Map.of());
    }
  }

  @Test
  void the_mocks_complete_callback_carries_the_songs_of_result_json() {
    CallbackEvent event = parse(CallbackExamples.documented("kie", "market-complete"));

    assertThat(event.task()).isEqualTo(new TaskId(TestMarketDialect.ID, "task_suno_1759651200000"));
    assertThat(event.stage()).isEqualTo(CallbackStage.COMPLETE);
    assertThat(event.tracks()).hasSize(2);
    assertThat(event.tracks().get(0).audioUrl()).hasValueSatisfying(url -> assertThat(url).endsWith(".mp3"));
    assertThat(event.failure()).isEmpty();
    assertThat(verified).containsExactly("task_suno_1759651200000");
  }

  /** A callback body around the Market record {@code record} (one of the mock's recordInfo examples). */
  private static byte[] callbackOf(String recordExample) {
    String record = ProviderHarness.resource("sunoport-mock/kie/market-record-info/" + recordExample);
    String data = record.substring(record.indexOf("\"data\":") + 7, record.length() - 2);
    return ("{\"code\":200,\"msg\":\"success\",\"data\":" + data + "}").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void a_derived_callback_is_told_apart_by_its_model_and_carries_the_typed_result() {
    CallbackEvent wav = parse(callbackOf("wav-success.json"));
    CallbackEvent stems = parse(callbackOf("stems-success.json"));

    assertThat(wav.derivedKind()).contains(io.github.sunoport.core.model.derived.DerivedKind.WAV);
    assertThat(wav.derived(io.github.sunoport.core.model.derived.WavFile.class)).hasValueSatisfying(w ->
        assertThat(w.link().keptFor()).contains(java.time.Duration.ofHours(24)));
    assertThat(stems.derived(io.github.sunoport.core.model.derived.Stems.class)).hasValueSatisfying(s ->
        assertThat(s.links()).hasSize(2));
    assertThat(wav.tracks()).isEmpty();
  }

  @Test
  void a_callback_of_a_synchronous_model_is_an_unknown_shape() {
    byte[] persona = new String(callbackOf("wav-success.json"), StandardCharsets.UTF_8)
        .replace("ai-music-api/convert-to-wav-format", "ai-music-api/generate-persona")
        .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> parse(persona)).isInstanceOfSatisfying(InvalidCallbackException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_SHAPE));
  }

  @Test
  void the_mocks_fail_callback_is_an_error_with_its_failure() {
    CallbackEvent event = parse(CallbackExamples.documented("kie", "market-fail"));

    assertThat(event.stage()).isEqualTo(CallbackStage.ERROR);
    assertThat(event.failure()).hasValueSatisfying(f -> {
      assertThat(f.kind()).isEqualTo(FailureKind.GENERATION_FAILED);
      assertThat(f.code()).hasValue(501);
      assertThat(f.message()).isEqualTo("Audio generation failed");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"code\":200,\"msg\":\"ok\",\"data\":{\"callbackType\":\"complete\",\"task_id\":\"t\",\"data\":[]}}",
      "{\"code\":200,\"data\":{\"taskId\":\"t\",\"model\":\"ai-music-api/generate\",\"state\":\"generating\"}}",
      "{\"code\":200,\"data\":{\"taskId\":\"t\",\"model\":\"ai-music-api/unknown\",\"state\":\"success\"}}",
      "{\"msg\":\"no code\",\"data\":{\"taskId\":\"t\",\"state\":\"success\"}}",
      "{\"code\":200,\"data\":null}"})
  void other_shapes_are_an_unknown_shape_and_never_verified(String body) {
    assertThatThrownBy(() -> parse(body.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(InvalidCallbackException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_SHAPE));
    assertThat(verified).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not json", "{\"code\":\"x\"}",
      "{\"code\":200,\"data\":{\"taskId\":\"t\",\"model\":\"ai-music-api/generate\",\"state\":\"success\","
          + "\"resultJson\":\"{broken\"}}",
      "{\"code\":200,\"data\":{\"taskId\":\"t\",\"model\":\"ai-music-api/generate\",\"state\":\"success\"}}"})
  void garbage_and_unreadable_results_are_a_malformed_body(String body) {
    assertThatThrownBy(() -> parse(body.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(InvalidCallbackException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_BODY));
  }

  @Test
  void a_refused_signature_refuses_the_callback() {
    CallbackVerifier refusing = (taskId, headers) -> {
      throw new InvalidCallbackException(Reason.MISSING_SIGNATURE, "no signature", ErrorDetails.none(), null);
    };
    try (MarketClient client = client(refusing)) {
      assertThatThrownBy(() -> client.callbacks().parse(CallbackExamples.documented("kie", "market-complete"),
          Map.of())).isInstanceOfSatisfying(InvalidCallbackException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_SIGNATURE));
    }
  }
}
