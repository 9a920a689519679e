package io.github.sunoport.adapter.kie;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sunoport.adapter.recordinfo.CallbackReceiver;
import io.github.sunoport.adapter.recordinfo.CallbackReceiver.Delivery;
import io.github.sunoport.core.SunoProviders;
import io.github.sunoport.core.callback.CallbackEvent;
import io.github.sunoport.core.callback.CallbackStage;
import io.github.sunoport.core.config.ProviderSettings;
import io.github.sunoport.core.error.InvalidCallbackException;
import io.github.sunoport.core.error.InvalidCallbackException.Reason;
import io.github.sunoport.core.model.LyricsRequest;
import io.github.sunoport.core.model.TaskId;
import io.github.sunoport.core.port.SunoClient;
import io.github.sunoport.mock.MockServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** kie.ai's webhook signature on a real delivery from the mock server, and the ways a callback fails it. */
class KieWebhookSignatureTest {
  private static final String KEY = "kie-signature-test-key";
  private static final String WRONG_KEY = "some-other-webhook-key";

  private static MockServer server;
  private static CallbackReceiver receiver;
  private static SunoClient client;
  private static TaskId task;
  private static Delivery signed;

  @BeforeAll
  static void receiveOneSignedCallback() {
    server = MockServer.builder().timeline(Duration.ZERO).webhookKey(KEY).build().start();
    receiver = CallbackReceiver.start();
    client = open(KEY);
    task = client.lyrics().submit(LyricsRequest.of("A song about rain").withCallbackUrl(receiver.url()));
    signed = receiver.next();
  }

  @AfterAll
  static void stop() {
    client.close();
    receiver.close();
    server.close();
  }

  @Test
  void a_valid_signature_is_accepted() {
    CallbackEvent event = client.callbacks().parse(signed.body(), signed.headers());

    assertThat(event.task()).isEqualTo(task);
    assertThat(event.stage()).isEqualTo(CallbackStage.COMPLETE);
  }

  @Test
  void header_names_match_whatever_their_case() {
    Map<String, List<String>> lower = new TreeMap<>();
    signed.headers().forEach((name, values) -> lower.put(name.toLowerCase(java.util.Locale.ROOT), values));

    assertThat(client.callbacks().parse(signed.body(), lower).task()).isEqualTo(task);
  }

  @Test
  void a_signature_made_with_another_key_is_rejected() {
    try (SunoClient other = open(WRONG_KEY)) {
      InvalidCallbackException e = rejected(other, signed.body(), signed.headers());

      assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH);
      assertThat(e.getMessage()).contains("does not match").doesNotContain(KEY, WRONG_KEY);
    }
  }

  @Test
  void a_body_whose_task_id_was_altered_is_rejected() {
    byte[] altered = new String(signed.body(), UTF_8).replace(task.value(), "0123456789abcdef0123456789abcdef")
        .getBytes(UTF_8);

    InvalidCallbackException e = rejected(client, altered, signed.headers());

    assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH);
    assertThat(e.getMessage()).doesNotContain(KEY);
  }

  @Test
  void an_old_timestamp_is_rejected_even_when_correctly_signed() throws Exception {
    String old = Long.toString(Instant.now().minus(Duration.ofMinutes(10)).getEpochSecond());
    Map<String, List<String>> replayed = Map.of(
        "X-Webhook-Timestamp", List.of(old),
        "X-Webhook-Signature", List.of(sign(task.value() + "." + old, KEY)));

    InvalidCallbackException e = rejected(client, signed.body(), replayed);

    assertThat(e.reason()).isEqualTo(Reason.EXPIRED_SIGNATURE);
    assertThat(e.getMessage()).contains("in the past", "tolerance").doesNotContain(KEY);
  }

  @Test
  void a_callback_without_signature_headers_is_rejected_when_a_key_is_set() {
    InvalidCallbackException unsigned = rejected(client, signed.body(), Map.of());
    InvalidCallbackException noSignature = rejected(client, signed.body(),
        Map.of("X-Webhook-Timestamp", signed.headers().get("X-webhook-timestamp")));

    assertThat(unsigned.reason()).isEqualTo(Reason.MISSING_SIGNATURE);
    assertThat(noSignature.reason()).isEqualTo(Reason.MISSING_SIGNATURE);
    assertThat(noSignature.getMessage()).contains("missing header X-Webhook-Signature");
  }

  @Test
  void without_a_key_nothing_is_verified() {
    try (SunoClient unverified = SunoProviders.open("kie", ProviderSettings.builder().apiKey("k").build())) {
      assertThat(unverified.callbacks().parse(signed.body(), Map.of()).task()).isEqualTo(task);
    }
  }

  private static SunoClient open(String webhookKey) {
    return SunoProviders.open("kie", ProviderSettings.builder().apiKey("signature-test")
        .baseUrl(server.baseUrl("kie")).webhookKey(webhookKey).build());
  }

  private static InvalidCallbackException rejected(SunoClient c, byte[] body, Map<String, List<String>> headers) {
    return catchThrowableOfType(InvalidCallbackException.class, () -> c.callbacks().parse(body, headers));
  }

  static String sign(String message, String key) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(UTF_8), "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(UTF_8)));
  }
}
