package io.github.sunoport.core.await;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.sunoport.core.model.TaskState;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AwaitOptionsTest {
  private static final AwaitOptions DEFAULTS = AwaitOptions.until(TaskState.SUCCEEDED);

  @Test
  void until_has_the_documented_defaults() {
    assertThat(DEFAULTS.target()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(DEFAULTS.timeout()).isEqualTo(Duration.ofMinutes(10));
    assertThat(DEFAULTS.initialInterval()).isEqualTo(Duration.ofSeconds(2));
    assertThat(DEFAULTS.maxInterval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(DEFAULTS.minInterval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(DEFAULTS.multiplier()).isEqualTo(1.5);
    assertThat(DEFAULTS.jitter()).isEqualTo(0.2);
    assertThat(DEFAULTS.listener()).isNotNull();
  }

  @ParameterizedTest
  @EnumSource(value = TaskState.class, names = {"FAILED", "UNKNOWN"})
  void rejects_a_target_that_is_not_progress(TaskState target) {
    assertThatIllegalArgumentException().isThrownBy(() -> AwaitOptions.until(target))
        .withMessage("target must be a state of progress, not " + target);
  }

  @ParameterizedTest
  @EnumSource(value = TaskState.class, names = {"FAILED", "UNKNOWN"}, mode = EnumSource.Mode.EXCLUDE)
  void accepts_every_state_of_progress_as_target(TaskState target) {
    assertThat(AwaitOptions.until(target).target()).isEqualTo(target);
  }

  @Test
  void copies_change_one_thing_each() {
    ProgressListener listener = task -> {};

    AwaitOptions options = DEFAULTS.withTimeout(Duration.ofMinutes(1))
        .withIntervals(Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(3)).withBackoff(2.0, 0.0)
        .withListener(listener);

    assertThat(options.target()).isEqualTo(TaskState.SUCCEEDED);
    assertThat(options.timeout()).isEqualTo(Duration.ofMinutes(1));
    assertThat(options.initialInterval()).isEqualTo(Duration.ofSeconds(5));
    assertThat(options.maxInterval()).isEqualTo(Duration.ofSeconds(20));
    assertThat(options.minInterval()).isEqualTo(Duration.ofSeconds(3));
    assertThat(options.multiplier()).isEqualTo(2.0);
    assertThat(options.jitter()).isEqualTo(0.0);
    assertThat(options.listener()).isSameAs(listener);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT0S", "PT-1S"})
  void rejects_a_timeout_that_is_not_positive(Duration timeout) {
    assertThatIllegalArgumentException().isThrownBy(() -> DEFAULTS.withTimeout(timeout))
        .withMessageStartingWith("timeout must be positive");
  }

  @ParameterizedTest(name = "initial={0} max={1} min={2}")
  @CsvSource({
      "PT2S,  PT1S,  PT1S",
      "PT2S,  PT30S, PT3S",
      "PT40S, PT30S, PT1S",
  })
  void rejects_intervals_out_of_order(Duration initial, Duration max, Duration min) {
    assertThatIllegalArgumentException().isThrownBy(() -> DEFAULTS.withIntervals(initial, max, min))
        .withMessage("intervals must satisfy minInterval <= initialInterval <= maxInterval");
  }

  @Test
  void accepts_equal_intervals() {
    Duration second = Duration.ofSeconds(1);

    assertThat(DEFAULTS.withIntervals(second, second, second).minInterval()).isEqualTo(second);
  }

  @ParameterizedTest
  @CsvSource({"initialInterval, PT0S, PT30S, PT1S", "maxInterval, PT2S, PT-30S, PT1S", "minInterval, PT2S, PT30S, PT0S"})
  void rejects_an_interval_that_is_not_positive_naming_it(String name, Duration initial, Duration max, Duration min) {
    assertThatIllegalArgumentException().isThrownBy(() -> DEFAULTS.withIntervals(initial, max, min))
        .withMessageStartingWith(name + " must be positive");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.99, 10.01, Double.NaN, Double.POSITIVE_INFINITY})
  void rejects_a_multiplier_outside_one_to_ten(double multiplier) {
    assertThatIllegalArgumentException().isThrownBy(() -> DEFAULTS.withBackoff(multiplier, 0.2))
        .withMessageStartingWith("multiplier must be 1 to 10");
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.01, 1.01, Double.NaN})
  void rejects_jitter_outside_zero_to_one(double jitter) {
    assertThatIllegalArgumentException().isThrownBy(() -> DEFAULTS.withBackoff(1.5, jitter))
        .withMessageStartingWith("jitter must be 0 to 1");
  }

  @Test
  void accepts_the_bounds_of_multiplier_and_jitter() {
    assertThat(DEFAULTS.withBackoff(1.0, 0.0).multiplier()).isEqualTo(1.0);
    assertThat(DEFAULTS.withBackoff(10.0, 1.0).jitter()).isEqualTo(1.0);
  }

  @Test
  void rejects_missing_values() {
    assertThatNullPointerException().isThrownBy(() -> AwaitOptions.until(null)).withMessage("target == null");
    assertThatNullPointerException().isThrownBy(() -> DEFAULTS.withListener(null)).withMessage("listener == null");
    assertThatNullPointerException().isThrownBy(() -> DEFAULTS.withTimeout(null)).withMessage("timeout == null");
  }

  @Test
  void max_consecutive_errors_is_ten_by_default_and_must_be_1_to_1000() {
    assertThat(DEFAULTS.maxConsecutiveErrors()).isEqualTo(10);
    assertThat(DEFAULTS.withMaxConsecutiveErrors(1).maxConsecutiveErrors()).isEqualTo(1);
    assertThat(DEFAULTS.withMaxConsecutiveErrors(1_000).maxConsecutiveErrors()).isEqualTo(1_000);
    assertThatIllegalArgumentException().isThrownBy(() -> DEFAULTS.withMaxConsecutiveErrors(0))
        .withMessageContaining("maxConsecutiveErrors");
    assertThatIllegalArgumentException().isThrownBy(() -> DEFAULTS.withMaxConsecutiveErrors(1_001))
        .withMessageContaining("maxConsecutiveErrors");
  }
}
