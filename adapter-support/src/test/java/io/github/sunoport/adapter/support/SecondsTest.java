package io.github.sunoport.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecondsTest {

  @ParameterizedTest(name = "{0} s = {1}")
  @CsvSource({
      "198.44, PT3M18.44S",
      "60,     PT1M",
      "60.0,   PT1M",
      "1.36,   PT1.36S",
      "0.1,    PT0.1S",
      "0.001,  PT0.001S",
      "0,      PT0S",
      "604800, PT168H",
  })
  void reads_seconds_exactly_as_written(double seconds, Duration expected) {
    assertThat(Seconds.ofSeconds(seconds)).isEqualTo(expected);
  }

  @Test
  void reads_198_point_44_as_198_seconds_440_millis() {
    Duration d = Seconds.ofSeconds(198.44);

    assertThat(d.getSeconds()).isEqualTo(198);
    assertThat(d.getNano()).isEqualTo(440_000_000);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.001, -60, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 604800.5,
      1e12, Double.MAX_VALUE})
  void rejects_negative_not_finite_or_huge_seconds(double seconds) {
    assertThatIllegalArgumentException().isThrownBy(() -> Seconds.ofSeconds(seconds))
        .withMessageContaining("seconds must be between 0 and 604800")
        .withMessageContaining(String.valueOf(seconds));
  }

  @ParameterizedTest(name = "{0} = {1} s")
  @CsvSource({
      "PT3M18.44S, 198.44",
      "PT1M,       60",
      "PT0.001S,   0.001",
      "PT0S,       0",
      "PT0.000000001S, 0.000000001",
  })
  void writes_durations_as_decimal_seconds(Duration duration, String expected) {
    assertThat(Seconds.toSeconds(duration).toPlainString()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"PT1M, 60", "PT10M, 600", "PT3M18.4S, 198.4", "PT0.5S, 0.5"})
  void writes_seconds_without_an_exponent(Duration duration, String expected) {
    assertThat(Seconds.toSeconds(duration)).hasToString(expected).isEqualTo(new BigDecimal(expected));
  }

  @ParameterizedTest
  @ValueSource(doubles = {198.44, 60, 1.36, 0.5, 12345.678})
  void round_trips(double seconds) {
    assertThat(Seconds.toSeconds(Seconds.ofSeconds(seconds)).doubleValue()).isEqualTo(seconds);
  }
}
