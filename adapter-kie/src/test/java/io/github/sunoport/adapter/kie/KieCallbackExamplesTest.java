package io.github.sunoport.adapter.kie;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.adapter.recordinfo.CallbackExamples;
import io.github.sunoport.core.callback.CallbackEvent;
import io.github.sunoport.core.callback.CallbackStage;
import io.github.sunoport.core.error.InvalidCallbackException;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.port.SunoClient;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kie.ai callback example (https://docs.kie.ai/suno-api/generate-lyrics-callbacks,
 * https://docs.kie.ai/suno-api/generate-music-callbacks), as bundled in the mock server, parses as expected.
 */
class KieCallbackExamplesTest {
  private static final SunoClient CLIENT = CallbackExamples.offlineClient("kie");

  @AfterAll
  static void close() {
    CLIENT.close();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", value = {
      "lyrics-complete,        3b66882fde0a5d398bd269cab6d9542b, COMPLETE, 1, 0, Starry Night Dreams, -, -",
      "lyrics-complete-apidog, 3b66882fde0a5d398bd269cab6d9542b, COMPLETE, 2, 0, 星夜狂想, -, -",
      "lyrics-failed,          3b66882fde0a5d398bd269cab6d9542b, ERROR,    0, 0, -, 400, CONTENT_REJECTED",
      "music-complete,         2fac****9f72, COMPLETE, 0, 2, e231****-****-****-****-****8cadc7dc, -, -",
      "music-error,            2fac****9f72, ERROR,    0, 0, -, 501, GENERATION_FAILED"})
  void documented_callback_parses_to_the_expected_event(String name, String task, CallbackStage stage, int variants,
      int tracks, String first, Integer failureCode, FailureKind kind) {
    CallbackEvent event = CLIENT.callbacks().parse(CallbackExamples.documented("kie", name), Map.of());

    assertThat(event.task()).isEqualTo(TaskId.of("kie", task));
    assertThat(event.stage()).isEqualTo(stage);
    assertThat(event.variants()).hasSize(variants);
    assertThat(event.tracks()).hasSize(tracks);
    if (variants > 0) {
      assertThat(event.variants().get(0).title()).isEqualTo(first);
    }
    if (tracks > 0) {
      assertThat(event.tracks().get(0).id().value()).isEqualTo(first);
      assertThat(event.tracks().get(0).title()).isEqualTo("Iron Man");
      assertThat(event.tracks().get(0).audioUrl()).hasValue("https://example.cn/****.mp3");
    }
    if (failureCode != null) {
      assertThat(event.failure()).hasValueSatisfying(f -> {
        assertThat(f.code()).hasValue(failureCode);
        assertThat(f.kind()).isEqualTo(kind);
      });
    }
  }

  @Test
  void the_table_above_covers_every_bundled_kie_callback_but_the_derived_ones() {
    String index = new String(CallbackExamples.index(), UTF_8);

    // Derived outputs' callbacks are covered by KieDerivedCallbacksTest.
    assertThat(index.lines().filter(l -> l.startsWith("kie/callbacks/")).map(l -> l.split("[/.]")[2])
        .filter(name -> !name.matches("(wav|stems|midi|video|cover)-.*")))
        .containsExactlyInAnyOrder("lyrics-complete", "lyrics-complete-apidog", "lyrics-failed", "music-complete",
            "music-error", "upload-extend-complete", "market-complete", "market-fail");
  }

  @Test
  void the_upload_extend_callback_keeps_the_source_copies_apart() {
    CallbackEvent event = CLIENT.callbacks().parse(CallbackExamples.documented("kie", "upload-extend-complete"),
        Map.of());

    assertThat(event.stage()).isEqualTo(CallbackStage.COMPLETE);
    assertThat(event.tracks()).singleElement().satisfies(track -> {
      assertThat(track.id().value()).isEqualTo("e231****-****-****-****-****8cadc7dc");
      assertThat(track.title()).isEqualTo("钢铁侠");
      assertThat(track.lyrics()).isEqualTo("[Verse] 夜晚城市 灯火辉煌");
      assertThat(track.audioUrl()).hasValue("https://example.cn/****.mp3");
      assertThat(track.sourceAudioUrl()).hasValue("https://example.cn/****.mp3");
      assertThat(track.sourceStreamUrl()).hasValue("https://example.cn/****");
      assertThat(track.sourceImageUrl()).hasValue("https://example.cn/****.jpeg");
      assertThat(track.duration()).hasValue(java.time.Duration.ofMillis(198_440));
    });
  }

  /** The Market callbacks (the mock's design; kie documents none) are read by {@code kie-market} only. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"market-complete, COMPLETE", "market-fail, ERROR"})
  void market_callbacks_parse_on_kie_market_and_are_an_unknown_shape_on_kie(String name, CallbackStage stage) {
    byte[] body = CallbackExamples.documented("kie", name);
    try (SunoClient market = CallbackExamples.offlineClient("kie-market")) {
      assertThat(market.callbacks().parse(body, Map.of()).stage()).isEqualTo(stage);
    }
    assertThatThrownBy(() -> CLIENT.callbacks().parse(body, Map.of()))
        .isInstanceOfSatisfying(InvalidCallbackException.class,
            e -> assertThat(e.reason()).isEqualTo(InvalidCallbackException.Reason.UNKNOWN_SHAPE));
  }
}
