package io.github.sunoport.adapter.kie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sunoport.core.config.ApiKey;
import io.github.sunoport.core.error.InvalidCallbackException;
import io.github.sunoport.core.error.InvalidCallbackException.Reason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KieWebhookVerifierTest {
  private static final String KEY = "verifier-unit-key";
  private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
  private static final String TASK = "3b66882fde0a5d398bd269cab6d9542b";

  private final KieWebhookVerifier verifier =
      new KieWebhookVerifier(ApiKey.of(KEY), Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));

  @ParameterizedTest(name = "{0} s from now")
  @CsvSource({"0", "-300", "300"})
  void a_signature_within_the_tolerance_passes(long offset) throws Exception {
    String timestamp = Long.toString(NOW.getEpochSecond() + offset);

    assertThatCode(() -> verifier.verify(TASK, headers(timestamp, KieWebhookSignatureTest.sign(TASK + "." + timestamp,
        KEY)))).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0} s from now")
  @CsvSource({"-301, past", "301, future"})
  void a_timestamp_outside_the_tolerance_is_rejected_either_way(long offset, String direction) throws Exception {
    String timestamp = Long.toString(NOW.getEpochSecond() + offset);

    InvalidCallbackException e =
        rejected(headers(timestamp, KieWebhookSignatureTest.sign(TASK + "." + timestamp, KEY)));

    assertThat(e.reason()).isEqualTo(Reason.EXPIRED_SIGNATURE);
    assertThat(e.getMessage()).contains(direction);
  }

  @Test
  void a_timestamp_that_is_not_unix_seconds_is_rejected() {
    InvalidCallbackException e = rejected(headers("2025-06-01T12:00:00Z", "c2ln"));

    assertThat(e.reason()).isEqualTo(Reason.MALFORMED_SIGNATURE);
    assertThat(e.getMessage()).contains("X-Webhook-Timestamp");
  }

  @Test
  void a_signature_that_is_not_base64_is_rejected() {
    InvalidCallbackException e = rejected(headers(Long.toString(NOW.getEpochSecond()), "not base64!"));

    assertThat(e.reason()).isEqualTo(Reason.MALFORMED_SIGNATURE);
    assertThat(e.getMessage()).contains("base64");
  }

  @Test
  void a_blank_header_counts_as_missing() {
    assertThat(rejected(headers(" ", "c2ln")).reason()).isEqualTo(Reason.MISSING_SIGNATURE);
  }

  @Test
  void a_signature_of_another_task_is_rejected() throws Exception {
    String timestamp = Long.toString(NOW.getEpochSecond());

    InvalidCallbackException e =
        rejected(headers(timestamp, KieWebhookSignatureTest.sign("other-task." + timestamp, KEY)));

    assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH);
  }

  @Test
  void to_string_never_shows_the_key() {
    assertThat(verifier.toString()).doesNotContain(KEY).contains("****");
  }

  private InvalidCallbackException rejected(Map<String, List<String>> headers) {
    InvalidCallbackException e = catchThrowableOfType(InvalidCallbackException.class,
        () -> verifier.verify(TASK, headers));
    assertThat(e.getMessage()).doesNotContain(KEY);
    return e;
  }

  private static Map<String, List<String>> headers(String timestamp, String signature) {
    return Map.of(KieWebhookVerifier.TIMESTAMP, List.of(timestamp), KieWebhookVerifier.SIGNATURE, List.of(signature));
  }
}
