package io.github.sunoport.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultLinkTest {
  private static final URI WAV = URI.create("https://example.com/s/04e6e727.wav");

  @Test
  void kept_for_a_lifetime_after_a_zoneless_completion_time_expires_that_much_later() {
    ResultLink link = ResultLink.keptFor(WAV, Duration.ofDays(14),
        Optional.of(ProviderTimestamp.parse("2025-01-01 00:10:00")));

    assertThat(link.expiresAt()).map(Object::toString).contains("2025-01-15T00:10");
    assertThat(link.keptFor()).contains(Duration.ofDays(14));
  }

  @Test
  void kept_for_a_lifetime_after_a_millisecond_time_expires_at_an_instant() {
    ResultLink link = ResultLink.keptFor(WAV, Duration.ofDays(14),
        Optional.of(ProviderTimestamp.ofEpochMillis(1753782937000L)));

    assertThat(link.expiresAt().flatMap(ProviderTimestamp::instant))
        .contains(Instant.ofEpochMilli(1753782937000L).plus(Duration.ofDays(14)));
  }

  @Test
  void a_lifetime_without_a_start_knows_no_expiry_and_never_counts_as_expired() {
    ResultLink link = ResultLink.keptFor(WAV, Duration.ofDays(15), Optional.empty());

    assertThat(link.expiresAt()).isEmpty();
    assertThat(link.isExpiredAt(Instant.MAX, ZoneOffset.UTC)).isFalse();
  }

  @Test
  void is_expired_from_its_expiry_on() {
    ResultLink link = ResultLink.expiringAt(WAV, ProviderTimestamp.parse("2025-01-01T00:20:00Z"));

    assertThat(link.isExpiredAt(Instant.parse("2025-01-01T00:19:59Z"), ZoneOffset.UTC)).isFalse();
    assertThat(link.isExpiredAt(Instant.parse("2025-01-01T00:20:00Z"), ZoneOffset.UTC)).isTrue();
  }

  @Test
  void reads_a_zoneless_expiry_in_the_zone_given() {
    ResultLink link = ResultLink.expiringAt(WAV, ProviderTimestamp.parse("2025-01-01 08:00:00"));

    assertThat(link.isExpiredAt(Instant.parse("2025-01-01T01:00:00Z"), ZoneOffset.ofHours(8))).isTrue();
    assertThat(link.isExpiredAt(Instant.parse("2025-01-01T01:00:00Z"), ZoneOffset.UTC)).isFalse();
  }

  @Test
  void rejects_relative_and_non_web_urls_without_echoing_the_query() {
    assertThatIllegalArgumentException().isThrownBy(() -> ResultLink.of(URI.create("/s/a.wav")))
        .withMessageContaining("url must be an absolute http or https URL");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResultLink.of(URI.create("ftp://example.com/a.wav?token=secret")))
        .withMessageNotContaining("secret");
  }

  @Test
  void rejects_a_lifetime_that_is_not_positive() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResultLink.keptFor(WAV, Duration.ZERO, Optional.empty()))
        .withMessageContaining("keptFor must be positive");
  }
}
