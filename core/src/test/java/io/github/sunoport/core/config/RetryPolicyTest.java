package io.github.sunoport.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sunoport.core.error.InvalidSettingsException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RetryPolicyTest {
  private static final Optional<Duration> NO_RETRY_AFTER = Optional.empty();

  private static Duration seconds(double s) {
    return Duration.ofMillis((long) (s * 1000));
  }

  @Test
  void defaults_wait_half_a_second_then_one_and_stop_after_three_attempts() {
    RetryPolicy defaults = RetryPolicy.defaults();

    assertThat(defaults.delayBeforeRetry(1, NO_RETRY_AFTER)).contains(seconds(0.5));
    assertThat(defaults.delayBeforeRetry(2, NO_RETRY_AFTER)).contains(seconds(1));
    assertThat(defaults.delayBeforeRetry(3, NO_RETRY_AFTER)).isEmpty();
  }

  @Test
  void waits_grow_by_the_multiplier_up_to_the_cap() {
    RetryPolicy policy = new RetryPolicy(7, seconds(1), seconds(5), 2.0, seconds(30));

    assertThat(Stream.iterate(1, r -> r + 1).limit(6).map(r -> policy.delayBeforeRetry(r, NO_RETRY_AFTER).orElseThrow()))
        .containsExactly(seconds(1), seconds(2), seconds(4), seconds(5), seconds(5), seconds(5));
    assertThat(policy.delayBeforeRetry(7, NO_RETRY_AFTER)).isEmpty();
  }

  @Test
  void a_multiplier_of_one_waits_the_same_each_time() {
    RetryPolicy policy = new RetryPolicy(4, seconds(2), seconds(2), 1.0, seconds(30));

    assertThat(policy.delayBeforeRetry(3, NO_RETRY_AFTER)).contains(seconds(2));
  }

  @Test
  void honours_a_retry_after_longer_than_the_backoff() {
    assertThat(RetryPolicy.defaults().delayBeforeRetry(1, Optional.of(seconds(20)))).contains(seconds(20));
  }

  @Test
  void keeps_the_backoff_when_the_retry_after_is_shorter() {
    assertThat(RetryPolicy.defaults().delayBeforeRetry(2, Optional.of(seconds(0.1)))).contains(seconds(1));
  }

  @Test
  void honours_retry_after_up_to_the_cap_and_gives_up_beyond_it() {
    assertThat(RetryPolicy.defaults().delayBeforeRetry(1, Optional.of(seconds(30)))).contains(seconds(30));
    assertThat(RetryPolicy.defaults().delayBeforeRetry(1, Optional.of(seconds(30.001)))).isEmpty();
  }

  @Test
  void none_never_retries() {
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    assertThat(RetryPolicy.none().delayBeforeRetry(1, NO_RETRY_AFTER)).isEmpty();
  }

  @Test
  void retry_number_below_one_gets_no_delay() {
    assertThat(RetryPolicy.defaults().delayBeforeRetry(0, NO_RETRY_AFTER)).isEmpty();
    assertThat(RetryPolicy.defaults().delayBeforeRetry(-1, NO_RETRY_AFTER)).isEmpty();
  }

  static Stream<Arguments> invalidPolicies() {
    Duration s1 = seconds(1);
    return Stream.of(
        invalid("retryPolicy.maxAttempts", () -> new RetryPolicy(0, s1, s1, 2, s1)),
        invalid("retryPolicy.maxAttempts", () -> new RetryPolicy(21, s1, s1, 2, s1)),
        invalid("retryPolicy.initialBackoff", () -> new RetryPolicy(3, null, s1, 2, s1)),
        invalid("retryPolicy.initialBackoff", () -> new RetryPolicy(3, s1.negated(), s1, 2, s1)),
        invalid("retryPolicy.maxBackoff", () -> new RetryPolicy(3, s1, null, 2, s1)),
        invalid("retryPolicy.maxBackoff", () -> new RetryPolicy(3, seconds(2), s1, 2, s1)),
        invalid("retryPolicy.maxRetryAfter", () -> new RetryPolicy(3, s1, s1, 2, s1.negated())),
        invalid("retryPolicy.maxRetryAfter", () -> new RetryPolicy(3, s1, s1, 2, null)),
        invalid("retryPolicy.multiplier", () -> new RetryPolicy(3, s1, s1, 0.99, s1)),
        invalid("retryPolicy.multiplier", () -> new RetryPolicy(3, s1, s1, 10.01, s1)),
        invalid("retryPolicy.multiplier", () -> new RetryPolicy(3, s1, s1, Double.NaN, s1)));
  }

  private static Arguments invalid(String setting, Supplier<RetryPolicy> make) {
    return Arguments.of(setting, make);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalidPolicies")
  void rejects_invalid_values_naming_them(String setting, Supplier<RetryPolicy> make) {
    assertThatThrownBy(make::get).isInstanceOfSatisfying(InvalidSettingsException.class,
        e -> assertThat(e.setting()).isEqualTo(setting));
  }

  @Test
  void accepts_the_bounds() {
    assertThat(new RetryPolicy(20, Duration.ZERO, Duration.ZERO, 10.0, Duration.ZERO).maxAttempts()).isEqualTo(20);
  }
}
