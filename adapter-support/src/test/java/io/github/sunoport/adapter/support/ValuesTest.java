package io.github.sunoport.adapter.support;

import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.OptionalDouble;
import java.util.Optional;
import io.github.sunoport.core.model.VocalGender;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuesTest {
  @Test
  void decimal_reads_numbers_and_numeric_strings() {
    assertThat(Values.decimal(100)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100"));
    assertThat(Values.decimal(738.0)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("738"));
    assertThat(Values.decimal(" 12.5 ")).contains(new BigDecimal("12.5"));
    assertThat(Values.decimal(new BigDecimal("1.25"))).contains(new BigDecimal("1.25"));
  }

  @Test
  void decimal_gives_empty_for_garbage() {
    assertThat(Values.decimal(null)).isEmpty();
    assertThat(Values.decimal("")).isEmpty();
    assertThat(Values.decimal("12,5")).isEmpty();
    assertThat(Values.decimal("NaN")).isEmpty();
    assertThat(Values.decimal(Double.NaN)).isEmpty();
    assertThat(Values.decimal(Double.POSITIVE_INFINITY)).isEmpty();
    assertThat(Values.decimal("1".repeat(41))).isEmpty();
    assertThat(Values.decimal(true)).isEmpty();
    assertThat(Values.decimal(List.of(1))).isEmpty();
    assertThat(Values.decimal(Map.of("a", 1))).isEmpty();
  }

  @Test
  void integer_reads_501_in_every_form_a_provider_sends() {
    assertThat(Values.integer(501)).contains(501);
    assertThat(Values.integer(501.0)).contains(501);
    assertThat(Values.integer("501")).contains(501);
    assertThat(Values.integer("501.0")).contains(501);
  }

  @Test
  void integer_gives_empty_for_fractions_overflow_and_garbage() {
    assertThat(Values.integer(501.5)).isEmpty();
    assertThat(Values.integer("99999999999")).isEmpty();
    assertThat(Values.integer("1e999999999")).isEmpty();
    assertThat(Values.integer("five")).isEmpty();
    assertThat(Values.integer(null)).isEmpty();
  }

  @Test
  void seconds_reads_whole_decimal_and_string_seconds_exactly() {
    assertThat(Values.seconds(198.44)).contains(Duration.ofMillis(198_440));
    assertThat(Values.seconds(60)).contains(Duration.ofSeconds(60));
    assertThat(Values.seconds("60")).contains(Duration.ofSeconds(60));
    assertThat(Values.seconds("1.36")).contains(Duration.ofMillis(1_360));
    assertThat(Values.seconds(0)).contains(Duration.ZERO);
  }

  @Test
  void seconds_gives_empty_for_negative_absurd_and_garbage_values() {
    assertThat(Values.seconds(-1)).isEmpty();
    assertThat(Values.seconds("-0.5")).isEmpty();
    assertThat(Values.seconds(1e12)).isEmpty();
    assertThat(Values.seconds("1e999999999")).isEmpty();
    assertThat(Values.seconds("long")).isEmpty();
    assertThat(Values.seconds(null)).isEmpty();
  }

  @Test
  void text_writes_numbers_and_booleans_as_written() {
    assertThat(Values.text("abc")).contains("abc");
    assertThat(Values.text(501.0)).contains("501");
    assertThat(Values.text(1.5)).contains("1.5");
    assertThat(Values.text(7)).contains("7");
    assertThat(Values.text(true)).contains("true");
    assertThat(Values.text(null)).isEmpty();
    assertThat(Values.text(List.of("a"))).isEmpty();
    assertThat(Values.text(Map.of())).isEmpty();
  }

  @Test
  void splits_comma_separated_tags() {
    assertThat(Values.tags("electrifying, rock")).containsExactly("electrifying", "rock");
  }

  @Test
  void split_tags_drops_empty_pieces_and_trims() {
    assertThat(Values.tags(" ,  synthwave ,, dream pop ,")).containsExactly("synthwave", "dream pop");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", ",", " , , "})
  void split_tags_of_nothing_is_empty(String tags) {
    assertThat(Values.tags(tags)).isEmpty();
  }

  @Test
  void writes_vocal_gender_and_optional_decimals_as_the_providers_spell_them() {
    assertThat(Values.vocalGender(Optional.of(VocalGender.MALE))).isEqualTo("m");
    assertThat(Values.vocalGender(Optional.of(VocalGender.FEMALE))).isEqualTo("f");
    assertThat(Values.vocalGender(Optional.empty())).isNull();
    assertThat(Values.boxed(OptionalDouble.of(0.65))).isEqualTo(0.65);
    assertThat(Values.boxed(OptionalDouble.empty())).isNull();
  }

  @Test
  void reads_times_as_text_or_epoch_milliseconds() {
    java.time.Instant at = java.time.Instant.ofEpochMilli(1_753_782_937_000L);

    assertThat(Values.timestamp(1_753_782_937_000L).flatMap(t -> t.instant())).contains(at);
    assertThat(Values.timestamp(1.753782937E12).flatMap(t -> t.instant())).contains(at);
    assertThat(Values.timestamp("1753782937000").flatMap(t -> t.instant())).contains(at);
    assertThat(Values.timestamp("2025-01-01 00:00:00")).isPresent();
    assertThat(Values.timestamp(2025)).isEmpty();
    assertThat(Values.timestamp(-1_753_782_937_000L)).isEmpty();
    assertThat(Values.timestamp(1e300)).isEmpty();
    assertThat(Values.timestamp(java.util.Map.of("t", 1))).isEmpty();
    assertThat(Values.timestamp(null)).isEmpty();
  }

  @Test
  void reads_flags_as_booleans_words_or_one_and_zero() {
    assertThat(Values.flag(true)).contains(true);
    assertThat(Values.flag(" FALSE ")).contains(false);
    assertThat(Values.flag(1)).contains(true);
    assertThat(Values.flag(0.0)).contains(false);
    assertThat(Values.flag(2)).isEmpty();
    assertThat(Values.flag("yes")).isEmpty();
    assertThat(Values.flag(null)).isEmpty();
  }
}
