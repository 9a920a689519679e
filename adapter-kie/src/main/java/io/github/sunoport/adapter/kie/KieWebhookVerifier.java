package io.github.sunoport.adapter.kie;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.sunoport.adapter.recordinfo.CallbackVerifier;
import io.github.sunoport.core.config.ApiKey;
import io.github.sunoport.core.error.ErrorDetails;
import io.github.sunoport.core.error.InvalidCallbackException;
import io.github.sunoport.core.error.InvalidCallbackException.Reason;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * kie.ai's webhook signature (https://docs.kie.ai/common-api/webhook-verification): {@code X-Webhook-Signature} =
 * base64(HMAC-SHA256(taskId + "." + timestamp, key)), {@code X-Webhook-Timestamp} in unix seconds. The signature
 * covers the task id and the time only, not the rest of the body: that is kie.ai's design. A timestamp further than
 * the tolerance from now, either way, is rejected so a captured callback cannot be replayed later.
 */
final class KieWebhookVerifier implements CallbackVerifier {
  static final String SIGNATURE = "X-Webhook-Signature";
  static final String TIMESTAMP = "X-Webhook-Timestamp";
  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;
  private final Duration tolerance;
  private final Clock clock;

  KieWebhookVerifier(ApiKey key, Duration tolerance, Clock clock) {
    this.key = new SecretKeySpec(key.reveal().getBytes(UTF_8), ALGORITHM);
    this.tolerance = tolerance;
    this.clock = clock;
  }

  @Override
  public void verify(String taskId, Map<String, List<String>> headers) {
    String signature = first(headers, SIGNATURE);
    String timestamp = first(headers, TIMESTAMP);
    if (signature == null || timestamp == null) {
      throw rejected(Reason.MISSING_SIGNATURE, "missing header " + (signature == null ? SIGNATURE : TIMESTAMP));
    }
    if (!timestamp.matches("[0-9]{1,12}")) {
      throw rejected(Reason.MALFORMED_SIGNATURE, TIMESTAMP + " is not a whole number of unix seconds");
    }
    long skew = clock.instant().getEpochSecond() - Long.parseLong(timestamp);
    if (Math.abs(skew) > tolerance.toSeconds()) {
      throw rejected(Reason.EXPIRED_SIGNATURE, TIMESTAMP + " is " + Math.abs(skew) + " s in the "
          + (skew > 0 ? "past" : "future") + ", outside the tolerance of " + tolerance.toSeconds() + " s");
    }
    byte[] given;
    try {
      given = Base64.getDecoder().decode(signature);
    } catch (IllegalArgumentException e) {
      throw rejected(Reason.MALFORMED_SIGNATURE, SIGNATURE + " is not base64");
    }
    // Constant-time comparison, so the time taken reveals nothing about how much of a guess was right.
    if (!MessageDigest.isEqual(given, sign(taskId + "." + timestamp))) {
      throw rejected(Reason.SIGNATURE_MISMATCH, SIGNATURE + " does not match the task id and timestamp");
    }
  }

  byte[] sign(String message) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM); // Mac is not thread-safe: one per call
      mac.init(key);
      return mac.doFinal(message.getBytes(UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every JDK", e);
    }
  }

  private static String first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    if (values == null || values.isEmpty() || values.get(0).isBlank()) {
      return null;
    }
    return values.get(0).strip();
  }

  private static InvalidCallbackException rejected(Reason reason, String detail) {
    return new InvalidCallbackException(reason, detail, ErrorDetails.of(KieDialect.ID));
  }

  /** Never shows the key. */
  @Override
  public String toString() {
    return "KieWebhookVerifier{key=****, tolerance=" + tolerance + "}";
  }
}
