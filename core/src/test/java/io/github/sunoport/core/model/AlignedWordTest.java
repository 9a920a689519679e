package io.github.sunoport.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AlignedWordTest {
  private static final Duration AT_1_36 = Duration.ofMillis(1360);

  @Test
  void keeps_word_and_timing() {
    AlignedWord word = new AlignedWord("[Verse]\nWaggin'", true, AT_1_36, Duration.ofMillis(1790));

    assertThat(word.word()).isEqualTo("[Verse]\nWaggin'");
    assertThat(word.aligned()).isTrue();
    assertThat(word.end()).isEqualTo(Duration.ofMillis(1790));
  }

  @Test
  void accepts_a_word_that_ends_when_it_starts() {
    assertThat(new AlignedWord("a", false, AT_1_36, AT_1_36).end()).isEqualTo(AT_1_36);
  }

  @Test
  void rejects_a_word_that_ends_before_it_starts() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new AlignedWord("tail", true, AT_1_36, AT_1_36.minusMillis(1)))
        .withMessageContaining("word 'tail'")
        .withMessageContaining("start PT1.36S")
        .withMessageContaining("end PT1.359S");
  }

  @Test
  void rejects_a_negative_start() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new AlignedWord("early", true, Duration.ofMillis(-10), Duration.ZERO))
        .withMessageContaining("word 'early'");
  }

  @Test
  void rejects_missing_components() {
    assertThatNullPointerException().isThrownBy(() -> new AlignedWord(null, true, Duration.ZERO, Duration.ZERO))
        .withMessage("word == null");
    assertThatNullPointerException().isThrownBy(() -> new AlignedWord("a", true, null, Duration.ZERO))
        .withMessage("start == null");
    assertThatNullPointerException().isThrownBy(() -> new AlignedWord("a", true, Duration.ZERO, null))
        .withMessage("end == null");
  }
}
