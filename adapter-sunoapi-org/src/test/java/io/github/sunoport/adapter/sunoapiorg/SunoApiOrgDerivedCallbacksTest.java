package io.github.sunoport.adapter.sunoapiorg;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sunoport.adapter.recordinfo.CallbackExamples;
import io.github.sunoport.core.callback.CallbackEvent;
import io.github.sunoport.core.callback.CallbackStage;
import io.github.sunoport.core.model.derived.DerivedKind;
import io.github.sunoport.core.port.SunoClient;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every bundled sunoapi.org derived callback parses, untold, to an event of its kind and stage. */
class SunoApiOrgDerivedCallbacksTest {
  private static final Map<String, DerivedKind> KINDS = Map.of("wav", DerivedKind.WAV, "stems", DerivedKind.STEMS,
      "midi", DerivedKind.MIDI, "video", DerivedKind.VIDEO, "cover", DerivedKind.COVER_IMAGE);

  @Test
  void every_bundled_derived_callback_parses_to_its_kind_and_stage() {
    List<String> names = new String(CallbackExamples.index(), UTF_8).lines()
        .filter(l -> l.startsWith("sunoapi-org/callbacks/")).map(l -> l.split("[/.]")[2])
        .filter(n -> KINDS.containsKey(n.split("-")[0])).toList();

    try (SunoClient client = CallbackExamples.offlineClient("sunoapi-org")) {
      for (String name : names) {
        CallbackEvent event = client.callbacks().parse(CallbackExamples.documented("sunoapi-org", name), Map.of());

        assertThat(event.derivedKind()).as(name).contains(KINDS.get(name.split("-")[0]));
        assertThat(event.stage()).as(name)
            .isEqualTo(name.endsWith("-failed") ? CallbackStage.ERROR : CallbackStage.COMPLETE);
      }
    }
    Set<DerivedKind> covered = names.stream().map(n -> KINDS.get(n.split("-")[0])).collect(Collectors.toSet());
    assertThat(covered).containsExactlyInAnyOrder(DerivedKind.values());
  }
}
