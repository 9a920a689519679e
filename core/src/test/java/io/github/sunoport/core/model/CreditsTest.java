package io.github.sunoport.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CreditsTest {

  @Test
  void of_long_keeps_the_whole_number() {
    assertThat(Credits.of(100).remaining()).isEqualTo(new BigDecimal("100"));
  }

  @Test
  void of_big_decimal_keeps_the_decimal_as_sent() {
    Credits credits = Credits.of(new BigDecimal("738.0"));

    assertThat(credits.remaining()).hasToString("738.0");
    assertThat(credits.remaining()).isEqualByComparingTo("738");
  }

  @Test
  void is_positive_only_above_zero() {
    assertThat(Credits.of(1).isPositive()).isTrue();
    assertThat(Credits.of(new BigDecimal("0.01")).isPositive()).isTrue();
    assertThat(Credits.of(0).isPositive()).isFalse();
    assertThat(Credits.of(new BigDecimal("0.0")).isPositive()).isFalse();
    assertThat(Credits.of(-5).isPositive()).isFalse();
  }

  @Test
  void rejects_null() {
    assertThatNullPointerException().isThrownBy(() -> Credits.of((BigDecimal) null)).withMessage("remaining == null");
  }
}
