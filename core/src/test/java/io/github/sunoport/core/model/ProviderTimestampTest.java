package io.github.sunoport.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProviderTimestampTest {

  @Test
  void reads_zone_less_spaced_form_without_an_instant() {
    ProviderTimestamp t = ProviderTimestamp.parse("2025-01-01 00:00:00");

    assertThat(t.dateTime()).isEqualTo(LocalDateTime.of(2025, 1, 1, 0, 0, 0));
    assertThat(t.offset()).isEmpty();
    assertThat(t.instant()).isEmpty();
  }

  @Test
  void reads_a_zone_less_time_in_the_assumed_zone() {
    ProviderTimestamp t = ProviderTimestamp.parse("2025-01-01 00:00:00");

    assertThat(t.toInstant(ZoneOffset.UTC)).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
    assertThat(t.toInstant(ZoneId.of("Asia/Shanghai"))).isEqualTo(Instant.parse("2024-12-31T16:00:00Z"));
  }

  @Test
  void keeps_nanoseconds_and_the_instant_of_iso_with_zone() {
    ProviderTimestamp t = ProviderTimestamp.parse("2024-07-08T12:39:14.870428366Z");

    assertThat(t.dateTime().getNano()).isEqualTo(870_428_366);
    assertThat(t.offset()).contains(ZoneOffset.UTC);
    assertThat(t.instant()).contains(Instant.parse("2024-07-08T12:39:14.870428366Z"));
  }

  @Test
  void an_offset_in_the_text_wins_over_the_assumed_zone() {
    ProviderTimestamp t = ProviderTimestamp.parse("2025-01-01T08:00:00+08:00");

    assertThat(t.toInstant(ZoneId.of("America/New_York"))).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
  }

  @Test
  void reads_iso_local_date_time() {
    ProviderTimestamp t = ProviderTimestamp.parse("2025-01-01T00:00:00");

    assertThat(t.dateTime()).isEqualTo(LocalDateTime.of(2025, 1, 1, 0, 0));
    assertThat(t.instant()).isEmpty();
  }

  @Test
  void prints_iso_with_the_offset_when_known() {
    assertThat(ProviderTimestamp.parse("2024-07-08T12:39:14.5Z")).hasToString("2024-07-08T12:39:14.500Z");
    assertThat(ProviderTimestamp.parse("2025-01-01 10:11:12")).hasToString("2025-01-01T10:11:12");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"yesterday", "2025-13-01 00:00:00", "2025-01-01", "01/02/2025 10:00", "  ",
      "2025-01-01 00:00:00 UTC"})
  void try_parse_gives_empty_for_other_text(String text) {
    assertThat(ProviderTimestamp.tryParse(text)).isEmpty();
  }

  @Test
  void parse_names_the_text_it_cannot_read() {
    assertThatIllegalArgumentException().isThrownBy(() -> ProviderTimestamp.parse("next tuesday"))
        .withMessageContaining("'next tuesday'");
  }

  @Test
  void parse_shortens_long_garbage_in_the_message() {
    String garbage = "9".repeat(1_000);

    assertThatIllegalArgumentException().isThrownBy(() -> ProviderTimestamp.parse(garbage))
        .withMessageContaining("9".repeat(40) + "...")
        .withMessageNotContaining("9".repeat(41));
  }

  @Test
  void strips_surrounding_space() {
    assertThat(ProviderTimestamp.tryParse(" 2025-01-01 00:00:00\n")).isPresent();
  }

  @Test
  void reads_epoch_milliseconds_as_utc() {
    ProviderTimestamp at = ProviderTimestamp.ofEpochMillis(1_753_782_937_000L);

    assertThat(at.instant()).contains(java.time.Instant.parse("2025-07-29T09:55:37Z"));
    assertThat(at.offset()).contains(java.time.ZoneOffset.UTC);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1753782937000", " 1753782937000 ", "17537829370"})
  void reads_epoch_milliseconds_written_as_digits(String text) {
    assertThat(ProviderTimestamp.tryParse(text)).hasValueSatisfying(
        at -> assertThat(at.instant().orElseThrow().toEpochMilli()).isEqualTo(Long.parseLong(text.strip())));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025", "0", "123456789", "01753782937000", "99999999999999", "-1753782937000",
      "1753782937000.5"})
  void does_not_take_short_long_or_signed_numbers_for_times(String text) {
    assertThat(ProviderTimestamp.tryParse(text)).isEmpty();
  }

  @Test
  void plus_moves_the_time_and_keeps_the_zone_or_its_absence() {
    assertThat(ProviderTimestamp.parse("2025-01-01 00:10:00").plus(java.time.Duration.ofDays(15)))
        .hasToString("2025-01-16T00:10");
    assertThat(ProviderTimestamp.parse("2025-01-15T10:35:27.000Z").plus(java.time.Duration.ofDays(14)))
        .hasToString("2025-01-29T10:35:27Z");
  }
}
