package io.github.sunoport.adapter.kie;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sunoport.adapter.recordinfo.CallbackExamples;
import io.github.sunoport.adapter.recordinfo.ProviderHarness;
import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.callback.CallbackDeduplicator;
import io.github.sunoport.core.callback.CallbackEvent;
import io.github.sunoport.core.callback.CallbackStage;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.error.InvalidCallbackException;
import io.github.sunoport.core.error.InvalidCallbackException.Reason;
import io.github.sunoport.core.model.ProviderTimestamp;
import io.github.sunoport.core.model.ResultLink;
import io.github.sunoport.core.model.derived.CoverImages;
import io.github.sunoport.core.model.derived.DerivedKind;
import io.github.sunoport.core.model.derived.MidiTranscription;
import io.github.sunoport.core.model.derived.MusicVideo;
import io.github.sunoport.core.model.derived.Stems;
import io.github.sunoport.core.model.derived.WavFile;
import io.github.sunoport.core.port.SunoClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every documented derived callback shape, signed the way kie.ai signs (HMAC-SHA256 over task id and timestamp),
 * parsed by the one callback port into a typed event, verified, and deduplicated.
 */
class KieDerivedCallbacksTest {
  private static final String KEY = "kie-derived-webhook-key";

  private final SunoClient client = SunoProviders.open("kie",
      ProviderSettings.builder().apiKey("derived-callbacks").webhookKey(KEY).build());

  @AfterEach
  void close() {
    client.close();
  }

  private static byte[] fixture(String name) {
    return ProviderHarness.resource("derived/callbacks/" + name).getBytes(UTF_8);
  }

  private static Map<String, List<String>> signed(String taskId) throws Exception {
    String now = Long.toString(Instant.now().getEpochSecond());
    return Map.of("X-Webhook-Timestamp", List.of(now),
        "X-Webhook-Signature", List.of(KieWebhookSignatureTest.sign(taskId + "." + now, KEY)));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({
      "wav-kie.json, 988e****c8d3, WAV, COMPLETE",
      "wav-kie-cn.json, 988e****c8d3, WAV, COMPLETE",
      "wav-failed-sunoapi-org.json, 988e****c8d3, WAV, ERROR",
      "stems-separate-vocal-kie.json, 3e63b4cc88d52611159371f6af5571e7, STEMS, COMPLETE",
      "stems-split-stem-sunoapi-org.json, e649edb7abfd759285bd41a47a634b10, STEMS, COMPLETE",
      "stems-failed.json, 5e72d367bdfbe44785e28d72cb1697c7, STEMS, ERROR",
      "midi.json, 5c79****be8e, MIDI, COMPLETE",
      "midi-kie-cn.json, 5c79****be8e, MIDI, COMPLETE",
      "video-kie-code-0.json, taskId_774b9aa0422f, VIDEO, COMPLETE",
      "video-failed-sunoapi-org-cn.json, taskId_774b9aa0422f, VIDEO, ERROR",
      "cover.json, 21aee3c3c2a01fa5e030b3799fa4dd56, COVER_IMAGE, COMPLETE",
      "cover-failed-cn.json, 21aee3c3c2a01fa5e030b3799fa4dd56, COVER_IMAGE, ERROR",
  })
  void every_signed_derived_callback_parses_to_an_event_of_its_kind(
      String fixture, String taskId, DerivedKind kind, CallbackStage stage) throws Exception {
    CallbackEvent event = client.callbacks().parse(fixture(fixture), signed(taskId));

    assertThat(event.task().value()).isEqualTo(taskId);
    assertThat(event.task().provider()).isEqualTo(KieDialect.ID);
    assertThat(event.derivedKind()).contains(kind);
    assertThat(event.stage()).isEqualTo(stage);
    assertThat(event.derived().isPresent()).isEqualTo(stage == CallbackStage.COMPLETE);
  }

  @Test
  void results_come_typed_with_kies_14_day_expiry_counted_from_receipt() throws Exception {
    Instant before = Instant.now();
    WavFile wav = client.callbacks().parse(fixture("wav-kie.json"), signed("988e****c8d3"))
        .derived(WavFile.class).orElseThrow();
    Stems stems = client.callbacks().parse(fixture("stems-split-stem-sunoapi-org.json"),
        signed("e649edb7abfd759285bd41a47a634b10")).derived(Stems.class).orElseThrow();
    MidiTranscription midi = client.callbacks().parse(fixture("midi.json"), signed("5c79****be8e"))
        .derived(MidiTranscription.class).orElseThrow();
    MusicVideo video = client.callbacks().parse(fixture("video-kie-code-0.json"), signed("taskId_774b9aa0422f"))
        .derived(MusicVideo.class).orElseThrow();
    CoverImages cover = client.callbacks().parse(fixture("cover.json"), signed("21aee3c3c2a01fa5e030b3799fa4dd56"))
        .derived(CoverImages.class).orElseThrow();

    Instant expires = wav.link().expiresAt().flatMap(ProviderTimestamp::instant).orElseThrow();
    assertThat(expires).isBetween(before.plus(Duration.ofDays(14)).minusSeconds(1),
        Instant.now().plus(Duration.ofDays(14)).plusSeconds(1));
    assertThat(stems.links()).hasSize(12).allSatisfy((role, link) ->
        assertThat(link.keptFor()).contains(Duration.ofDays(14)));
    assertThat(midi.noteCount()).isEqualTo(4);
    assertThat(video.link().keptFor()).contains(Duration.ofDays(14));
    assertThat(cover.images()).extracting(ResultLink::keptFor).containsOnly(java.util.Optional.of(
        Duration.ofDays(14)));
  }

  @Test
  void a_derived_callback_signed_for_another_task_is_rejected() throws Exception {
    InvalidCallbackException e = catchThrowableOfType(InvalidCallbackException.class,
        () -> client.callbacks().parse(fixture("stems-separate-vocal-kie.json"), signed("someone-elses-task")));

    assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH);
    assertThat(e.getMessage()).doesNotContain(KEY);
  }

  @Test
  void an_unsigned_derived_callback_is_rejected_when_a_key_is_set() {
    InvalidCallbackException e = catchThrowableOfType(InvalidCallbackException.class,
        () -> client.callbacks().parse(fixture("midi.json"), Map.of()));

    assertThat(e.reason()).isEqualTo(Reason.MISSING_SIGNATURE);
  }

  @Test
  void repeated_deliveries_of_a_derived_callback_are_handled_once() throws Exception {
    CallbackDeduplicator dedup = CallbackDeduplicator.create();

    boolean first = dedup.firstDelivery(client.callbacks().parse(fixture("wav-kie.json"), signed("988e****c8d3")));
    boolean again = dedup.firstDelivery(client.callbacks().parse(fixture("wav-kie-cn.json"), signed("988e****c8d3")));

    assertThat(first).isTrue();
    assertThat(again).isFalse();
  }

  @Test
  void a_body_of_no_known_shape_is_rejected_as_such() throws Exception {
    byte[] body = "{\"code\":200,\"msg\":\"ok\",\"data\":{\"task_id\":\"t1\",\"something\":1}}".getBytes(UTF_8);

    InvalidCallbackException e = catchThrowableOfType(InvalidCallbackException.class,
        () -> client.callbacks().parse(body, signed("t1")));

    assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_SHAPE);
  }

  @Test
  void a_derived_callback_with_a_wrongly_typed_value_is_malformed() throws Exception {
    byte[] body = "{\"code\":200,\"msg\":\"ok\",\"data\":{\"task_id\":\"t1\",\"images\":{\"a\":1}}}".getBytes(UTF_8);

    InvalidCallbackException e = catchThrowableOfType(InvalidCallbackException.class,
        () -> client.callbacks().parse(body, signed("t1")));

    assertThat(e.reason()).isEqualTo(Reason.MALFORMED_BODY);
  }

  @Test
  void every_bundled_kie_derived_callback_parses_signed_to_an_event_of_its_kind() throws Exception {
    Map<String, DerivedKind> kinds = Map.of("wav", DerivedKind.WAV, "stems", DerivedKind.STEMS, "midi",
        DerivedKind.MIDI, "video", DerivedKind.VIDEO, "cover", DerivedKind.COVER_IMAGE);
    List<String> names = new String(CallbackExamples.index(), UTF_8).lines()
        .filter(l -> l.startsWith("kie/callbacks/")).map(l -> l.split("[/.]")[2])
        .filter(n -> kinds.containsKey(n.split("-")[0])).toList();

    for (String name : names) {
      byte[] body = CallbackExamples.documented("kie", name);
      String taskId = new String(body, UTF_8).replaceAll("(?s).*\"(?:task_id|taskId)\"\\s*:\\s*\"([^\"]+)\".*", "$1");
      CallbackEvent event = client.callbacks().parse(body, signed(taskId));

      assertThat(event.derivedKind()).as(name).contains(kinds.get(name.split("-")[0]));
    }
    assertThat(names.stream().map(n -> kinds.get(n.split("-")[0])).distinct()).hasSize(DerivedKind.values().length);
  }
}
