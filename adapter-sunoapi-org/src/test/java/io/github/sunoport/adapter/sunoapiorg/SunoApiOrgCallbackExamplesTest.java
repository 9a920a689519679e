package io.github.sunoport.adapter.sunoapiorg;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.adapter.recordinfo.CallbackExamples;
import io.github.sunoport.core.callback.CallbackEvent;
import io.github.sunoport.core.callback.CallbackStage;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.port.SunoClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every sunoapi.org callback example (https://docs.sunoapi.org/suno-api/generate-lyrics-callbacks,
 * https://docs.sunoapi.org/suno-api/generate-music-callbacks), as bundled in the mock server, parses as expected.
 */
class SunoApiOrgCallbackExamplesTest {
  private static final SunoClient CLIENT = CallbackExamples.offlineClient("sunoapi-org");

  @AfterAll
  static void close() {
    CLIENT.close();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", value = {
      "lyrics-complete,             11dc****8b0f, COMPLETE, 2, 0, Iron Man, -, -",
      "lyrics-complete-lyrics-data, 11dc****8b0f, COMPLETE, 2, 0, Iron Man, -, -",
      "lyrics-error,                11dc****8b0f, ERROR,    0, 0, -, 400, CONTENT_REJECTED",
      "music-complete,              2fac****9f72, COMPLETE, 0, 2, 8551****662c, -, -"})
  void documented_callback_parses_to_the_expected_event(String name, String task, CallbackStage stage, int variants,
      int tracks, String first, Integer failureCode, FailureKind kind) {
    CallbackEvent event = CLIENT.callbacks().parse(CallbackExamples.documented("sunoapi-org", name), Map.of());

    assertThat(event.task()).isEqualTo(TaskId.of("sunoapi-org", task));
    assertThat(event.stage()).isEqualTo(stage);
    assertThat(event.variants()).hasSize(variants);
    assertThat(event.tracks()).hasSize(tracks);
    if (variants > 0) {
      assertThat(event.variants().get(0).title()).isEqualTo(first);
      assertThat(event.variants().get(0).text()).startsWith("[Verse]");
    }
    if (tracks > 0) {
      assertThat(event.tracks()).extracting(t -> t.id().value()).containsExactly(first, "bd15****1873");
      assertThat(event.tracks().get(0).modelName()).hasValue("chirp-v3-5");
    }
    if (failureCode != null) {
      assertThat(event.failure()).hasValueSatisfying(f -> {
        assertThat(f.code()).hasValue(failureCode);
        assertThat(f.kind()).isEqualTo(kind);
        assertThat(f.message()).isEqualTo("Lyrics generation failed");
      });
    }
  }

  @Test
  void the_table_above_covers_every_bundled_sunoapi_org_lyrics_and_music_callback() {
    // Derived outputs' callbacks are covered by SunoApiOrgDerivedCallbacksTest.
    List<String> bundled = new String(CallbackExamples.index(), UTF_8).lines()
        .filter(l -> l.startsWith("sunoapi-org/callbacks/lyrics-") || l.startsWith("sunoapi-org/callbacks/music-"))
        .map(l -> l.split("[/.]")[2]).toList();

    assertThat(bundled).containsExactlyInAnyOrder("lyrics-complete", "lyrics-complete-lyrics-data", "lyrics-error",
        "music-complete");
  }
}
