package io.github.sunoport.mock;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The headers that let a receiver authenticate a callback, given the configured webhook key. */
@FunctionalInterface
interface CallbackSigner {
  /** Sends callbacks unsigned. */
  CallbackSigner NONE = (taskId, body, now, key) -> Map.of();

  /**
   * kie.ai: {@code X-Webhook-Timestamp} (unix seconds) and {@code X-Webhook-Signature} =
   * base64(HMAC-SHA256(taskId + "." + timestamp, key)), https://docs.kie.ai/common-api/webhook-verification
   */
  CallbackSigner TASK_ID_HMAC = (taskId, body, now, key) -> {
    String timestamp = Long.toString(now.getEpochSecond());
    return Map.of("X-Webhook-Timestamp", timestamp, "X-Webhook-Signature", hmac(taskId + "." + timestamp, key));
  };

  /**
   * sunoapi.com: {@code X-Signature} = HMAC-SHA256 of the raw body, hex (the page does not say hex or base64;
   * https://docs.sunoapi.com/webhook-guide). sunoapi.com signs with the request's {@code webhook_secret}; the mock
   * signs with its own webhook key, so a test sets the same key on both sides.
   */
  CallbackSigner BODY_HMAC = (taskId, body, now, key) -> {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(UTF_8), "HmacSHA256"));
      return Map.of("X-Signature", java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes(UTF_8))));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every JDK", e);
    }
  };

  Map<String, String> headers(String taskId, String body, Instant now, String key);

  static String hmac(String message, String key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every JDK", e);
    }
  }
}
