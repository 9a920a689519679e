package io.github.sunoport.adapter.sunoapicom;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.callback.CallbackDeduplicator;
import io.github.sunoport.core.callback.CallbackEvent;
import io.github.sunoport.core.callback.CallbackStage;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.error.InvalidCallbackException;
import io.github.sunoport.core.error.InvalidCallbackException.Reason;
import io.github.sunoport.core.model.Capability;
import io.github.sunoport.core.model.MusicRequest;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.model.Track;
import io.github.sunoport.core.port.SunoClient;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** sunoapi.com's webhooks (https://docs.sunoapi.com/webhook-guide): asked for per request, signed, parsed. */
class SunoApiComWebhooksTest {
  private static final String SECRET = "com-webhook-secret-0123";
  private static final byte[] DOCUMENTED = Fixtures.text("webhook-song-completed.json").getBytes(UTF_8);

  @RegisterExtension
  final ComServer com = new ComServer();

  private final SunoClient verifying = SunoProviders.open("sunoapi-com",
      ProviderSettings.builder().apiKey("k").webhookKey(SECRET).build());

  @AfterEach
  void close() {
    verifying.close();
  }

  private static byte[] hmac(byte[] body, String key) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(UTF_8), "HmacSHA256"));
    return mac.doFinal(body);
  }

  private static Map<String, List<String>> signature(String value) {
    return Map.of("x-signature", List.of(value));
  }

  @Test
  void a_music_request_with_a_callback_url_asks_for_a_webhook_and_one_without_does_not() throws Exception {
    com.answer(Fixtures.json("create-created.json"), Fixtures.json("create-created.json"));

    com.client().music().submit(MusicRequest.describe("rain").callbackUrl(URI.create("https://app.example/hook"))
        .build());
    com.client().music().submit(MusicRequest.describe("rain").build());

    assertThat(Fixtures.body(com.taken())).containsEntry("webhook_url", "https://app.example/hook")
        .doesNotContainKey("webhook_secret");
    assertThat(Fixtures.body(com.taken())).doesNotContainKeys("webhook_url", "webhook_secret");
  }

  @Test
  void with_a_webhook_key_the_secret_goes_out_with_the_url_so_sunoapi_com_signs() throws Exception {
    try (SunoClient client = SunoProviders.open("sunoapi-com", ProviderSettings.builder().apiKey("test-key")
        .baseUrl(com.baseUrl()).webhookKey(SECRET).build())) {
      com.answer(Fixtures.json("create-created.json"));

      client.music().submit(MusicRequest.describe("rain").callbackUrl(URI.create("https://app.example/hook")).build());

      assertThat(Fixtures.body(com.taken())).containsEntry("webhook_secret", SECRET);
      assertThat(client.toString()).doesNotContain(SECRET);
    }
  }

  @Test
  void the_documented_song_completed_webhook_parses_to_a_complete_event_with_its_track() {
    try (SunoClient unverified = SunoProviders.open("sunoapi-com", ProviderSettings.builder().apiKey("k").build())) {
      assertThat(unverified.supports(Capability.CALLBACKS)).isTrue();

      CallbackEvent event = unverified.callbacks().parse(DOCUMENTED, Map.of());

      assertThat(event.task()).isEqualTo(TaskId.of("sunoapi-com", "51bc6dd0-508a-414d-9ef3-71f7bad81cf7"));
      assertThat(event.stage()).isEqualTo(CallbackStage.COMPLETE);
      Track track = event.tracks().get(0);
      assertThat(track.id().value()).isEqualTo("30264033-2b01-43a7-8779-2a834b067486");
      assertThat(track.title()).isEqualTo("Sunshine in My Pocket");
      assertThat(track.duration()).as("duration sent as the string \"104.88\"")
          .contains(Duration.ofMillis(104_880));
    }
  }

  @Test
  void a_signature_over_the_raw_body_is_accepted_in_hex_or_base64() throws Exception {
    byte[] mac = hmac(DOCUMENTED, SECRET);

    assertThat(verifying.callbacks().parse(DOCUMENTED, signature(HexFormat.of().formatHex(mac))).stage())
        .isEqualTo(CallbackStage.COMPLETE);
    assertThat(verifying.callbacks().parse(DOCUMENTED, signature(Base64.getEncoder().encodeToString(mac))).stage())
        .isEqualTo(CallbackStage.COMPLETE);
  }

  @Test
  void a_forged_altered_or_unsigned_webhook_is_rejected_without_showing_the_key() throws Exception {
    byte[] altered = new String(DOCUMENTED, UTF_8).replace("Sunshine", "Moonshine").getBytes(UTF_8);
    String signed = HexFormat.of().formatHex(hmac(DOCUMENTED, SECRET));

    InvalidCallbackException tampered = catchThrowableOfType(InvalidCallbackException.class,
        () -> verifying.callbacks().parse(altered, signature(signed)));
    InvalidCallbackException otherKey = catchThrowableOfType(InvalidCallbackException.class, () -> verifying
        .callbacks().parse(DOCUMENTED, signature(HexFormat.of().formatHex(hmac(DOCUMENTED, "another-key")))));
    InvalidCallbackException unsigned = catchThrowableOfType(InvalidCallbackException.class,
        () -> verifying.callbacks().parse(DOCUMENTED, Map.of()));
    InvalidCallbackException garbled = catchThrowableOfType(InvalidCallbackException.class,
        () -> verifying.callbacks().parse(DOCUMENTED, signature("not a signature!")));

    assertThat(tampered.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH);
    assertThat(otherKey.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH);
    assertThat(unsigned.reason()).isEqualTo(Reason.MISSING_SIGNATURE);
    assertThat(garbled.reason()).isEqualTo(Reason.MALFORMED_SIGNATURE);
    assertThat(List.of(tampered, otherKey, unsigned, garbled)).allSatisfy(e ->
        assertThat(e.getMessage()).doesNotContain(SECRET));
  }

  @Test
  void a_failed_task_webhook_is_an_error_event_and_repeats_are_deduplicated() throws Exception {
    byte[] failed = new String(DOCUMENTED, UTF_8).replace("\"succeeded\"", "\"failed\"").getBytes(UTF_8);
    CallbackDeduplicator dedup = CallbackDeduplicator.create();

    CallbackEvent event = verifying.callbacks().parse(failed, signature(HexFormat.of().formatHex(hmac(failed, SECRET))));

    assertThat(event.stage()).isEqualTo(CallbackStage.ERROR);
    assertThat(event.failure()).isPresent();
    assertThat(dedup.firstDelivery(event)).isTrue();
    assertThat(dedup.firstDelivery(event)).isFalse();
  }

  @Test
  void a_webhook_without_task_id_or_not_json_is_rejected() {
    SunoClient unverified = SunoProviders.open("sunoapi-com", ProviderSettings.builder().apiKey("k").build());
    try (unverified) {
      InvalidCallbackException noId = catchThrowableOfType(InvalidCallbackException.class,
          () -> unverified.callbacks().parse("{\"code\":200,\"data\":[]}".getBytes(UTF_8), Map.of()));
      InvalidCallbackException notJson = catchThrowableOfType(InvalidCallbackException.class,
          () -> unverified.callbacks().parse("<html>".getBytes(UTF_8), Map.of()));

      assertThat(noId.reason()).isEqualTo(Reason.UNKNOWN_SHAPE);
      assertThat(notJson.reason()).isEqualTo(Reason.MALFORMED_BODY);
    }
  }
}
