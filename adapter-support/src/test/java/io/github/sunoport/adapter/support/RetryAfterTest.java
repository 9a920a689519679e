package io.github.sunoport.adapter.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

  @Test
  void reads_delay_seconds() {
    assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofSeconds(120));
    assertThat(RetryAfter.parse(" 0 ", NOW)).contains(Duration.ZERO);
  }

  @Test
  void reads_a_future_http_date_as_the_time_until_then() {
    assertThat(RetryAfter.parse("Wed, 01 Jan 2025 00:01:30 GMT", NOW)).contains(Duration.ofSeconds(90));
  }

  @Test
  void reads_a_past_http_date_as_no_wait() {
    assertThat(RetryAfter.parse("Tue, 31 Dec 2024 23:59:00 GMT", NOW)).contains(Duration.ZERO);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"soon", "-5", "1.5", "12s", "Wed, 32 Jan 2025 00:00:00 GMT", "   "})
  void ignores_garbage(String header) {
    assertThat(RetryAfter.parse(header, NOW)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"999999", "9999999", "99999999999999999999999", "Fri, 01 Jan 2100 00:00:00 GMT"})
  void caps_huge_waits_at_one_day(String header) {
    assertThat(RetryAfter.parse(header, NOW)).contains(Duration.ofDays(1));
  }

  @Test
  void ignores_an_overlong_header() {
    assertThat(RetryAfter.parse("1".repeat(65), NOW)).isEmpty();
  }
}
