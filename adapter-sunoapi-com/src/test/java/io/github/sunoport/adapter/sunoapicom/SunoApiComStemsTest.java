package io.github.sunoport.adapter.sunoapicom;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.callback.CallbackEvent;
import io.github.sunoport.core.callback.CallbackStage;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.error.InvalidCallbackException;
import io.github.sunoport.core.error.InvalidRequestException;
import io.github.sunoport.core.error.ProtocolException;
import io.github.sunoport.core.model.DerivedTask;
import io.github.sunoport.core.model.FailureKind;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.TaskState;
import io.github.sunoport.core.model.TrackId;
import io.github.sunoport.core.model.derived.DerivedKind;
import io.github.sunoport.core.model.derived.SeparationType;
import io.github.sunoport.core.model.derived.SourceTrack;
import io.github.sunoport.core.model.derived.StemPart;
import io.github.sunoport.core.model.derived.StemRole;
import io.github.sunoport.core.model.derived.Stems;
import io.github.sunoport.core.model.derived.StemsRequest;
import io.github.sunoport.core.port.SunoClient;
import java.net.URI;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * sunoapi.com's stem separations (https://docs.sunoapi.com/stems-basic, /stems-full): the documented request, and
 * the inferred result read defensively; unknown shapes are typed errors.
 */
class SunoApiComStemsTest {
  private static final SourceTrack CLIP = SourceTrack.of(TaskId.of("sunoapi-com", "51bc6dd0"),
      TrackId.of("sunoapi-com", "8ce9770b-ec3b-4029-a3e3-4b8db20da7d1"));
  private static final TaskId TASK = TaskId.of("sunoapi-com", "af0b3e97-0905-4827-a3c9-a31976873120");

  @RegisterExtension
  final ComServer com = new ComServer();

  @Test
  void two_and_twelve_stems_post_the_clip_to_basic_and_full() throws Exception {
    com.answer(Fixtures.json("stems-created.json"), Fixtures.json("stems-created.json"));

    TaskId basic = com.client().derived().submitStems(StemsRequest.of(CLIP, SeparationType.TWO_STEMS));
    com.client().derived().submitStems(StemsRequest.of(CLIP, SeparationType.TWELVE_STEMS));

    RecordedRequest first = com.taken();
    assertThat(first.getMethod()).isEqualTo("POST");
    assertThat(first.getPath()).isEqualTo("/sunoapi-com/api/v1/suno/stems/basic");
    assertThat(Fixtures.body(first)).containsExactly(entry("clip_id", CLIP.track().value()));
    assertThat(com.taken().getPath()).isEqualTo("/sunoapi-com/api/v1/suno/stems/full");
    assertThat(basic).isEqualTo(TASK);
  }

  @Test
  void a_callback_url_asks_for_a_signed_webhook() throws Exception {
    com.answer(Fixtures.json("stems-created.json"));
    try (SunoClient signing = SunoProviders.open("sunoapi-com", ProviderSettings.builder().apiKey("k")
        .baseUrl(com.baseUrl()).webhookKey("hook-secret").build())) {

      signing.derived().submitStems(StemsRequest.of(CLIP, SeparationType.TWO_STEMS)
          .withCallbackUrl(URI.create("https://app.example.com/hooks")));
    }

    assertThat(Fixtures.body(com.taken())).containsOnly(entry("clip_id", CLIP.track().value()),
        entry("webhook_url", "https://app.example.com/hooks"), entry("webhook_secret", "hook-secret"));
  }

  @Test
  void one_instrument_and_foreign_clips_are_refused_before_sending() {
    assertThatThrownBy(() -> com.client().derived().submitStems(StemsRequest.of(CLIP, SeparationType.TWO_STEMS)
        .withStemName("Guitar"))).isInstanceOf(InvalidRequestException.class).hasMessageContaining("ONE_INSTRUMENT");
    SourceTrack foreign = SourceTrack.of(TaskId.of("kie", "t"), TrackId.of("kie", "c"));
    assertThatThrownBy(() -> com.client().derived().submitStems(StemsRequest.of(foreign, SeparationType.TWO_STEMS)))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("kie");
    assertThat(com.requestCount()).isZero();
  }

  @Test
  void the_mock_example_maps_to_two_stems_by_role() throws Exception {
    com.answer(Fixtures.json("stems-succeeded.json"));

    DerivedTask<Stems> task = com.client().derived().fetchStems(TASK);

    assertThat(com.taken().getPath()).isEqualTo("/sunoapi-com/api/v1/suno/task/" + TASK.value());
    assertThat(task.state()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(task.kind()).isEqualTo(DerivedKind.STEMS);
    Stems stems = task.result().orElseThrow();
    assertThat(stems.type()).isEqualTo(SeparationType.TWO_STEMS);
    assertThat(stems.link(StemRole.VOCALS)).hasValueSatisfying(link -> assertThat(link.url())
        .isEqualTo(URI.create("https://cdn1.suno.ai/0b7d1c9e-2f4a-4e51-8a3c-6d2e9f1b7c40.mp3")));
    assertThat(stems.link(StemRole.INSTRUMENTAL)).isPresent();
    assertThat(stems.links().values()).allSatisfy(link -> assertThat(link.expiresAt()).isEmpty());
    assertThat(stems.parts()).extracting(StemPart::name).containsExactly("Vocals", "Instrumental");
    assertThat(stems.parts().get(0).durationSeconds()).hasValue(104.0);
  }

  @Test
  void a_stem_name_is_read_from_the_clip_its_metadata_or_its_title() throws Exception {
    com.answer(Fixtures.json("stems-full-mixed-shapes.json"));

    Stems stems = com.client().derived().fetchStems(TASK).result().orElseThrow();

    assertThat(stems.type()).isEqualTo(SeparationType.TWELVE_STEMS);
    assertThat(stems.links()).containsOnlyKeys(StemRole.VOCALS, StemRole.BACKING_VOCALS, StemRole.DRUMS,
        StemRole.BASS, StemRole.GUITAR, StemRole.KEYBOARD, StemRole.PERCUSSION, StemRole.STRINGS, StemRole.SYNTH,
        StemRole.FX, StemRole.BRASS, StemRole.WOODWINDS);
    assertThat(stems.parts().get(2).durationSeconds()).as("duration as a string").hasValue(104.88);
  }

  @Test
  void pending_and_failed_separations_are_typed_states() {
    com.answer(Fixtures.json("stems-pending.json"), Fixtures.json("stems-failed.json"));

    DerivedTask<Stems> pending = com.client().derived().fetchStems(TASK);
    DerivedTask<Stems> failed = com.client().derived().fetchStems(TASK);

    assertThat(pending.state()).isEqualTo(TaskState.RUNNING);
    assertThat(pending.result()).isEmpty();
    assertThat(failed.state()).isEqualTo(TaskState.FAILED);
    assertThat(failed.rawStatus()).isEqualTo("failed,failed");
    assertThat(failed.failure()).hasValueSatisfying(f -> {
      assertThat(f.kind()).isEqualTo(FailureKind.GENERATION_FAILED);
      assertThat(f.message()).isEqualTo("separation failed");
    });
  }

  @Test
  void unknown_shapes_are_protocol_errors_not_guesses() {
    com.answer(Fixtures.json("stems-unnamed.json"), Fixtures.json("clip-legacy-completed.json"));

    assertThatThrownBy(() -> com.client().derived().fetchStems(TASK)).isInstanceOf(ProtocolException.class)
        .hasMessageContaining("stem_type_group_name");
    assertThatThrownBy(() -> com.client().derived().fetchStems(TASK)).isInstanceOf(ProtocolException.class)
        .hasMessageContaining("legacy");
  }

  @Test
  void a_separation_webhook_is_a_signed_stems_event() throws Exception {
    String body = Fixtures.text("stems-succeeded.json").strip().replaceFirst("\\{", "{\"task_id\":\"" + TASK.value()
        + "\",");
    byte[] raw = body.getBytes(UTF_8);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec("hook-secret".getBytes(UTF_8), "HmacSHA256"));
    String signature = HexFormat.of().formatHex(mac.doFinal(raw));
    try (SunoClient verifying = SunoProviders.open("sunoapi-com",
        ProviderSettings.builder().apiKey("k").webhookKey("hook-secret").build())) {

      CallbackEvent event = verifying.callbacks().parse(raw, Map.of("X-Signature", List.of(signature)));

      assertThat(event.task()).isEqualTo(TASK);
      assertThat(event.stage()).isEqualTo(CallbackStage.COMPLETE);
      assertThat(event.derivedKind()).contains(DerivedKind.STEMS);
      assertThat(event.derived(Stems.class)).hasValueSatisfying(s -> assertThat(s.link(StemRole.VOCALS)).isPresent());
      assertThatThrownBy(() -> verifying.callbacks().parse(body.replace("Vocals", "Drums").getBytes(UTF_8),
          Map.of("X-Signature", List.of(signature)))).isInstanceOf(InvalidCallbackException.class);
    }
  }

  @Test
  void a_separation_webhook_whose_finished_stem_lacks_its_audio_is_a_malformed_body() {
    String body = Fixtures.text("stems-succeeded.json").strip().replaceFirst("\\{", "{\"task_id\":\"" + TASK.value()
        + "\",").replaceFirst("\"audio_url\": \"[^\"]*\", ", "");
    assertThat(body).as("the fixture still has one stem without audio_url").contains("\"stem_type_group_name\": \"Vocals\"")
        .doesNotContain("0b7d1c9e-2f4a-4e51-8a3c-6d2e9f1b7c40.mp3");
    try (SunoClient unverified = SunoProviders.open("sunoapi-com", ProviderSettings.builder().apiKey("k").build())) {
      assertThatThrownBy(() -> unverified.callbacks().parse(body.getBytes(UTF_8), Map.of()))
          .isInstanceOfSatisfying(InvalidCallbackException.class,
              e -> assertThat(e.reason()).isEqualTo(InvalidCallbackException.Reason.MALFORMED_BODY));
    }
  }
}
